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
        var identity = FeedIdentity(url: url, title: subscription.title)
        var report = FeedReport(url: url, title: subscription.title, status: .fetched)
        var writer: ItemWriter?
        do {
            try FeedParser.parse(contentsOf: file, header: { feed in
                identity.title = feed.title ?? subscription.title
                report.title = subscription.title ?? feed.title
            }, item: { item in
                if writer == nil {
                    // The header is read by now: the feed's identity is final.
                    let feed = identity
                    writer = ItemWriter(report: report) { [self] item, report in
                        try write(item, feed: feed, at: started, counting: &report)
                    }
                }
                try writer?.submit(item)
            })
            if let writer { report = try writer.finish() }
        } catch {
            writer?.cancel()
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
