import FeedStore
import Feeds
import Foundation
import HTTPFetch

/// Fetches subscriptions and stores their new and changed items: conditional GETs, permanent
/// redirects followed into the subscription list, `Retry-After` honoured. A failing feed never stops
/// the others.
public final class FeedUpdater: Sendable {
    public let libraryRoot: String
    public let store: FeedStore
    /// Held for the updater's life: one writer of the library's feeds at a time.
    let writeLock: LibraryWriteLock
    let fetcher: HTTPFetcher
    let now: @Sendable () -> Date
    /// Whether every feed gets full text (`lede fetch --full-text`), not only those whose outline says
    /// `fullText="true"`.
    let fullText: Bool
    /// How long to leave a feed alone after a 429 or 503 that named no time.
    static let defaultBackOff: TimeInterval = 3600

    public init(libraryRoot: String, fetcher: HTTPFetcher, fullText: Bool = false,
                now: @escaping @Sendable () -> Date = Date.init) throws
    {
        self.libraryRoot = libraryRoot
        self.fetcher = fetcher
        self.fullText = fullText
        self.now = now
        writeLock = try LibraryWriteLock(libraryRoot: libraryRoot)
        store = try FeedStore(libraryRoot: libraryRoot)
    }

    /// Fetches every subscription in `list` (at most the fetcher's pool at a time), reporting each as it
    /// finishes; then makes the new files durable, saves the fetch state and, when feeds moved, the
    /// subscription list. Reports come back in the order of `list`.
    public func update(_ list: [Subscription], report: @escaping @Sendable (FeedReport) -> Void = { _ in })
        async throws -> [FeedReport]
    {
        var reports = [FeedReport?](repeating: nil, count: list.count)
        await withTaskGroup(of: (Int, FeedReport).self) { group in
            for (index, subscription) in list.enumerated() {
                group.addTask { (index, await self.update(subscription)) }
            }
            for await (index, finished) in group {
                reports[index] = finished
                report(finished)
            }
        }
        let done = reports.compactMap { $0 }
        try store.commit()
        try recordMoves(done)
        return done
    }

    /// Points moved subscriptions at their new addresses in `feeds.opml`.
    private func recordMoves(_ reports: [FeedReport]) throws {
        let moves = reports.compactMap { report in report.movedFrom.map { ($0, report.url) } }
        guard !moves.isEmpty else { return }
        var subscriptions = try SubscriptionList.load(libraryRoot: libraryRoot)
        for (old, new) in moves { subscriptions.move(old, to: new) }
        try subscriptions.save(libraryRoot: libraryRoot)
    }

    /// One feed, start to end; never throws: a failure is the report's status.
    func update(_ subscription: Subscription) async -> FeedReport {
        let url = subscription.url
        let state = store.state(of: url) ?? FeedState()
        let started = now()
        if let until = state.retryAfter, until > started {
            return FeedReport(url: url, title: subscription.title, status: .deferred,
                              error: "the server asked lede to wait until \(until.formatted(.iso8601))")
        }
        guard let address = URL(string: url), address.scheme != nil else {
            return fail(subscription, "not a URL", retryAfter: nil)
        }
        if address.isFileURL { return updateFile(address, of: subscription, state: state, at: started) }
        let result: HTTPFetchResult
        do {
            result = try await fetcher.get(address, headers: Self.conditionalHeaders(state))
        } catch {
            return fail(subscription, error.localizedDescription, retryAfter: nil)
        }
        switch result.status {
        case 304:
            store.updateState(of: url) { $0.lastFetch = started; $0.lastError = nil; $0.retryAfter = nil }
            return moved(FeedReport(url: url, title: subscription.title, status: .notModified), result)
        case 429, 503:
            let until = RetryAfter.date(from: result.header("Retry-After"), now: started)
                ?? started.addingTimeInterval(Self.defaultBackOff)
            return fail(subscription, "HTTP \(result.status): the server is busy; lede waits until \(until.formatted(.iso8601))",
                        retryAfter: until)
        case 200..<300:
            return moved(await store(result, of: subscription, at: started), result)
        default:
            return fail(subscription, "HTTP \(result.status)", retryAfter: nil)
        }
    }

    static func conditionalHeaders(_ state: FeedState) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = []
        if let etag = state.etag { headers.append((name: "If-None-Match", value: etag)) }
        if let modified = state.lastModified { headers.append((name: "If-Modified-Since", value: modified)) }
        return headers
    }

    private func fail(_ subscription: Subscription, _ reason: String, retryAfter: Date?) -> FeedReport {
        let at = now()
        store.updateState(of: subscription.url) {
            $0.lastFetch = at
            $0.lastError = reason
            $0.retryAfter = retryAfter
        }
        return FeedReport(url: subscription.url, title: subscription.title, status: .failed, error: reason)
    }

    /// After a permanent redirect the feed's state moves with it, and the report says from where.
    private func moved(_ report: FeedReport, _ result: HTTPFetchResult) -> FeedReport {
        guard let permanent = result.permanentURL?.absoluteString, permanent != report.url else { return report }
        store.moveFeed(from: report.url, to: permanent)
        var moved = report
        moved.movedFrom = report.url
        moved.url = permanent
        return moved
    }
}
