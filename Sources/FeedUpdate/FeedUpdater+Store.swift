import FeedStore
import Feeds
import Foundation
import HTTPFetch
import ReadingState

extension FeedUpdater {
    /// Parses a fetched body and writes its items; the validators are kept only once that worked.
    func store(_ result: HTTPFetchResult, of subscription: Subscription, at started: Date) async -> FeedReport {
        let url = subscription.url
        let parsed: ParsedFeed
        do {
            parsed = try FeedParser.parse(result.body, httpCharset: result.charset, baseURL: result.finalURL)
        } catch {
            return failParse(subscription, error.localizedDescription, at: started)
        }
        let identity = FeedIdentity(url: url, title: parsed.title ?? subscription.title)
        var report = FeedReport(url: url, title: subscription.title ?? parsed.title, status: .fetched)
        do {
            let full = wantsFullText(subscription)
            for item in parsed.items {
                if full {
                    try await writeFullText(item, feed: identity, at: started, counting: &report)
                } else {
                    try write(item, feed: identity, at: started, counting: &report)
                }
            }
        } catch {
            return failParse(subscription, error.message, at: started)
        }
        store.updateState(of: url) {
            $0.etag = result.header("ETag")
            $0.lastModified = result.header("Last-Modified")
            $0.lastFetch = started
            $0.lastError = nil
            $0.retryAfter = nil
        }
        return report
    }

    /// Stores one item and counts it in the feed's report.
    func write(_ item: FeedItem, feed: FeedIdentity, at started: Date, counting report: inout FeedReport)
        throws(StateFailure)
    {
        try write(Self.storedItem(item), feed: feed, at: started, counting: &report)
    }

    /// Stores one item as given (a feed's, or one with its page's article) and counts it.
    func write(_ item: StoredItem, feed: FeedIdentity, at started: Date, counting report: inout FeedReport)
        throws(StateFailure)
    {
        try write(FeedStore.prepare(item, feed: feed, now: started), counting: &report)
    }

    /// Stores one prepared item and counts it.
    func write(_ prepared: PreparedItem, counting report: inout FeedReport) throws(StateFailure) {
        switch try store.write(prepared) {
        case .added(let path):
            report.new += 1
            report.newFiles.append(path)
        case .updated: report.updated += 1
        case .unchanged: break
        }
    }

    func failParse(_ subscription: Subscription, _ reason: String, at started: Date) -> FeedReport {
        store.updateState(of: subscription.url) {
            $0.lastFetch = started
            $0.lastError = reason
        }
        return FeedReport(url: subscription.url, title: subscription.title, status: .failed, error: reason)
    }

    /// A parsed item as the store keeps it: its date is when it was published, else last updated;
    /// enclosures are kept as links after the text.
    public static func storedItem(_ item: FeedItem) -> StoredItem {
        var text = item.text
        if !item.enclosures.isEmpty {
            text += (text.isEmpty ? "" : "\n\n") + item.enclosures.map { "Enclosure: " + $0 }.joined(separator: "\n\n")
        }
        return StoredItem(id: item.id, title: item.title, link: item.link, date: item.published ?? item.updated,
                          author: item.author, text: text)
    }
}
