import Foundation
import Testing
@testable import BrowserRuntime

/// Issue 18, item 10: the link opener's child gets standard input and outputs, and nothing else of lede's.
@Suite struct DescriptorLeakTests {
    @Test func theLinkOpenersChildGetsNoOtherDescriptor() throws {
        // A descriptor opened without O_CLOEXEC, as a library might: it must not reach the child either.
        let leaky = open("/dev/null", O_RDONLY)
        defer { close(leaky) }
        #expect(leaky > 2)
        let listing = FileManager.default.temporaryDirectory.appendingPathComponent("lede-fds-\(UUID().uuidString)").path
        // The shell lists its own descriptors (`$$`), which are what it was started with.
        let spawned = ProcessSpawner.spawnDetached(["/bin/sh", "-c", "ls /proc/$$/fd > \"$0.tmp\"; mv \"$0.tmp\" \"$0\"", listing])
        guard case .success(let pid) = spawned else {
            Issue.record("could not start sh")
            return
        }
        var status: Int32 = 0
        #expect(waitpid(pid, &status, 0) == pid)
        let names = try String(contentsOfFile: listing, encoding: .utf8).split(separator: "\n").map(String.init)
        // 0-2 are /dev/null; the redirection to the listing is the only other one the shell opened.
        #expect(Set(names).subtracting(["0", "1", "2"]).count <= 1, "\(names)")
        #expect(!names.contains(String(leaky)) || leaky == 3)
    }
}
