import ArticleModel
import BrowserUI
import LedeTestSupport
import TerminalCanvas
import Testing

/// Searching while typing, through `reduce`, on the articles kept in the repository: the list shows the
/// answer to the latest keystroke, and answers to keystrokes already superseded change nothing (no
/// refiltered list, nothing new to draw, no effect).
@Suite struct SearchTypingTests {
    let size = Size(width: 120, height: 40)

    func typing(_ text: String) -> (AppState, [Effect]) {
        var state = AppState(articles: Fixtures.ownLibrary().map(\.summary), size: size)
        _ = reduce(&state, .resize(size))
        _ = press(&state, .character("/"))
        let effects = type(&state, text)
        return (state, effects)
    }

    func hits(_ state: AppState, _ picks: [Int]) -> [SearchHit] {
        picks.map { SearchHit(summary: state.articles[$0], matches: 1) }
    }

    @Test func answersToSupersededKeystrokesChangeNothing() {
        var (state, effects) = typing("cảng")
        #expect(effects == [.search("c", typing: true), .search("cả", typing: true), .search("cản", typing: true),
                            .search("cảng", typing: true)])
        let full = state.articles
        // The answers to the first three letters come after the fourth was typed, in any order.
        for query in ["cả", "c", "cản"] {
            let before = state
            #expect(reduce(&state, .search(.results(query: query, hits(state, [1, 2])))).isEmpty)
            #expect(state == before)  // not refiltered: the frame need not be drawn again
        }
        #expect(state.articles == full)
        _ = reduce(&state, .search(.results(query: "cảng", hits(state, [0]))))
        #expect(state.articles == [full[0]])
        #expect(render(state).lines[0].contains("Search: cảng (1)"))
    }

    /// A second search typed after a first was confirmed: the title names the text whose answer the
    /// list shows, not the first search.
    @Test func theTitleNamesTheSearchWhoseAnswerIsShown() {
        var (state, _) = typing("cảng")
        _ = press(&state, .enter)
        _ = reduce(&state, .search(.results(query: "cảng", hits(state, [0]))))
        #expect(render(state).lines[0].contains("Search: cảng (1)"))
        _ = press(&state, .character("/"))
        _ = type(&state, "hà")
        #expect(render(state).lines[0].contains("Search: cảng (1)"), "until an answer comes, the list is cảng's")
        _ = reduce(&state, .search(.results(query: "hà", hits(state, [0]))))
        #expect(render(state).lines[0].contains("Search: hà (1)"))
    }

    @Test func theLatestAnswerIsShownWhateverCameBefore() {
        var (state, _) = typing("ha")
        let full = state.articles
        _ = reduce(&state, .search(.results(query: "h", hits(state, [1, 2, 3]))))
        _ = reduce(&state, .search(.results(query: "ha", hits(state, [4, 7]))))
        // A late answer for the first letter after the latest one: the list stays the latest answer.
        let latest = state
        _ = reduce(&state, .search(.results(query: "h", hits(state, [0]))))
        #expect(state == latest)
        #expect(state.articles == [full[4], full[7]])
    }
}
