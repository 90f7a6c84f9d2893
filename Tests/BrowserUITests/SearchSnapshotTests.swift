import ArticleModel
import BrowserUI
import LedeTestSupport
import TerminalCanvas
import Testing

/// The search screens at 80x24, compared with the baselines in `__Snapshots__`.
@Suite(.needsSeed) struct SearchSnapshotTests {
    let size = Size(width: 80, height: 24)

    /// `/nga` typed in the list: the matching articles, best first, with their match counts, and the
    /// best one previewed with the words highlighted.
    @Test func listFilteredBySearch() throws {
        let library = try Fixtures.library()
        var state = AppState(articles: library.map(\.summary), size: size)
        for key in "/nga" { _ = reduce(&state, .key(.character(key))) }
        let hits = [SearchHit(summary: state.articles[0], matches: 12), SearchHit(summary: state.articles[7], matches: 1)]
        _ = reduce(&state, .search(.results(query: "nga", hits)))
        finishLoading(&state, from: library)
        assertSnapshot(render(state), named: "search-list-80x24")
    }

    /// `S`: the speakers of the fixture library, most quoted first.
    @Test func speakersView() throws {
        var state = AppState(articles: try Fixtures.library().map(\.summary), size: size)
        _ = reduce(&state, .key(.character("S")))
        _ = reduce(&state, .search(.speakers(try LibraryBrowserReducerTests.speakers(in: Fixtures.library()))))
        let grid = render(state)
        assertSnapshot(grid, named: "speakers-80x24")
        assertSnapshot(text: Snapshot.styleMap(of: grid, legend: TestTheme.legend, key: TestTheme.letter),
                       named: "speakers-80x24.roles")
    }
}
