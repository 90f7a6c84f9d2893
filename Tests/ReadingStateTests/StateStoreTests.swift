import ArticleModel
import Foundation
import ReadingState
import Testing

@Suite struct StateStoreTests {
    let scratch: Scratch
    init() throws { scratch = try Scratch() }

    var storm: ArticleSummary { scratch.article("world/storm.txt", text: "Schools across the coast closed.", title: "Storm") }
    var bus: ArticleSummary { scratch.article("ha-noi.txt", text: "Hà Nội mở thêm hai tuyến xe buýt điện.", title: "Xe buýt") }
    let quote = Quote(text: "Tuyến mới", speaker: "Lê Văn Bình", named: true, span: TextSpan(block: 0, start: 3, end: 12))

    @Test func bookmarksSurviveAReopen() throws {
        let store = scratch.open()
        let article = store.toggleBookmark(storm)
        let quoted = try #require(store.toggleBookmark(bus, quote: quote))
        store.setNote("  đọc lại nhé  ", forBookmark: quoted.id)
        #expect(article?.path == "world/storm.txt")
        #expect(store.pendingChanges == 3)
        #expect(store.save() == .saved)
        #expect(store.pendingChanges == 0)
        #expect(store.save() == .unchanged)

        let again = scratch.open()
        #expect(again.bookmarks.count == 2)
        #expect(again.isBookmarked(storm))
        #expect(again.isBookmarked(bus, quote: quote))
        #expect(!again.isBookmarked(bus))
        let saved = try #require(again.bookmarks(for: bus).first)
        #expect(saved.note == "đọc lại nhé")
        #expect(saved.quote == BookmarkedQuote(text: "Tuyến mới", span: quote.span, speaker: "Lê Văn Bình"))
        #expect(saved.title == "Xe buýt")
        #expect(saved.fingerprint == bus.fingerprint)
        #expect(again.takeNotices().isEmpty)
    }

    @Test func toggleRemovesAndUndoRestoresWithTheNote() throws {
        let store = scratch.open()
        let made = try #require(store.toggleBookmark(storm))
        store.setNote("ghi chú", forBookmark: made.id)
        #expect(store.toggleBookmark(storm) == nil)
        #expect(!store.isBookmarked(storm))
        #expect(store.canUndo)
        let restored = try #require(store.undo())
        #expect(restored.note == "ghi chú")
        #expect(restored.created == made.created)
        #expect(store.isBookmarked(storm))
        #expect(!store.canUndo)
        #expect(store.save() == .saved)
        #expect(scratch.open().bookmarks.map(\.note) == ["ghi chú"])
    }

    @Test func deleteSavedByOneStoreIsNotUndoneByAnotherStoresSave() throws {
        let first = scratch.open()
        let kept = first.addBookmark(storm)
        let doomed = first.addBookmark(bus)
        #expect(first.save() == .saved)

        let second = scratch.open()
        second.deleteBookmark(id: doomed.id)
        #expect(second.save() == .saved)

        // The first store still holds the deleted bookmark in memory; its save must not bring it back.
        first.setNote("changed meanwhile", forBookmark: kept.id)
        #expect(first.save() == .saved)
        #expect(first.bookmarks.map(\.id) == [kept.id])
        #expect(scratch.open().bookmarks.map(\.id) == [kept.id])
        #expect(scratch.open().bookmarks.first?.note == "changed meanwhile")
    }

    @Test func twoStoresOnOneFileKeepEachOthersBookmarks() throws {
        let one = scratch.open(), two = scratch.open()
        for index in 0..<20 {
            one.addBookmark(scratch.article("one-\(index).txt", text: "one \(index)"))
            two.addBookmark(scratch.article("two-\(index).txt", text: "two \(index)"))
            #expect(one.save() == .saved)
            #expect(two.save() == .saved)
        }
        #expect(scratch.open().bookmarks.count == 40)
        #expect(two.bookmarks.count == 40)
    }

