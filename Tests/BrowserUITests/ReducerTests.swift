import ArticleModel
import BrowserUI
import TerminalCanvas
import LedeTestSupport
import Testing

/// Every key through `reduce`, without a terminal.
@Suite struct ReducerTests {
    let wide = Size(width: 120, height: 40), narrow = Size(width: 80, height: 24)

    func library() throws -> [Article] { Fixtures.ownLibrary() }

    func opened(_ size: Size? = nil, keys: [KeyEvent] = []) throws -> AppState {
        openedState(opening: Fixtures.harbour(), in: try library(), size: size ?? wide, keys: keys)
    }

    @Test func jkAndArrowsMoveTheListSelectionWithinBounds() throws {
        var state = AppState(articles: try library().map(\.summary), size: narrow)
        // Moving only asks for the newly selected article's preview.
        #expect(press(&state, .character("j")) == [.loadArticle(state.articles[1])])
        #expect(state.selection == 1)
        _ = press(&state, .down, .down)
        #expect(state.selection == 3)
        _ = press(&state, .character("k"), .up)
        #expect(state.selection == 1)
        _ = press(&state, .up, .up, .up)
        #expect(state.selection == 0)
        _ = press(&state, .character("G"))
        #expect(state.selection == state.articles.count - 1)
        _ = press(&state, .character("j"))
        #expect(state.selection == state.articles.count - 1)
        _ = press(&state, .character("g"))
        #expect(state.selection == 0)
    }

    @Test func listOffsetFollowsTheSelection() throws {
        var state = AppState(articles: try library().map(\.summary), size: Size(width: 80, height: 6))
        _ = press(&state, .character("G"))
        // 5 body rows less 2 border rows: 3 articles visible; the last one is selected.
        #expect(state.listOffset == state.articles.count - 3)
        _ = press(&state, .home)
        #expect(state.listOffset == 0)
        _ = press(&state, .pageDown)
        #expect(state.selection == 2)
    }

    @Test func enterLoadsTheArticleAndTheAnswerOpensIt() throws {
        let articles = try library()
        var state = AppState(articles: articles.map(\.summary), size: wide)
        _ = press(&state, .character("j"))
        let effects = press(&state, .enter)
        #expect(effects == [.loadArticle(articles[1].summary), .markRead(articles[1].summary)])
        #expect(state.loading == articles[1].id)
        #expect(state.read.contains(articles[1].id))
        // A stale answer (another article) is ignored.
        _ = reduce(&state, .articleLoaded(articles[2]))
        #expect(state.open == nil)
        _ = reduce(&state, .articleLoaded(articles[1]))
        #expect(state.open?.article.id == articles[1].id)
        #expect(state.loading == nil && state.focus == .reading)
        // Enter on the open article only moves focus (and keeps it read): no second load.
        _ = press(&state, .backTab)
        #expect(state.focus == .list)
        #expect(press(&state, .enter) == [.markRead(articles[1].summary)])
        #expect(state.focus == .reading)
    }

    @Test func aFailedLoadSaysWhy() throws {
        var state = AppState(articles: try library().map(\.summary), size: wide)
        _ = press(&state, .enter)
        _ = reduce(&state, .articleFailed(state.articles[0].id, message: "seed.txt: no such file"))
        #expect(state.loading == nil)
        #expect(state.status == StatusMessage("seed.txt: no such file", kind: .error))
    }

    @Test func tabAndShiftTabCycleTheShownPanes() throws {
        var state = try opened()
        #expect(state.focus == .reading)
        _ = press(&state, .tab)
        #expect(state.focus == .quotes)
        _ = press(&state, .tab)
        #expect(state.focus == .list)
        _ = press(&state, .backTab)
        #expect(state.focus == .quotes)
        var narrowState = try opened(narrow)
        _ = press(&narrowState, .tab)
        #expect(narrowState.focus == .list)  // no sidebar under 100 columns
        _ = press(&narrowState, .tab)
        #expect(narrowState.focus == .reading)
    }

    @Test func readingPaneScrollsByLineAndPage() throws {
        var state = try opened(narrow)
        let height = 24 - 1 - 2
        _ = press(&state, .character("j"), .down)
        #expect(state.open?.scroll == 2)
        _ = press(&state, .character("k"))
        #expect(state.open?.scroll == 1)
        _ = press(&state, .pageDown)
        #expect(state.open?.scroll == 1 + height - 1)
        _ = press(&state, .character(" "))
        #expect(state.open?.scroll == 1 + 2 * (height - 1))
        _ = press(&state, .pageUp)
        #expect(state.open?.scroll == 1 + height - 1)
        _ = press(&state, .character("G"))
        let last = (state.open?.layout.lines.count ?? 0) - height
        #expect(last > 0 && state.open?.scroll == last)
        _ = press(&state, .character("j"), .end)
        #expect(state.open?.scroll == last)
        _ = press(&state, .character("g"))
        #expect(state.open?.scroll == 0)
        _ = press(&state, .up)
        #expect(state.open?.scroll == 0)
    }

