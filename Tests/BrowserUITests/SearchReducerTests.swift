import ArticleModel
import BrowserUI
import TerminalCanvas
import LedeTestSupport
import Testing

/// `/`, `n`, `N` and the search input through `reduce`: the list filter, the matches in the open
/// article, the history. The executable's answers are given by hand, as it would send them.
@Suite struct SearchReducerTests {
    let wide = Size(width: 120, height: 40), narrow = Size(width: 80, height: 24)

    /// The list as it is after its first action (which previews the selected article).
    func listState() throws -> AppState {
        var state = AppState(articles: Fixtures.ownLibrary().map(\.summary), size: narrow)
        _ = reduce(&state, .resize(narrow))
        return state
    }

    /// The answer the executable would give: these articles, with these counts, best first.
    func hits(_ state: AppState, _ picks: [(Int, Int)]) -> [SearchHit] {
        picks.map { SearchHit(summary: state.articles[$0.0], matches: $0.1) }
    }

    @Test func slashInTheListSearchesTheLibraryAsYouType() throws {
        var state = try listState()
        let full = state.articles
        #expect(press(&state, .character("/")).isEmpty)
        #expect(state.input?.prompt == "Search: ")
        #expect(type(&state, "hà") == [.search("h", typing: true), .search("hà", typing: true)])
        // The answer to the first letter comes late: stale, ignored.
        _ = reduce(&state, .search(.results(query: "h", hits(state, [(0, 1)]))))
        #expect(state.articles == full)
        _ = reduce(&state, .search(.results(query: "hà", hits(state, [(7, 3), (4, 1)]))))
        #expect(state.articles == [full[7], full[4]])
        #expect(state.selection == 0)
        #expect(state.search.matchCounts[full[7].id] == 3)
        let grid = render(state)
        #expect(grid.lines[0].contains("Search: hà (2)"))
        #expect(grid.lines.contains { $0.contains("3×") } && grid.lines.contains { $0.contains("1×") })
        // Enter keeps the filter and gives the list back the keys; the search runs again with "hà" a
        // whole word, no longer a prefix.
        #expect(press(&state, .enter) == [.search("hà", typing: false)])
        #expect(state.input == nil && state.focus == .list)
        #expect(state.articles == [full[7], full[4]])
        #expect(state.search.history == ["hà"])
        _ = press(&state, .character("j"))
        #expect(state.selectedArticle?.id == full[4].id)
        // Esc clears the search: the full list, the selected article still selected.
        _ = press(&state, .escape)
        #expect(state.articles == full)
        #expect(state.selectedArticle?.id == full[4].id)
        #expect(state.search.listQuery == nil && state.search.matchCounts.isEmpty)
    }

    @Test func escapeInTheInputRestoresTheFullListAndEmptyTextShowsAll() throws {
        var state = try listState()
        let full = state.articles
        _ = press(&state, .character("/"))
        _ = type(&state, "x")
        _ = reduce(&state, .search(.results(query: "x", [])))
        #expect(state.articles.isEmpty)
        #expect(render(state).lines.contains { $0.contains("No articles") })
        #expect(press(&state, .backspace).isEmpty)  // nothing typed: the full list, no search run
        #expect(state.articles == full)
        _ = type(&state, "y")
        _ = reduce(&state, .search(.results(query: "y", hits(state, [(2, 1)]))))
        #expect(state.articles.count == 1)
        _ = press(&state, .escape)
        #expect(state.input == nil && state.articles == full)
        // A late answer after Esc changes nothing.
        _ = reduce(&state, .search(.results(query: "y", [])))
        #expect(state.articles == full)
    }

    @Test func upAndDownWalkTheSearchHistory() throws {
        var state = try listState()
        for query in ["nato", "quang"] {
            _ = press(&state, .character("/"))
            _ = type(&state, query)
            _ = press(&state, .enter)
            _ = press(&state, .escape)  // clear the filter, keep the history
        }
        #expect(state.search.history == ["nato", "quang"])
        _ = press(&state, .character("/"))
        _ = type(&state, "x")
        #expect(press(&state, .up) == [.search("quang", typing: true)])
        #expect(state.input?.editor.text == "quang")
        _ = press(&state, .up)
        #expect(state.input?.editor.text == "nato")
        _ = press(&state, .up)
        #expect(state.input?.editor.text == "nato")
        _ = press(&state, .down)
        #expect(state.input?.editor.text == "quang")
        _ = press(&state, .down)
        #expect(state.input?.editor.text == "x")
        #expect(press(&state, .down).isEmpty)
    }

    @Test func theHistoryOfEarlierRunsComesBeforeTodaysSearches() throws {
        var state = try listState()
        _ = press(&state, .character("/"))
        _ = type(&state, "nato")
        _ = press(&state, .enter)
        _ = reduce(&state, .search(.history(["quang", "nato", "hà nội"])))
        #expect(state.search.history == ["quang", "hà nội", "nato"])
        _ = press(&state, .escape, .character("/"), .up, .up)
        #expect(state.input?.editor.text == "hà nội")
    }

    @Test func aSearchAgainAfterTheLibraryChanges() throws {
        var state = try listState()
        let full = state.articles
        _ = press(&state, .character("/"))
        _ = type(&state, "a")
        _ = press(&state, .enter)
        _ = reduce(&state, .search(.results(query: "a", hits(state, [(1, 2)]))))
        #expect(state.articles == [full[1]])
        let fewer = Array(full.dropLast())
        #expect(reduce(&state, .libraryUpdated(fewer, problems: 0)) == [.search("a", typing: false)])
        #expect(state.articles == [full[1]])  // until the answer comes
        _ = press(&state, .escape)
        #expect(state.articles == fewer)
    }

