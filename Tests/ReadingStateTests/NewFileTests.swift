import Foundation
import ReadingState
import Testing

/// New files made whole before they get their name: no temporary left in the folder, a staged file
/// never named leaves nothing, and a name already taken is replaced as `replace` would.
@Suite struct NewFileTests {
    @Test func aNewFileHasItsBytesAndNothingElseIsLeftInTheFolder() throws {
        let scratch = try Scratch()
        let target = scratch.library + "/2024-05-01-story.md"

        try DurableWrite.create(target, with: Data("new text\n".utf8), flush: .withBatch)

        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new text\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.library) == ["2024-05-01-story.md"])
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(mode.map { $0 & 0o600 } == 0o600)
    }

    /// An unnamed file is never listed in its folder, so what shows that an abandoned one is let go is
    /// its descriptor: 300 made and dropped one after another (more than the 256 open at once that
    /// `Staged` allows) leave room for one more, and nothing in the folder.
    @Test(.enabled(if: NewFileTests.isLinux, "unnamed files (O_TMPFILE) are Linux's"))
    func aStagedFileThatIsNeverNamedLeavesNothing() throws {
        let scratch = try Scratch()
        for number in 0..<300 {
            let staged = try DurableWrite.Staged(in: scratch.library, with: Data("abandoned".utf8),
                                                 for: scratch.library + "/\(number).md")
            #expect(staged != nil, "abandoned files are closed: room for the next")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.library).isEmpty)
    }

    @Test(.enabled(if: NewFileTests.isLinux, "unnamed files (O_TMPFILE) are Linux's"))
    func aStagedFileIsNamedWholeAndNeverOverAnotherFile() throws {
        let scratch = try Scratch()
        let target = scratch.library + "/a.md"
        let staged = try #require(try DurableWrite.Staged(in: scratch.library, with: Data("staged".utf8), for: target))
        #expect(!FileManager.default.fileExists(atPath: target))

        #expect(try staged.link(as: target))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "staged")

        let other = scratch.library + "/b.md"
        try Data("the user's".utf8).write(to: URL(fileURLWithPath: other))
        let second = try #require(try DurableWrite.Staged(in: scratch.library, with: Data("x".utf8), for: other))
        #expect(try !second.link(as: other))
        #expect(try String(contentsOfFile: other, encoding: .utf8) == "the user's")
    }

    @Test func creatingOverAFileReplacesItWhole() throws {
        let scratch = try Scratch()
        let target = scratch.library + "/a.md"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))

        try DurableWrite.create(target, with: Data("new".utf8))

        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.library) == ["a.md"])
    }

    static var isLinux: Bool {
        #if os(Linux)
        true
        #else
        false
        #endif
    }
}