    @Test func bracketsJumpBetweenQuotesAndScrollThemIntoView() throws {
        var state = try opened(narrow)
        let quotes = state.open!.article.analysis.quotes.count
        _ = press(&state, .character("]"))
        #expect(state.open?.selectedQuote == 0)
        for _ in 0..<quotes + 2 { _ = press(&state, .character("]")) }
        #expect(state.open?.selectedQuote == quotes - 1)
        #expect(state.status?.text == "No more quotes below")
        let line = state.open!.layout.quoteLines[quotes - 1], scroll = state.open!.scroll
        #expect(line >= scroll && line < scroll + 21)
        _ = press(&state, .character("["))
        #expect(state.open?.selectedQuote == quotes - 2)
        _ = press(&state, .character("g"), .character("["))
        #expect(state.open?.selectedQuote == quotes - 3)
        #expect(state.open!.layout.quoteLines[quotes - 3] >= state.open!.scroll)
    }

    @Test func bracketsWithoutQuotesOrArticleSaySo() throws {
        var state = AppState(articles: try library().map(\.summary), size: wide)
        _ = press(&state, .character("]"))
        #expect(state.status?.text == "Open an article first (Enter)")
        var plain = openedState(opening: Fixtures.extra("No quotes here", "X", "2024-01-01"),
                          in: [Fixtures.extra("No quotes here", "X", "2024-01-01")], size: wide)
        _ = press(&plain, .character("["))
        #expect(plain.status?.text == "This article has no quotes")
    }

    @Test func movingThroughTheSidebarHighlightsAndScrollsTheQuote() throws {
        var state = try opened(narrow, keys: [.character("s")])
        #expect(state.screen.panes[.quotes] != nil)
        _ = press(&state, .tab)
        #expect(state.focus == .quotes)
        _ = press(&state, .character("j"))
        #expect(state.open?.selectedQuote == 0)
        _ = press(&state, .character("G"))
        let last = state.open!.article.analysis.quotes.count - 1
        #expect(state.open?.selectedQuote == last)
        let line = state.open!.layout.quoteLines[last]
        #expect(line >= state.open!.scroll && line < state.open!.scroll + 21)
        _ = press(&state, .character("k"))
        #expect(state.open?.selectedQuote == last - 1)
        _ = press(&state, .enter)
        #expect(state.focus == .reading)
        #expect(state.open?.selectedQuote == last - 1)
    }

    @Test func sTogglesTheSidebarForTheWidth() throws {
        var state = try opened(wide)
        #expect(state.screen.panes[.quotes] != nil)
        _ = press(&state, .tab)
        #expect(state.focus == .quotes)
        _ = press(&state, .character("s"))
        #expect(state.screen.panes[.quotes] == nil)
        #expect(state.focus == .reading)
        _ = press(&state, .character("s"))
        #expect(state.screen.panes[.quotes] != nil)
        var narrowState = try opened(narrow)
        #expect(narrowState.screen.panes[.quotes] == nil)
        _ = press(&narrowState, .character("s"))
        #expect(narrowState.screen.panes[.quotes] != nil)
    }

    @Test func rReloadsKeepingTheSelection() throws {
        var state = AppState(articles: try library().map(\.summary), size: wide)
        _ = press(&state, .down, .down)
        let selected = state.articles[2].id
        #expect(press(&state, .character("r")) == [.reloadLibrary])
        var reordered = state.articles
        reordered.reverse()
        _ = reduce(&state, .libraryLoaded(reordered, problems: 1))
        #expect(state.selectedArticle?.id == selected)
        #expect(state.status?.text == "Library reloaded: 8 articles, 1 file with problems")
    }

    @Test func oOpensOnlyHttpLinksAsAnArgumentVector() throws {
        var state = try opened()
        #expect(press(&state, .character("o")) == [.spawn(arguments: ["xdg-open", "https://example.com/cang-hai-phong"])])
        for bad in ["-oProxyCommand=evil", "javascript:alert(1)", "file:///etc/passwd", "https://a b", "http://",
                    "https://x\u{1B}]0;t\u{07}", "ftp://example.com"] {
            var article = Fixtures.harbour()
            article.url = bad
            var hostile = openedState(opening: article, in: [article], size: wide)
            #expect(press(&hostile, .character("o")).isEmpty, "\(bad)")
            #expect(hostile.status?.kind == .error)
        }
        #expect(LinkPolicy.isSafe("HTTPS://Example.com/a?b=c"))
        var none = AppState(articles: [], size: wide)
        #expect(press(&none, .character("o")).isEmpty)
    }

