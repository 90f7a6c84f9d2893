import ArticleStore
import BrowserRuntime
import BrowserUI
import LedeTestSupport
import LibraryIndex
import TerminalCanvas
import Testing

/// The reading pane's article is read and analysed in the background `reading` lane: the run loop does
/// not wait for it, a load whose selection moved on is dropped, and the panes never show one article's
/// text while another is selected.
@Suite struct ArticleLoadingTests {
    let scratch: TemporaryFolder
    let size = Size(width: 120, height: 20)

    init() throws {
        scratch = try TemporaryFolder("lede-loading")
        try scratch.write("a.md", "---\ntitle: Alpha story\ndate: 2024-03-03\n---\nThe alpha body text.\n")
        try scratch.write("b.md", "---\ntitle: Bravo story\ndate: 2024-03-02\n---\nThe bravo body text.\n")
        try scratch.write("c.md", "---\ntitle: Charlie story\ndate: 2024-03-01\n---\nThe charlie body text.\n")
    }

    func screen(_ app: BrowserApp) -> String {
        var grid = Grid(width: size.width, height: size.height)
        app.render(into: &grid)
        return grid.lines.joined(separator: "\n")
    }

    @Test func movingTheSelectionLoadsOnlyTheLatestPreviewOffTheRunLoop() throws {
        let work = HeldExecutor()
        let app = try BrowserApp.indexed(root: scratch.path, executor: work)
        _ = app.handle(.resize, size: size)
        work.runAll()
        _ = app.tick()
        #expect(screen(app).contains("The alpha body text."))
        // Two moves before any load ran: one load waits, for the article selected now.
        _ = app.handle(.character("j"), size: size)
        _ = app.handle(.character("j"), size: size)
        #expect(work.lanes == [.reading])
        #expect(app.state.selectedArticle?.title == "Charlie story")
        let loading = screen(app)
        #expect(!loading.contains("The alpha body text."))  // not under Charlie's selection
        #expect(loading.contains("Loading…"))
        work.runAll()
        #expect(app.tick())
        #expect(app.state.open?.article.title == "Charlie story")
        #expect(screen(app).contains("The charlie body text."))
        #expect(!screen(app).contains("The bravo body text."))
    }

    @Test func aLoadWhoseSelectionMovedOnAnswersNothing() throws {
        let work = HeldExecutor()
        let app = try BrowserApp.indexed(root: scratch.path, executor: work)
        _ = app.handle(.resize, size: size)
        _ = app.tick()
        work.runAll(superseded: true)
        #expect(!app.tick())
        #expect(app.state.open == nil)
        #expect(app.state.loading == app.state.articles.first?.id)
    }

    @Test func theFirstFrameIsDrawnBeforeThePreviewAndTheIndexingStart() throws {
        let work = HeldExecutor()
        let (index, _) = try Indexer.update(nil, root: scratch.path, options: LoadOptions())
        let app = BrowserApp(root: scratch.path, index: index, indexStore: nil, options: LoadOptions(), executor: work)
        app.holdWorkUntilFirstFrame()
        app.startIndexing()
        let first = screen(app)  // the first frame: it lays the panes out and asks for the preview
        #expect(first.contains("Alpha story") && first.contains("Loading…"))
        #expect(work.lanes.isEmpty, "nothing runs beside the first frame")
        _ = app.tick()  // right after the first frame is drawn
        #expect(work.lanes == [.indexing, .reading])
        work.runAll()
        _ = app.tick()
        #expect(screen(app).contains("The alpha body text."))
        // Later loads start at once.
        _ = app.handle(.character("j"), size: size)
        #expect(work.lanes == [.reading])
    }
}
