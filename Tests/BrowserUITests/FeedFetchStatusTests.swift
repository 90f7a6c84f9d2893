import ArticleModel
@testable import BrowserUI
import TerminalCanvas
import Testing

/// `r` in a library with subscriptions, as the reader sees it: a fetch effect, progress in the status
/// line, and a summary naming the failures at the end.
@Suite struct FeedFetchStatusTests {
    let size = Size(width: 120, height: 20)

    func state(hasFeeds: Bool) throws -> AppState {
        var state = AppState(articles: Fixtures.ownLibrary().map(\.summary), size: size)
        state.hasFeeds = hasFeeds
        return state
    }

    @Test func rFetchesWhenTheLibraryHasFeedsAndReloadsWhenItHasNone() throws {
        var plain = try state(hasFeeds: false)
        #expect(reduce(&plain, .key(.character("r"))).withoutPreview == [.reloadLibrary])
        var subscribed = try state(hasFeeds: true)
        #expect(reduce(&subscribed, .key(.character("r"))).withoutPreview == [.fetchFeeds])
        // A second r while the fetch runs starts nothing more.
        #expect(reduce(&subscribed, .key(.character("r"))) == [])
    }

    @Test func progressThenASummary() throws {
        var state = try state(hasFeeds: true)
        _ = reduce(&state, .key(.character("r")))
        _ = reduce(&state, .feedsProgress(FeedFetchProgress(done: 3, total: 20, new: 12, failures: ["Dead: HTTP 404"],
                                                            last: "World News")))
        #expect(render(state).line(size.height - 1).trimmingCharacters(in: .whitespaces)
            == "Fetching feeds 3/20 · 12 new · 1 failed · World News")
        _ = reduce(&state, .feedsFetched(FeedFetchProgress(done: 20, total: 20, new: 15, updated: 2,
                                                           failures: ["Dead: HTTP 404"])))
        #expect(state.fetching == nil)
        #expect(state.status == StatusMessage("20 feeds fetched: 15 new, 2 updated; 1 failed: Dead: HTTP 404", kind: .error))
        _ = reduce(&state, .feedsFetched(FeedFetchProgress(done: 1, total: 1, new: 1)))
        #expect(render(state).line(size.height - 1).trimmingCharacters(in: .whitespaces) == "1 feed fetched: 1 new, 0 updated")
    }
}
