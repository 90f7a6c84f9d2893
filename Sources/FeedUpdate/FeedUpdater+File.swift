import FeedStore
import Feeds
import Foundation
import HTTPFetch
import ReadingState

extension FeedUpdater {
    /// A `file` subscription: streamed from disk in constant memory whatever its size (a 100,000-item
    /// export is hundreds of megabytes), and skipped when the file has not changed since the last fetch.
    func updateFile(_ file: URL, of subscription: Subscription, state: FeedState, at started: Date) -> FeedReport {
        let url = subscription.url
        let modified = (try? FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
            .map(HTTPDate.format)
        if let modified, modified == state.lastModified, state.lastError == nil {
            store.updateState(of: url) { $0.lastFetch = started }
            return FeedReport(url: url, title: subscription.title, status: .notModified)
        }
        let identity = IdentityBox(FeedIdentity(url: url, title: subscription.title))
        var report = FeedReport(url: url, title: subscription.title, status: .fetched)
        let staging = ItemStaging(store: store, url: url)
        do {
            // Items are prepared (article text, a new item's bytes) on the parser's second thread;
            // stored here.
            try FeedParser.parse(contentsOf: file, header: { feed in
                identity.value = FeedIdentity(url: url, title: feed.title ?? subscription.title)
                report.title = subscription.title ?? feed.title
            }, prepare: { item in
                staging.prepare(Self.storedItem(item), feed: identity.value, now: started)
            }, item: { prepared in
                try write(prepared, counting: &report)
            })
        } catch {
            let reason = (error as? StateFailure)?.message ?? error.localizedDescription
            return failParse(subscription, reason, at: started)
        }
        store.updateState(of: url) {
            $0.lastModified = modified
            $0.lastFetch = started
            $0.lastError = nil
        }
        return report
    }
}

/// The feed's identity, set from its header on the parser's thread before the first item is handed to
/// the thread that prepares items, and read there.
private final class IdentityBox: @unchecked Sendable {
    private let lock = NSLock()
    private var identity: FeedIdentity

    init(_ identity: FeedIdentity) { self.identity = identity }

    var value: FeedIdentity {
        get { lock.withLock { identity } }
        set { lock.withLock { identity = newValue } }
    }
}