    @Test func helpOpensAndClosesAndQuitOnlyQuitsOutsideIt() throws {
        var state = try opened(narrow)
        _ = press(&state, .character("?"))
        #expect(state.overlay == .help(scroll: 0))
        _ = press(&state, .character("j"))
        #expect(state.overlay == .help(scroll: 1))
        // 24 rows: a box of 22, 20 rows of text; the help is longer, and stops at its end.
        _ = press(&state, .character("G"))
        guard case .help(let bottom) = state.overlay else { Issue.record("help closed"); return }
        #expect(bottom > 1)
        _ = press(&state, .character("j"))
        #expect(state.overlay == .help(scroll: bottom))
        _ = press(&state, .character("k"))
        #expect(state.overlay == .help(scroll: bottom - 1))
        #expect(press(&state, .character("q")).isEmpty)
        #expect(state.overlay == nil)
        _ = press(&state, .character("?"), .escape)
        #expect(state.overlay == nil)
        #expect(press(&state, .character("q")) == [.quit])
    }

    @Test func escapeClearsTheMessageThenTheHighlight() throws {
        var state = try opened(keys: [.character("]")])
        #expect(state.open?.selectedQuote == 0)
        _ = reduce(&state, .problem("browser did not start"))
        #expect(state.status?.kind == .error)
        _ = press(&state, .escape)
        #expect(state.status == nil && state.open?.selectedQuote == 0)
        _ = press(&state, .escape)
        #expect(state.open?.selectedQuote == nil)
    }

    @Test func unboundKeysChangeNothing() throws {
        let before = try opened()
        var after = before
        #expect(press(&after, .character("z"), .function(5), .control("x"), .resize).isEmpty)
        // Nothing changes but the status bar, which says how to get help.
        #expect(after.status?.text == "Ctrl-X does nothing here: ? lists the keys")
        after.status = before.status
        #expect(after == before)
    }

    @Test func mouseClicksSelectAndFocusAndTheWheelScrolls() throws {
        var state = try opened(wide)
        let list = state.screen.panes[.list]!, reading = state.screen.panes[.reading]!
        _ = press(&state, .mouse(MouseEvent(.press, x: list.x + 4, y: list.y + 3)))
        #expect(state.focus == .list && state.selection == 2)
        _ = press(&state, .mouse(MouseEvent(.wheelDown, x: reading.x + 4, y: reading.y + 3)))
        #expect(state.open?.scroll == 3 && state.focus == .list)
        _ = press(&state, .mouse(MouseEvent(.press, x: reading.x + 4, y: reading.y + 3)))
        #expect(state.focus == .reading)
        let quotes = state.screen.panes[.quotes]!
        _ = press(&state, .mouse(MouseEvent(.press, x: quotes.x + 3, y: quotes.y + 1 + 6)))
        #expect(state.focus == .quotes && state.open?.selectedQuote == 1)
        _ = press(&state, .mouse(MouseEvent(.press, x: 500, y: 500)))
        #expect(state.focus == .quotes)
    }

    @Test func resizeKeepsTheReadingPosition() throws {
        var state = try opened(wide)
        for _ in 0..<25 { _ = press(&state, .character("j")) }
        let before = state.open!.layout.lines[state.open!.scroll]
        _ = reduce(&state, .resize(Size(width: 60, height: 20)))
        let layout = state.open!.layout, top = state.open!.scroll
        #expect(layout.width != 52)
        // The old top line's start is on the new top line.
        #expect(layout.lines[top].anchor <= before.anchor)
        #expect(top + 1 == layout.lines.count || layout.lines[top + 1].anchor > before.anchor)
        // Back at the first width, the top line is the one holding the narrow top line's start: the reader
        // is where they were, to within a line (the narrow line may start earlier in the paragraph).
        let narrowTop = layout.lines[top].anchor
        _ = reduce(&state, .resize(wide))
        let back = state.open!.layout, backTop = state.open!.scroll
        #expect(back.lines[backTop].anchor <= narrowTop)
        #expect(backTop + 1 == back.lines.count || back.lines[backTop + 1].anchor > narrowTop)
        #expect(backTop <= 25 && backTop >= 24)
    }
}
