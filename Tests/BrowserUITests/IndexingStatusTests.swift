import ArticleModel
@testable import BrowserUI
import TerminalCanvas
import Testing

/// Background indexing as the reader sees it: progress in the status line, the list following quietly.
@Suite struct IndexingStatusTests {
    let size = Size(width: 120, height: 20)

    func state() throws -> AppState {
        AppState(articles: Fixtures.ownLibrary().map(\.summary), size: size)
    }

    @Test func progressShowsArticlesRateAndTimeLeftWithABar() throws {
        var state = try state()
        _ = reduce(&state, .indexProgress(IndexingStatus(done: 250, total: 1000, rate: 500, remaining: 65)))
        let statusRow = render(state).line(size.height - 1)
        #expect(statusRow.contains("Indexing 250/1000 · 500/s · 1:05 left █████░░░░░░░░░░░░░░░"))
        // The last report (done == total) and the finished update clear it.
        _ = reduce(&state, .indexProgress(IndexingStatus(done: 1000, total: 1000, rate: 500, remaining: 0)))
        #expect(state.indexing == nil)
        _ = reduce(&state, .indexProgress(IndexingStatus(done: 1, total: 2, rate: 0, remaining: nil)))
        #expect(render(state).line(size.height - 1).contains("Indexing 1/2"))
        _ = reduce(&state, .indexProgress(nil))
        #expect(state.indexing == nil)
        #expect(!render(state).line(size.height - 1).contains("Indexing"))
    }

    @Test func aNarrowStatusLineDropsTheBarNotTheNumbers() {
        let progress = IndexingStatus(done: 3, total: 10, rate: 12.7, remaining: nil)
        #expect(progress.text(width: 20) == "Indexing 3/10 · 12/s")
        #expect(progress.text(width: 40) == "Indexing 3/10 · 12/s █████░░░░░░░░░░░░")
    }

    @Test func filesChangedWhileClosedUpdateTheListQuietlyKeepingTheSelection() throws {
        var state = try state()
        _ = reduce(&state, .key(.down))
        let selected = state.articles[1].id
        var updated = state.articles
        updated.insert(updated.removeLast(), at: 0)
        _ = reduce(&state, .indexProgress(IndexingStatus(done: 1, total: 5, rate: 1, remaining: 4)))
        _ = reduce(&state, .libraryUpdated(updated, problems: 0))
        #expect(state.articles == updated)
        #expect(state.selectedArticle?.id == selected)
        #expect(state.status == nil, "no message when nothing went wrong")
        #expect(state.indexing == nil)
        _ = reduce(&state, .libraryUpdated(updated, problems: 2))
        #expect(state.status?.text == "2 files could not be read (lede list shows why)")
    }
}
