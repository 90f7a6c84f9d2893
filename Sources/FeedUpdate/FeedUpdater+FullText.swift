import FeedStore
import Feeds
import Foundation
import ReadingState
import WebPages

extension FeedUpdater {
    /// Whether a feed's new items are stored as their pages' articles: `lede fetch --full-text`, or the
    /// subscription's `fullText="true"` outline attribute.
    func wantsFullText(_ subscription: Subscription) -> Bool {
        fullText || subscription.attributes["fullText"]?.lowercased() == "true"
    }

    /// Stores a new item of a full-text feed with its page's article. An item already stored is left
    /// alone, so that the feed's summary never overwrites the full text (nor is its page fetched again).
    func writeFullText(_ item: FeedItem, feed: FeedIdentity, at started: Date, counting report: inout FeedReport)
        async throws(StateFailure)
    {
        let stored = Self.storedItem(item)
        guard !store.contains(stored, feed: feed) else { return }
        try write(await withFullText(stored, report: &report), feed: feed, at: started, counting: &report)
    }

    /// The item with its page's article as its text; the item unchanged (its summary) when the page
    /// cannot be fetched or gives no article, counted in the report either way.
    func withFullText(_ item: StoredItem, report: inout FeedReport) async -> StoredItem {
        let failure: String
        if let link = item.link, let url = URL(string: link) {
            do {
                let article = try await PageArticle.fetch(url, with: fetcher)
                var full = item
                full.text = article.text
                full.author = item.author ?? article.byline
                report.fullText += 1
                return full
            } catch {
                failure = "\(link): \(error.message)"
            }
        } else {
            failure = "an item has no link"
        }
        report.summaryKept += 1
        if report.fullTextError == nil { report.fullTextError = failure }
        return item
    }
}
