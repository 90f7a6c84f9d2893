import ArticleModel
import BrowserUI
import ArticleStore
import Foundation
import LedeTestSupport
import LibraryIndex
import ReadingState
import TerminalCanvas
import Testing
import BrowserRuntime

/// The browser with a real state store in a temporary folder: bookmarks, notes, deletes with undo,
/// read state, and what survives into the next browser on the same state.
@Suite struct BrowserAppStateTests {
    let scratch: TemporaryFolder
    var root: String { scratch.path }
    var library: String { root + "/library" }
    var stateFolder: String { root + "/state" }
    let size = Size(width: 120, height: 30)

    init() throws {
        scratch = try TemporaryFolder("lede-app-state")
        try scratch.folder("library")
        try write("school.md", """
            ---
            title: Trường học mở lại
            date: 2024-03-01
            ---
            "Chúng tôi sẽ mở lại trường vào thứ Hai", ông Nguyễn Văn Nam nói với báo chí.
            """)
        try write("storm.md", "---\ntitle: Storm closes schools\ndate: 2024-02-03\n---\nSchools closed on Friday.\n")
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: library + "/" + name))
    }

    /// A browser on the library whose store saves into `folder` and reads the time from `clock`.
    func app(stateIn folder: String? = nil, clock: Clock = Clock()) throws -> BrowserApp {
        let file = StateLocation.file(forLibrary: library, in: folder ?? stateFolder)
        let store = StateStore(libraryRoot: library, file: file, now: { clock.now })
        return try BrowserApp.indexed(root: library, environment: [:], stateStore: store)
    }

    final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_790_000_000)
        func advance(_ seconds: TimeInterval) { now += seconds }
    }

    func press(_ app: BrowserApp, _ keys: KeyEvent...) {
        for key in keys { _ = app.handle(key, size: size) }
    }

    func type(_ app: BrowserApp, _ text: String) {
        for character in text { _ = app.handle(.character(character), size: size) }
    }

    var schoolIndex: Int { 0 }  // newest first: the school article (2024-03-01) heads the list

    @Test func readingStateCanWaitForTheFirstFrame() throws {
        let clock = Clock()
        let first = try app(clock: clock)
        press(first, .character("b"), .enter)
        clock.advance(1)
        _ = first.tick()
        // The terminal browser draws the list first and attaches the state at the first tick.
        let file = StateLocation.file(forLibrary: library, in: stateFolder)
        let (index, _) = try Indexer.update(nil, root: library, options: LoadOptions())
        let later = BrowserApp(root: library, index: index, indexStore: nil, options: LoadOptions(), environment: [:],
                               stateStore: StateStore(libraryRoot: library, file: file, now: { clock.now }),
                               readingStateAfterFirstFrame: true)
        #expect(later.state.read.isEmpty && later.state.bookmarked.isEmpty)
        #expect(later.tick(), "the marks arrive with a redraw")
        let school = later.state.articles[schoolIndex]
        #expect(later.state.read == [school.id] && later.state.bookmarked == [school.id])
    }

    @Test func bookmarksNotesAndReadStateOutliveTheBrowser() throws {
        let clock = Clock()
        let first = try app(clock: clock)
        #expect(first.state.articles[schoolIndex].title == "Trường học mở lại")
        #expect(first.state.read.isEmpty)
        // The article: b in the list, then a note in Vietnamese.
        press(first, .character("b"))
        #expect(first.state.bookmarked == [first.state.articles[schoolIndex].id])
        #expect(first.state.status?.text.contains("a adds a note") == true)
        press(first, .character("a"))
        type(first, "ghi chú: đọc lại")
        press(first, .enter)
        #expect(first.state.status?.text == "Note saved")
        // The quote: open the article, go to the sidebar, select the quote, b.
        press(first, .enter, .tab, .character("j"), .character("b"))
        #expect(first.state.focus == .quotes)
        #expect(first.state.bookmarkList.items.count == 2)
        #expect(first.state.bookmarkList.items[0].quote?.text == "Chúng tôi sẽ mở lại trường vào thứ Hai")
        #expect(first.state.read == [first.state.articles[schoolIndex].id])
        // Saved on a tick once the changes are half a second old.
        #expect(first.stateStore?.pendingChanges ?? 0 > 0)
        clock.advance(1)
        _ = first.tick()
        #expect(first.stateStore?.pendingChanges == 0)

        let second = try app(clock: clock)
        let school = second.state.articles[schoolIndex]
        #expect(second.state.read == [school.id])
        #expect(second.state.bookmarked == [school.id])
        let items = second.state.bookmarkList.items
        #expect(items.map { $0.quote?.text } == ["Chúng tôi sẽ mở lại trường vào thứ Hai", nil])
        #expect(items[1].note == "ghi chú: đọc lại")
        // B, Enter on the quote's bookmark: the article opens at the quote.
        press(second, .character("B"), .enter)
        #expect(second.state.overlay == nil)
        #expect(second.state.open?.article.id == school.id)
        #expect(second.state.open?.selectedQuote == 0)
        var grid = Grid(width: size.width, height: size.height)
        second.render(into: &grid)
        #expect(grid.lines[0].contains("Articles (2) · 1 unread"))
    }

    @Test func deleteAndUndoInTheListAreSaved() throws {
        let clock = Clock()
        let app = try app(clock: clock)
        press(app, .character("b"), .character("j"), .character("b"))
        #expect(app.state.bookmarkList.items.count == 2)
        press(app, .character("B"), .character("d"))
        #expect(app.state.bookmarkList.items.count == 1)
        #expect(app.state.status?.text.hasSuffix("u undoes") == true)
        clock.advance(1)
        _ = app.tick()
        #expect(try self.app(clock: clock).state.bookmarkList.items.count == 1)
        press(app, .character("u"))
        #expect(app.state.bookmarkList.items.count == 2)
        #expect(app.state.status?.text == "Bookmark restored")
        #expect(app.state.bookmarked.count == 2)
        clock.advance(1)
        _ = app.tick()
        #expect(try self.app(clock: clock).state.bookmarkList.items.map(\.title).sorted()
            == ["Storm closes schools", "Trường học mở lại"])
        // b on a bookmarked article removes it, and the list's mark goes.
        press(app, .escape, .escape, .character("b"))
        #expect(app.state.bookmarked.count == 1)
        #expect(app.state.status?.text.contains("removed") == true)
    }

    @Test func uTogglesReadAndTheNextBrowserSeesIt() throws {
        let clock = Clock()
        let app = try app(clock: clock)
        let school = app.state.articles[schoolIndex]
        press(app, .character("u"))
        #expect(app.state.read == [school.id])
        #expect(app.state.status?.text == "Marked as read")
        press(app, .character("j"), .character("u"), .character("k"), .character("u"))
        #expect(app.state.read == [app.state.articles[1].id])
        app.shutdown()  // the way out saves, whatever the clock says
        let next = try self.app(clock: clock)
        #expect(next.state.read == [next.state.articles[1].id])
    }

    @Test func aFailedSaveIsShownOnceAndTheChangeIsKeptAndSavedLater() throws {
        // A state folder under a regular file cannot be created, even by root.
        let blocker = root + "/blocker"
        try Data("a file".utf8).write(to: URL(fileURLWithPath: blocker))
        let clock = Clock()
        let app = try app(stateIn: blocker + "/state", clock: clock)
        press(app, .character("b"))
        clock.advance(1)
        _ = app.tick()
        #expect(app.state.status?.kind == .error)
        #expect(app.state.status?.text.contains("cannot save bookmarks and read state") == true)
        #expect(app.state.status?.text.contains("kept") == true)
        #expect(app.state.bookmarked.count == 1)
        #expect(app.stateStore?.pendingChanges ?? 0 > 0)
        // The same failure on the next retry is not announced again over what the reader is doing.
        press(app, .escape)
        clock.advance(10)
        _ = app.tick()
        #expect(app.state.status == nil)
        // Once the folder can be made, the retry saves and says so.
        try FileManager.default.removeItem(atPath: blocker)
        clock.advance(10)
        _ = app.tick()
        #expect(app.stateStore?.pendingChanges == 0)
        #expect(app.state.status == StatusMessage("Bookmarks and read state are saved again"))
        #expect(try self.app(stateIn: blocker + "/state", clock: clock).state.bookmarkList.items.count == 1)
    }

    @Test func aFailedSaveOnTheWayOutIsKeptForTheCallerToPrint() throws {
        let blocker = root + "/blocker"
        try Data("a file".utf8).write(to: URL(fileURLWithPath: blocker))
        let app = try app(stateIn: blocker + "/state")
        press(app, .character("u"))
        app.shutdown()
        #expect(app.exitSaveFailure?.contains(blocker) == true)
    }

    @Test func aCorruptStateFileIsSetAsideAndTheReaderIsTold() throws {
        try FileManager.default.createDirectory(atPath: stateFolder, withIntermediateDirectories: true)
        let file = StateLocation.file(forLibrary: library, in: stateFolder)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: file.path))
        let app = try app()
        #expect(app.state.status?.kind == .error)
        #expect(app.state.status?.text.contains("corrupt") == true)
        #expect(app.state.bookmarkList.items.isEmpty)
    }

    @Test func withoutAStoreBookmarksSayTheyAreNotKept() throws {
        let app = try BrowserApp.indexed(root: library, environment: [:])
        press(app, .character("b"))
        #expect(app.state.status?.kind == .error)
        press(app, .enter)
        #expect(app.state.read.count == 1)
    }
}
