import ArticleModel
import Foundation
import ReadingState
import Testing

/// Issue 18: copies of an article, hostile state files and imported deletions.
@Suite struct HostileStateTests {
    let scratch: Scratch
    init() throws { scratch = try Scratch() }

    func writeArticle(_ name: String) throws {
        try Data("Same text\n".utf8).write(to: URL(fileURLWithPath: scratch.library + "/" + name))
    }

    /// Item 1: with no library attached (the command line), two files with the same text are still two
    /// articles: each keeps its own bookmark and read state.
    @Test func twoCopiesThatBothExistNeverShareABookmarkOrReadState() throws {
        try writeArticle("a.txt")
        try writeArticle("b.txt")
        let a = scratch.article("a.txt", text: "Same text"), b = scratch.article("b.txt", text: "Same text")
        #expect(a.fingerprint == b.fingerprint)
        let store = scratch.open()
        let first = store.addBookmark(a, note: "note a")
        let second = store.addBookmark(b, note: "note b")
        #expect(first.id != second.id)
        #expect(store.bookmarks.compactMap(\.note).sorted() == ["note a", "note b"])
        store.setRead(a, true)
        #expect(store.isRead(a))
        #expect(!store.isRead(b))
    }

    /// ...while a file that really moved is still found by its text.
    @Test func aMovedFileIsStillFoundByItsTextWithoutALibrary() throws {
        try writeArticle("old.txt")
        let old = scratch.article("old.txt", text: "Same text")
        let store = scratch.open()
        store.addBookmark(old, note: "kept")
        store.setRead(old, true)
        try FileManager.default.moveItem(atPath: scratch.library + "/old.txt", toPath: scratch.library + "/new.txt")
        let moved = scratch.article("new.txt", text: "Same text")
        #expect(store.bookmarks(for: moved).map(\.note) == ["kept"])
        #expect(store.isRead(moved))
    }

    /// Item 8: a state file that is a FIFO or a link to /dev/zero is refused at once, in words.
    @Test(arguments: ["fifo", "zero"])
    func aStateFileThatIsNotAFileIsLeftAlone(kind: String) throws {
        try FileManager.default.createDirectory(atPath: scratch.stateFolder, withIntermediateDirectories: true)
        let path = scratch.stateFile.path
        if kind == "fifo" {
            #expect(mkfifo(path, 0o644) == 0)
        } else {
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
        }
        let store = scratch.open()
        let notices = store.takeNotices()
        let expected = kind == "fifo" ? "it is a FIFO (named pipe), not a regular file" : "it is a character device, not a regular file"
        #expect(notices.count == 1)
        #expect(notices.first?.contains("\(path): cannot use the state file: \(expected)") == true)
        store.addBookmark(scratch.article("a.txt", text: "x"))
        guard case .failed(let failure) = store.save() else {
            Issue.record("a save over a FIFO or device must fail")
            return
        }
        #expect(failure.message.contains(expected))
    }

    /// Item 2: an import says what it deleted; old deletions are not applied, recent ones only when asked.
    @Test func importedDeletionsAreCountedAgedAndOptIn() throws {
        let clock = ManualClock()
        let store = scratch.open(now: { clock.now })
        let kept = store.addBookmark(scratch.article("a.txt", text: "a"))
        let old = store.addBookmark(scratch.article("b.txt", text: "b"))
        var file = StateDocument()
        file.deleted = [kept.id: clock.now.addingTimeInterval(-60), old.id: Date(timeIntervalSince1970: 946_684_800)]

        let asked = store.importing(file)
        #expect(asked.deleted == 0)
        #expect(asked.deletionsSkipped == 1)
        #expect(asked.deletionsExpired == 1)
        #expect(store.bookmarks.count == 2)

        let applied = store.importing(file, applyDeletions: true)
        #expect(applied.deleted == 1)
        #expect(applied.deletionsExpired == 1)
        #expect(store.bookmarks.map(\.id) == [old.id])
    }
}
