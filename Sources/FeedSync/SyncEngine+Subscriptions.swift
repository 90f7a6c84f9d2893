import FeedStore
import Foundation

extension SyncEngine {
    /// Pushes queued subscription changes, then takes the server's list into `feeds.opml`: feeds it
    /// added join (in their label's folder), feeds it dropped since the last sync leave. A feed
    /// subscribed both here and there is one subscription.
    func syncSubscriptions(token: String) async throws(SyncError) {
        var server = try await client.subscriptions()
        if try await pushSubscriptions(server, token: token) { server = try await client.subscriptions() }
        streams = Dictionary(server.map { ($0.id, $0) }) { first, _ in first }
        let onServer = Dictionary(server.map { ($0.feedURL, $0) }) { first, _ in first }
        for url in state.subscriptions.keys where onServer[url] == nil {
            state.subscriptions[url] = nil
            if subscriptions.remove(url) != nil {
                subscriptionsChanged = true
                report.subscriptionsRemoved += 1
            }
        }
        for (url, subscription) in onServer {
            state.subscriptions[url] = subscription.id
            let added = subscriptions.add(Subscription(url: url, title: subscription.title,
                                                       folder: subscription.folder.map { [$0] } ?? []))
            if added {
                subscriptionsChanged = true
                report.subscriptionsAdded += 1
            }
        }
        try stateFile.save(state)
    }

    /// Pushes the queued subscribes and unsubscribes; returns whether the server's list changed.
    private func pushSubscriptions(_ server: [GReaderSubscription], token: String) async throws(SyncError) -> Bool {
        let byURL = Dictionary(server.map { ($0.feedURL, $0) }) { first, _ in first }
        var changed = false
        var kept: [PendingChange] = []
        for change in state.pending {
            switch change.kind {
            case .subscribe where byURL[change.target] == nil:
                do {
                    try await client.subscribe(change.target, title: change.title, folder: change.folder, token: token)
                    report.pushed += 1
                    changed = true
                } catch .notGoogleReader, .unexpected {
                    // The server would not add it (it could not fetch it, say): ask again next time.
                    report.problems.append("the server refused to subscribe to \(change.target)")
                    kept.append(change)
                }
            case .unsubscribe:
                if let subscription = byURL[change.target] {
                    try await client.unsubscribe(subscription.id, token: token)
                    report.pushed += 1
                    changed = true
                }
                state.subscriptions[change.target] = nil
            case .subscribe:
                break  // already there
            default:
                kept.append(change)
            }
        }
        state.pending = kept
        return changed
    }
}
