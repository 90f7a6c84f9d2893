import ArticleModel
import BrowserUI
import TerminalCanvas
import LedeTestSupport
import Testing

/// `/`, `n`, `N` and the search input through `reduce`: the list filter, the matches in the open
/// article, the history. The executable's answers are given by hand, as it would send them.
@Suite(.needsSeed) struct SearchReducerTests {
    let wide = Size(width: 120, height: 40), narrow = Size(width: 80, height: 24)

    /// The list as it is after its first action (which previews the selected article).
    func listState() throws -> AppState {
        var state = AppState(articles: try Fixtures.library().map(\.summary), size: narrow)
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
        // Enter keeps the filter and gives the list back the keys.
        #expect(press(&state, .enter).isEmpty)
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
        for query in ["nato", "lavrov"] {
            _ = press(&state, .character("/"))
            _ = type(&state, query)
            _ = press(&state, .enter)
            _ = press(&state, .escape)  // clear the filter, keep the history
        }
        #expect(state.search.history == ["nato", "lavrov"])
        _ = press(&state, .character("/"))
        _ = type(&state, "x")
        #expect(press(&state, .up) == [.search("lavrov", typing: true)])
        #expect(state.input?.editor.text == "lavrov")
        _ = press(&state, .up)
        #expect(state.input?.editor.text == "nato")
        _ = press(&state, .up)
        #expect(state.input?.editor.text == "nato")
        _ = press(&state, .down)
        #expect(state.input?.editor.text == "lavrov")
        _ = press(&state, .down)
        #expect(state.input?.editor.text == "x")
        #expect(press(&state, .down).isEmpty)
    }

    @Test func theHistoryOfEarlierRunsComesBeforeTodaysSearches() throws {
        var state = try listState()
        _ = press(&state, .character("/"))
        _ = type(&state, "nato")
        _ = press(&state, .enter)
        _ = reduce(&state, .search(.history(["lavrov", "nato", "hà nội"])))
        #expect(state.search.history == ["lavrov", "hà nội", "nato"])
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
        #expect(reduce(&state, .libraryUpdated(fewer, problems: 0)) == [.search("a", typing: true)])
        #expect(state.articles == [full[1]])  // until the answer comes
        _ = press(&state, .escape)
        #expect(state.articles == fewer)
    }

    func openedSeed(_ size: Size) throws -> AppState {
        openedState(opening: try Fixtures.seed(), in: try Fixtures.library(), size: size)
    }

    /// Every "Lavrov" of the seed, as the executable's match finder would give them.
    func lavrovSpans(_ article: Article) -> [TextSpan] {
        var spans: [TextSpan] = []
        while let next = Fixtures.find(article, "Lavrov", after: spans.last) { spans.append(next) }
        return spans
    }

    @Test func slashInTheReadingPaneHighlightsTheMatchesAndNMovesBetweenThem() throws {
        var state = try openedSeed(narrow)
        let article = state.open!.article
        #expect(press(&state, .character("/")).isEmpty)
        #expect(state.input?.prompt == "Find in article: ")
        #expect(type(&state, "la") == [.findMatches("l", typing: true, in: article), .findMatches("la", typing: true, in: article)])
        let spans = lavrovSpans(article)
        #expect(spans.count > 5)
        _ = reduce(&state, .search(.matches(query: "la", article: article.id, spans)))
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
        #expect(current == "Lavrov".count)
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
        var state = try openedSeed(narrow)
        let article = state.open!.article
        _ = press(&state, .character("/"))
        _ = type(&state, "lavrov")
        _ = reduce(&state, .search(.matches(query: "lav", article: article.id, lavrovSpans(article))))
        #expect(state.search.matches.isEmpty)
        _ = reduce(&state, .search(.matches(query: "lavrov", article: ArticleID(relativePath: "other"), lavrovSpans(article))))
        #expect(state.search.matches.isEmpty)
    }

    @Test func theListSearchIsHighlightedInTheArticleOpenedFromIt() throws {
        var state = try listState()
        let seed = try Fixtures.seed()
        _ = press(&state, .character("/"))
        _ = type(&state, "lavrov")
        _ = reduce(&state, .search(.results(query: "lavrov", hits(state, [(0, 9)]))))
        _ = press(&state, .enter)
        #expect(press(&state, .enter) == [.loadArticle(seed.summary), .markRead(seed.summary)])
        #expect(reduce(&state, .articleLoaded(seed)) == [.findMatches("lavrov", typing: true, in: seed)])
        _ = reduce(&state, .search(.matches(query: "lavrov", article: seed.id, lavrovSpans(seed))))
        #expect(state.search.matches.count == lavrovSpans(seed).count)
        _ = press(&state, .character("n"))
        #expect(state.search.currentMatch != nil)
    }

    @Test func nWithoutAnArticleSaysSo() throws {
        var state = try listState()
        _ = press(&state, .character("n"))
        #expect(state.status?.text == "Open an article first (Enter)")
    }
}
