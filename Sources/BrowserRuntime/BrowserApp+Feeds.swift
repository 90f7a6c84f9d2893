import ArticleModel
import BrowserUI
import FeedStore
import FeedSync
import FeedUpdate
import Foundation
import HTTPFetch
import ReadingState

/// `r` in a library with subscriptions: fetch them in the background, the status bar counting the
/// feeds, and index each feed's new articles as it finishes so that they join the list as they arrive.
extension BrowserApp {
    /// The background lane of feed fetches.
    static let fetchLane = WorkLane("feeds")

    func startFetching() {
        guard feedFetch == nil else { return }
        let (root, userAgent) = (libraryRoot, feedUserAgent)
        let subscriptions: [Subscription]
        do {
            subscriptions = try SubscriptionList.load(libraryRoot: root).subscriptions
        } catch {
            dispatch(.feedsFetched(FeedFetchProgress(total: 0, failures: [error.localizedDescription])))
            return
        }
        feedFetch = FeedFetchProgress(total: subscriptions.count)
        dispatch(.feedsProgress(feedFetch!))
        // The sync reads the reader's latest marks from the state file.
        let syncFolder = syncAccountFile != nil ? stateStore?.file.folder : nil
        if syncFolder != nil { _ = stateStore?.save() }
        executor.submit(Self.fetchLane) { [inbox] _ in
            let failure = subscriptions.isEmpty ? nil
                : FeedFetching.run(root: root, subscriptions: subscriptions, userAgent: userAgent) { inbox.post(.feedFetched($0)) }
            let sync = syncFolder.flatMap { folder in
                FeedSyncing.run(root: root, stateFolder: folder, userAgent: userAgent) { inbox.post(.syncStep($0)) }
            }
            inbox.post(.feedsDone(failure: failure, sync: sync))
        }
    }

    /// A feed is done: count it, and index its new files.
    func feedFetched(_ report: FeedReport) {
        guard var progress = feedFetch else { return }
        progress.done += 1
        progress.new += report.new
        progress.updated += report.updated
        progress.last = report.title ?? report.url
        if report.status == .failed { progress.failures.append("\(report.title ?? report.url): \(report.error ?? "failed")") }
        feedFetch = progress
        dispatch(.feedsProgress(progress))
        if report.new > 0 || report.updated > 0 { indexSoon() }
    }

    func feedsDone(failure: String?, sync: SyncReport?) {
        guard var progress = feedFetch else { return }
        feedFetch = nil
        if let failure { progress.failures.append(failure) }
        if let sync { syncDone(sync, into: &progress) }
        dispatch(.feedsFetched(progress))
        indexSoon()
    }

    /// The subscriptions with their articles counted in the list as indexed: a feed's articles are the
    /// files in its folder.
    func feedRows() -> [FeedRowSummary] {
        let subscriptions = (try? SubscriptionList.load(libraryRoot: libraryRoot).subscriptions) ?? []
        let store = try? FeedStore(libraryRoot: libraryRoot)
        return subscriptions.map { subscription in
            let state = store?.state(of: subscription.url)
            let prefix = state?.folder.map { (libraryRoot as NSString).appendingPathComponent($0) + "/" }
            let articles = prefix.map { prefix in summaries.filter { $0.path.hasPrefix(prefix) } } ?? []
            return FeedRowSummary(title: subscription.displayName, source: articles.first?.source,
                                  articles: articles.count, unread: articles.filter { !isMarkedRead($0.id) }.count,
                                  error: state?.lastError)
        }
    }

    private func isMarkedRead(_ id: ArticleID) -> Bool { state.read.contains(id) }

    /// Indexes now, or once the indexing under way ends.
    private func indexSoon() {
        if indexingRunning { indexAgain = true } else { startIndexing() }
    }

    func indexAgainIfAsked() {
        guard indexAgain else { return }
        indexAgain = false
        startIndexing()
    }
}

/// The fetch itself, off the run loop.
enum FeedFetching {
    /// Fetches `subscriptions` into the library at `root`, handing each report to `report`; returns why
    /// the fetch as a whole failed (the fetch state could not be saved), if it did.
    static func run(root: String, subscriptions: [Subscription], userAgent: String,
                    report: @escaping @Sendable (FeedReport) -> Void)
        -> String?
    {
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task {
            let fetcher = HTTPFetcher(policy: FetchPolicy(userAgent: userAgent))
            do {
                let updater = try FeedUpdater(libraryRoot: root, fetcher: fetcher)
                _ = try await updater.update(subscriptions, report: report)
            } catch {
                outcome.failure = (error as? StateFailure)?.message ?? error.localizedDescription
            }
            await fetcher.shutdown()
            done.signal()
        }
        done.wait()
        return outcome.failure
    }

    private final class Outcome: @unchecked Sendable {
        var failure: String?
    }
}
