import ArticleModel
@testable import BrowserUI
import TerminalCanvas
import Testing

/// The feeds view (`F`): subscriptions with counts and last errors, drawn whole; Enter filters the list.
@Suite struct FeedsViewTests {
    let size = Size(width: 80, height: 8)
    let rows = [
        FeedRowSummary(title: "World News", source: "World News Daily", articles: 12, unread: 3, error: nil),
        FeedRowSummary(title: "Dead Feed", source: nil, articles: 0, unread: 0, error: "HTTP 404"),
    ]

    func state() throws -> AppState {
        var state = AppState(articles: Fixtures.ownLibrary().map(\.summary), size: size)
        state.hasFeeds = true
        return state
    }

    @Test func fListsTheFeedsWithCountsAndErrors() throws {
        var state = try state()
        #expect(reduce(&state, .key(.character("f"))) == [.listFeeds])
        #expect(render(state).line(2).contains("Listing…"))
        _ = reduce(&state, .feedsListed(rows))
        let screen = (0..<size.height).map { render(state).line($0) }
        #expect(screen[1].contains("Feeds (2)"))
        #expect(screen[2] == "┃┃World News  12 articles · 3 unread                                          ┃│")
        #expect(screen[3] == "┃┃Dead Feed   0 articles · 0 unread  HTTP 404                                 ┃│")
        #expect(screen[6].contains("1/2"))
    }

    @Test func enterFiltersTheListToTheFeedAndEscCloses() throws {
        var state = try state()
        _ = reduce(&state, .key(.character("f")))
        _ = reduce(&state, .feedsListed(rows))
        #expect(reduce(&state, .key(.enter)).withoutPreview == [.search("source:\"World News Daily\"", typing: false)])
        #expect(state.overlay == nil)
        #expect(state.focus == .list)
        _ = reduce(&state, .key(.character("f")))
        _ = reduce(&state, .feedsListed(rows))
        _ = reduce(&state, .key(.down))
        #expect(state.overlay == .feeds(FeedsList(rows: rows, selection: 1)))
        _ = reduce(&state, .key(.escape))
        #expect(state.overlay == nil)
    }
}
