import ArticleStore
import BrowserUI
import Foundation
import LedeTestSupport
import LibraryIndex
import TerminalCanvas
import Testing
import BrowserRuntime

/// The first frame of a library with a saved index draws its newest rows alone, counted as the whole
/// library; the first tick reads the whole index, and every key after it acts on the whole list.
@Suite struct FirstFrameHeadTests {
    let scratch: TemporaryFolder
    let size = Size(width: 90, height: 8)

    init() throws {
        scratch = try TemporaryFolder("lede-head")
        try scratch.folder("library")
        for (day, title) in ["Storm closes schools", "Bão đổ bộ miền Trung", "Markets rally"].enumerated() {
            try scratch.write("library/\(day).md", "---\ntitle: \(title)\ndate: 2024-03-0\(day + 1)\n---\nText \(day).\n")
        }
    }

    /// A browser opened as `lede` opens one: the saved index's newest `rows` rows, the rest read at the
    /// first tick.
    func app(rows: Int) throws -> BrowserApp {
        let root = scratch.path + "/library"
        let library = IndexedLibrary(root: root, store: IndexStore(path: scratch.path + "/index.bin"))
        _ = try library.update(nil, options: LoadOptions())
        let head = try #require(library.savedHead(limit: rows))
        let app = BrowserApp(root: root, index: LibraryIndex(root: root), indexStore: library.store,
                             options: LoadOptions(), environment: [:], executor: InlineExecutor(), head: head)
        app.holdWorkUntilFirstFrame()
        return app
    }

    func listRows(_ app: BrowserApp) -> [String] {
        var grid = Grid(width: size.width, height: size.height)
        app.render(into: &grid)
        return grid.lines.prefix(5).map { String($0.prefix(40)) }
    }

    @Test func theFirstFrameDrawsTheHeadCountedAsTheWholeLibrary() throws {
        let app = try app(rows: 1)
        #expect(listRows(app) == [
            "┏ ▸ Articles (3) · 3 unread ━━━━━━━━━━━━",
            "┃●  Markets rally                       ",
            "┃                                       ",
            "┃                                       ",
            "┃                                       ",
        ])
        #expect(app.tick(), "the first tick reads the index and redraws")
        #expect(app.state.articles.map(\.title) == ["Markets rally", "Bão đổ bộ miền Trung", "Storm closes schools"])
        #expect(listRows(app) == [
            "┏ ▸ Articles (3) · 3 unread ━━━━━━━━━━━━",
            "┃●  Markets rally                       ",
            "┃●  Bão đổ bộ miền Trung                ",
            "┃●  Storm closes schools                ",
            "┃                                       ",
        ])
    }

    @Test func keysAfterTheFirstTickActOnTheWholeList() throws {
        let app = try app(rows: 1)
        _ = app.tick()
        for _ in 0..<2 { _ = app.handle(.character("j"), size: size) }
        #expect(app.state.selectedArticle?.title == "Storm closes schools")
        #expect(app.state.status?.kind != .error)
    }
}
