@testable import ArticleStore
import Foundation
import Testing

/// Paths that are not regular files (issue 18, items 8 and 14): refused at once, in plain words.
@Suite struct SpecialFileTests {
    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        let fixture = try Fixture()
        let path = fixture.root + "/pipe.txt"
        #expect(mkfifo(path, 0o644) == 0)
        #expect(throws: LoadProblem(path: path, kind: .notAFile(what: "a FIFO (named pipe)"))) {
            try ArticleLoader.load(path: path)
        }
    }

    @Test func aLinkToADeviceIsRefusedAsADevice() throws {
        let fixture = try Fixture()
        let path = fixture.root + "/zero.txt"
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
        let problem = #expect(throws: LoadProblem.self) { try ArticleLoader.load(path: path) }
        #expect(problem?.description == "\(path): skipped: it is a character device, not a regular file")
    }

    @Test func aFileOverTheLimitWhileReadIsNotGivenAFalseSize() {
        let problem = LoadProblem(path: "big.txt", kind: .tooLargeToMeasure(limit: 16 << 20))
        #expect(problem.description == "big.txt: skipped: more than the 16.0 MiB limit (see --max-size)")
    }
}
