import Foundation
@testable import ReadingState
import Testing

/// Temporary files left by a writer killed before its rename: removed once their writer is gone.
@Suite struct AbandonedTemporaryTests {
    @Test func onlyTemporariesOfWritersThatNoLongerRunAreRemoved() throws {
        let scratch = try Scratch()
        let folder = scratch.library
        let target = folder + "/2024-05-01-story.md"
        let prefix = DurableWrite.temporaryPrefix(for: target)
        // No process can have this id (above any pid_max), so its writer is surely gone.
        let abandoned = prefix + "2147480000-12345"
        let running = prefix + "\(getpid())-678"
        let names = [abandoned, running, "2024-05-01-story.md", ".hidden-note", ".x.tmp-notapid-1"]
        for name in names { try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }

        let kept = DurableWrite.removingAbandonedTemporaries(names, in: folder)

        #expect(kept == [running, "2024-05-01-story.md", ".hidden-note", ".x.tmp-notapid-1"])
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == kept.sorted())
    }
}