    @Test func threadsSavingAtOnceLoseNothing() throws {
        // flock excludes two descriptors even inside one process, so threads stand in for processes here.
        // Each add opens its own store, as a `lede bookmarks add` process does: a store kept open would
        // put back on its next save anything a lost update dropped, and hide the loss.
        let scratch = self.scratch
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for index in 0..<50 {
                let store = scratch.open()
                store.addBookmark(scratch.article("w\(worker)-\(index).txt", text: "\(worker) \(index)"))
                _ = store.save()
            }
        }
        #expect(scratch.open().bookmarks.count == 100)
    }

    @Test func corruptFileIsSetAsideWithAMessageNamingBothFiles() throws {
        let seeded = scratch.open()
        seeded.addBookmark(storm)
        #expect(seeded.save() == .saved)
        let path = scratch.stateFile.path
        let truncated = String(try #require(scratch.contents(path)).prefix(60))
        try Data(truncated.utf8).write(to: URL(fileURLWithPath: path))

        let store = scratch.open()
        let notices = store.takeNotices()
        #expect(notices.count == 1)
        let aside = try #require(scratch.files(in: scratch.stateFolder).first { $0.contains(".corrupt-") })
        let asidePath = scratch.stateFolder + "/" + aside
        #expect(notices[0].contains(path))
        #expect(notices[0].contains(asidePath))
        #expect(scratch.contents(asidePath) == truncated)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(store.bookmarks.isEmpty)
        // lede goes on: new bookmarks save to a fresh file.
        store.addBookmark(bus)
        #expect(store.save() == .saved)
        #expect(scratch.open().bookmarks.count == 1)
    }

    @Test func newerFormatIsLeftAloneAndSavesFail() throws {
        try FileManager.default.createDirectory(atPath: scratch.stateFolder, withIntermediateDirectories: true)
        let future = "{\"version\": 2, \"bookmarks\": \"something new\"}"
        try Data(future.utf8).write(to: URL(fileURLWithPath: scratch.stateFile.path))
        let store = scratch.open()
        #expect(store.takeNotices().first?.contains("newer lede") == true)
        store.addBookmark(storm)
        guard case .failed(let failure) = store.save() else {
            Issue.record("a save over a newer file must fail")
            return
        }
        #expect(failure.message.contains("newer lede"))
        #expect(scratch.contents(scratch.stateFile.path) == future)
        #expect(store.pendingChanges == 1)
    }

    @Test func failedSaveKeepsTheChangeAndARetrySucceeds() throws {
        // A state folder whose parent is a regular file cannot be created, even by root (CI runs as root,
        // where a read-only mode bit stops nothing).
        let blocker = scratch.root + "/blocker"
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: blocker))
        let file = StateLocation.file(forLibrary: scratch.library, in: blocker + "/state")
        let store = StateStore(libraryRoot: scratch.library, file: file)
        store.addBookmark(storm)
        store.markRead(bus)
        guard case .failed(let failure) = store.save() else {
            Issue.record("saving under a regular file must fail")
            return
        }
        #expect(failure.message.contains(blocker))
        #expect(failure.message.contains("not a folder"))
        #expect(store.pendingChanges == 2)
        #expect(store.lastFailure == failure)
        #expect(store.isBookmarked(storm))
        #expect(store.isRead(bus))

        try FileManager.default.removeItem(atPath: blocker)
        #expect(store.save() == .saved)
        #expect(store.lastFailure == nil)
        let reopened = StateStore(libraryRoot: scratch.library, file: file)
        #expect(reopened.isBookmarked(storm))
        #expect(reopened.isRead(bus))
    }

    /// A state folder that has become a regular file cannot be written, even by root: the change stays
    /// pending and is saved once the folder is back.
    @Test func aFailedSaveKeepsTheChangePendingEvenAsRoot() throws {
        let store = scratch.open()
        store.addBookmark(storm)
        #expect(store.save() == .saved)
        let aside = scratch.root + "/state-aside"
        try FileManager.default.moveItem(atPath: scratch.stateFolder, toPath: aside)
        try Data("a file".utf8).write(to: URL(fileURLWithPath: scratch.stateFolder))
        store.addBookmark(bus)
        guard case .failed = store.save() else {
            Issue.record("saving under a regular file must fail")
            return
        }
        #expect(store.pendingChanges == 1)
        try FileManager.default.removeItem(atPath: scratch.stateFolder)
        try FileManager.default.moveItem(atPath: aside, toPath: scratch.stateFolder)
        #expect(scratch.open().bookmarks.count == 1)
        #expect(store.save() == .saved)
        #expect(scratch.open().bookmarks.count == 2)
    }

    @Test(.enabled(if: geteuid() != 0, "root ignores mode bits; aFailedSaveKeepsTheChangePendingEvenAsRoot runs instead"))
    func readOnlyFolderFailsWithTheSystemsReason() throws {
        let store = scratch.open()
        store.addBookmark(storm)
        #expect(store.save() == .saved)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: scratch.stateFolder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: scratch.stateFolder) }
        store.addBookmark(bus)
        guard case .failed(let failure) = store.save() else {
            Issue.record("saving into a read-only folder must fail")
            return
        }
        #expect(failure.message.contains("Permission denied"))
        #expect(store.pendingChanges == 1)
        #expect(scratch.open().bookmarks.count == 1)
    }

    @Test func leftoverTemporaryFilesOfAKilledWriterAreRemoved() throws {
        let store = scratch.open()
        store.addBookmark(storm)
        #expect(store.save() == .saved)
        let leftover = scratch.stateFolder + "/." + (scratch.stateFile.path as NSString).lastPathComponent + ".tmp-1-2"
        try Data("half a file".utf8).write(to: URL(fileURLWithPath: leftover))
        store.addBookmark(bus)
        #expect(store.save() == .saved)
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }

    @Test func saveIfDueWaitsForABurstAndRetriesFailuresSlowly() throws {
        let clock = ManualClock()
        let blocker = scratch.root + "/blocker"
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: blocker))
        let file = StateLocation.file(forLibrary: scratch.library, in: blocker + "/state")
        let store = StateStore(libraryRoot: scratch.library, file: file, now: { clock.now })
        #expect(store.saveIfDue() == nil)  // nothing to save
        store.addBookmark(storm)
        clock.advance(0.2)
        store.markRead(storm)
        #expect(store.saveIfDue(delay: 0.5) == nil)  // the first change is 0.2 s old
        clock.advance(0.4)
        guard case .failed = store.saveIfDue(delay: 0.5, retry: 5) else {
            Issue.record("the save was due and must have failed")
            return
        }
        clock.advance(1)
        #expect(store.saveIfDue(delay: 0.5, retry: 5) == nil)  // too soon to retry
        try FileManager.default.removeItem(atPath: blocker)
        clock.advance(5)
        #expect(store.saveIfDue(delay: 0.5, retry: 5) == .saved)
        #expect(store.saveIfDue() == nil)
        #expect(StateStore(libraryRoot: scratch.library, file: file).isBookmarked(storm))
    }

    @Test func handWrittenMinimalFileLoads() throws {
        try FileManager.default.createDirectory(atPath: scratch.stateFolder, withIntermediateDirectories: true)
        let text = """
            {"version": 1, "bookmarks": [{"id": "mine", "article_id": "x", "path": "world/storm.txt",
              "fingerprint": "0", "title": "Storm", "note": "viết tay", "created": "2026-01-02T03:04:05Z"}]}
            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: scratch.stateFile.path))
        let store = scratch.open()
        #expect(store.takeNotices().isEmpty)
        let bookmark = try #require(store.bookmarks.first)
        #expect(bookmark.note == "viết tay")
        #expect(bookmark.modified == bookmark.created)
        #expect(bookmark.located == bookmark.created)
        #expect(store.isBookmarked(storm))
    }

    @Test func fileEditedInPlaceByAnotherProgramIsReadAgainBeforeASave() throws {
        let store = scratch.open()
        store.addBookmark(storm)
        #expect(store.save() == .saved)
        // Someone edits the file in place (same inode), adding a bookmark by hand.
        let added = Bookmark(id: "by-hand", articleID: ArticleID(relativePath: "x.txt"), path: "x.txt",
                             fingerprint: "0", title: "Added by hand", created: Date())
        let edited = StateDocument(bookmarks: store.bookmarks + [added])
        let handle = try #require(FileHandle(forWritingAtPath: scratch.stateFile.path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: try edited.encoded())
        try handle.close()

        store.addBookmark(bus)
        #expect(store.save() == .saved)
        #expect(Set(scratch.open().bookmarks.map(\.title)) == ["Storm", "Xe buýt", "Added by hand"])
    }
}