    @Test func aSearchWithoutResultsSaysSo() throws {
        var state = try listState()
        _ = press(&state, .character("/"))
        _ = type(&state, "xyz")
        _ = reduce(&state, .search(.results(query: "xyz", [])))
        #expect(render(state).lines[1].contains("No articles match “xyz”"))
        _ = press(&state, .escape)
        #expect(!render(state).lines.contains { $0.contains("No articles match") })
    }

    /// While typing, "nga" also finds "ngày"; confirmed with Enter, the article is searched again for
    /// the whole word, and the status bar counts what that found.
    @Test func enterInTheArticleSearchConfirmsTheLastWord() throws {
        var state = try openedHarbour(narrow)
        let article = state.open!.article
        _ = press(&state, .character("/"))
        _ = type(&state, "quang")
        let spans = quangSpans(article)
        _ = reduce(&state, .search(.matches(query: "quang", article: article.id, spans + spans)))
        #expect(press(&state, .enter) == [.findMatches("quang", typing: false, in: article)])
        _ = reduce(&state, .search(.matches(query: "quang", article: article.id, spans)))
        #expect(state.search.matches == spans)
        #expect(state.status?.text == "\(spans.count) matches · n next, N previous")
    }

    func openedHarbour(_ size: Size) throws -> AppState {
        openedState(opening: Fixtures.harbour(), in: Fixtures.ownLibrary(), size: size)
    }

    /// Every "Quang" of the harbour article, as the executable's match finder would give them.
    func quangSpans(_ article: Article) -> [TextSpan] {
        var spans: [TextSpan] = []
        while let next = Fixtures.find(article, "Quang", after: spans.last) { spans.append(next) }
        return spans
    }

    @Test func slashInTheReadingPaneHighlightsTheMatchesAndNMovesBetweenThem() throws {
        var state = try openedHarbour(narrow)
        let article = state.open!.article
        #expect(press(&state, .character("/")).isEmpty)
        #expect(state.input?.prompt == "Find in article: ")
        #expect(type(&state, "qu") == [.findMatches("q", typing: true, in: article), .findMatches("qu", typing: true, in: article)])
        let spans = quangSpans(article)
        #expect(spans.count == 5)
        _ = reduce(&state, .search(.matches(query: "qu", article: article.id, spans)))
        #expect(state.search.matches == spans)
        #expect(state.search.currentMatch == 0)
        _ = press(&state, .enter)
        #expect(state.status?.text == "\(spans.count) matches · n next, N previous")
        // The matches are drawn in the search.match role.
        let grid = render(state)
        var matched = 0
        for y in 0..<grid.height { for x in 0..<grid.width where TestTheme.role(at: x, y, in: grid) == .searchMatch { matched += 1 } }
        #expect(matched >= 6)
        // The current match (the first) is the only one drawn bold and underlined.
        var current = 0
        for y in 0..<grid.height {
            for x in 0..<grid.width where grid[x, y].style.attributes.contains([.bold, .underline]) {
                #expect(TestTheme.role(at: x, y, in: grid) == .searchMatch)
                current += 1
            }
        }
        #expect(current == "Quang".count)
        // n goes down the article, each match scrolled into view; N comes back; the ends say so.
        let height = 24 - 1 - 2
        for number in 1..<spans.count {
            _ = press(&state, .character("n"))
            #expect(state.search.currentMatch == number)
            let open = state.open!
            let line = open.layout.lines.lastIndex {
                $0.anchor.block == spans[number].block && $0.anchor.offset <= spans[number].start
            } ?? -1
            #expect(line >= open.scroll && line < open.scroll + height, "match \(number) off screen")
        }
        _ = press(&state, .character("n"))
        #expect(state.status?.text == "No more matches below")
        _ = press(&state, .character("N"))
        #expect(state.search.currentMatch == spans.count - 2)
        // Esc (after the message) clears the highlight.
        _ = press(&state, .escape, .escape)
        #expect(state.search.matches.isEmpty)
        _ = press(&state, .character("n"))
        #expect(state.status?.text == "No matches: / searches")
    }

    @Test func aMatchAnswerForAnotherArticleOrQueryIsIgnored() throws {
        var state = try openedHarbour(narrow)
        let article = state.open!.article
        _ = press(&state, .character("/"))
        _ = type(&state, "quang")
        _ = reduce(&state, .search(.matches(query: "qua", article: article.id, quangSpans(article))))
        #expect(state.search.matches.isEmpty)
        _ = reduce(&state, .search(.matches(query: "quang", article: ArticleID(relativePath: "other"), quangSpans(article))))
        #expect(state.search.matches.isEmpty)
    }

    @Test func theListSearchIsHighlightedInTheArticleOpenedFromIt() throws {
        var state = try listState()
        let harbour = Fixtures.harbour()
        _ = press(&state, .character("/"))
        _ = type(&state, "quang")
        _ = reduce(&state, .search(.results(query: "quang", hits(state, [(0, 9)]))))
        _ = press(&state, .enter)
        #expect(press(&state, .enter) == [.loadArticle(harbour.summary), .markRead(harbour.summary)])
        #expect(reduce(&state, .articleLoaded(harbour)) == [.findMatches("quang", typing: false, in: harbour)])
        _ = reduce(&state, .search(.matches(query: "quang", article: harbour.id, quangSpans(harbour))))
        #expect(state.search.matches.count == quangSpans(harbour).count)
        _ = press(&state, .character("n"))
        #expect(state.search.currentMatch != nil)
    }

    @Test func nWithoutAnArticleSaysSo() throws {
        var state = try listState()
        _ = press(&state, .character("n"))
        #expect(state.status?.text == "Open an article first (Enter)")
    }
}
