import ArticleModel
@testable import BrowserUI
import LedeTestSupport
import TerminalCanvas
import Testing

/// Single panes drawn into a grid of their own, the expected text written here: a change to one pane
/// shows as a failure of that pane, not only as a whole-screen snapshot to re-record.
@Suite struct PaneTests {
    /// The emoji article open in a wide window, needing no shared material.
    func opened(keys: [KeyEvent] = []) -> AppState {
        let article = Fixtures.emoji()
        return openedState(opening: article, in: [article, Fixtures.cjk()], size: Size(width: 120, height: 30), keys: keys)
    }

    func lines(_ draw: (inout Grid) -> Void, width: Int, height: Int) -> [String] {
        var grid = Grid(width: width, height: height)
        draw(&grid)
        return (0..<height).map { y in
            let line = grid.line(y)
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }

    @Test func theQuoteSidebarListsSpeakersAndTheirWords() {
        let state = opened()
        let area = Rect(x: 0, y: 0, width: 24, height: 9)
        let drawn = lines({ QuoteSidebarView.render(state.shownArticle, bookmarks: state.bookmarkList, theme: TestTheme.theme, in: area, into: &$0) },
                          width: 24, height: 9)
        #expect(drawn == [
            "Maria Okafor",
            "  “It felt like the",
            "  whole city was here",
            "  👍, and nobody wanted",  // the skin tone is dropped: terminals disagree on its width
            "  to go home,”",
            "",
            "(one volunteer)",  // not named: in brackets
            "  “We got lucky ✨”",
            "",
        ])
    }

    @Test func theListShowsTitlesSourcesAndTheSelection() {
        let state = opened()
        let area = Rect(x: 0, y: 0, width: 40, height: 4)
        let drawn = lines({ ArticleListView.render(state.listSlice, theme: TestTheme.theme, in: area, into: &$0) },
                          width: 40, height: 4)
        #expect(drawn == [
            "   Festival crowds 🎉 pack t… 2024-07-06",  // open, so read: no mark
            "●  東京の図書館、夜間開館を…  2024-03-15",  // a wide character does not fit the last column
            "",
            "",
        ])
    }

    @Test func theStatusBarShowsAnError() {
        var state = opened()
        _ = reduce(&state, .problem("Could not start w3m"))
        let drawn = lines({ StatusBarView.render(state.statusBarContent, theme: TestTheme.theme, in: Rect(x: 0, y: 0, width: 40, height: 1), into: &$0) },
                          width: 40, height: 1)
        #expect(drawn == [" Could not start w3m"])
    }
}
