import ArticleModel
import Foundation
import ReadingState

extension SyncEngine {
    /// Turns what the reader did since the last sync into queued changes, saved before any request:
    /// read marks and article bookmarks that differ from what the server last had, and subscriptions
    /// added to or removed from `feeds.opml`. A change queued earlier stays while the reader's state
    /// still says it; a later change of the same thing replaces it.
    func queueLocalChanges() throws(SyncError) {
        let document = reading.document
        var queued: [String: PendingChange] = [:]
        for change in state.pending where stillWanted(change, document) { queued[change.key] = change }
        for change in itemChanges(document) + subscriptionChanges() {
            if let earlier = queued[change.key], earlier.kind == change.kind { continue }
            queued[change.key] = change
        }
        state.pending = queued.values.sorted { ($0.time, $0.key) < ($1.time, $1.key) }
        try stateFile.save(state)
    }

    /// Article bookmarks (not quotation bookmarks) by path: a star is on a whole item.
    func articleBookmarks(_ document: StateDocument) -> [String: [Bookmark]] {
        Dictionary(grouping: document.bookmarks.values.filter { $0.quote == nil }, by: \.path)
    }

    private func itemChanges(_ document: StateDocument) -> [PendingChange] {
        let bookmarks = articleBookmarks(document)
        var changes: [PendingChange] = []
        for (id, item) in state.items {
            if let mark = document.read[item.file], mark.read != item.read, mark.modified > item.seen {
                changes.append(PendingChange(kind: mark.read ? .read : .unread, target: id, time: mark.modified))
            }
            let marks = bookmarks[item.file] ?? []
            if !item.starred, let newest = marks.map(\.created).max(), newest > item.seen {
                changes.append(PendingChange(kind: .star, target: id, time: newest))
            } else if item.starred, marks.isEmpty, let bookmark = item.bookmark, let deleted = document.deleted[bookmark] {
                changes.append(PendingChange(kind: .unstar, target: id, time: deleted))
            }
        }
        return changes
    }

    private func subscriptionChanges() -> [PendingChange] {
        let time = now()
        var changes: [PendingChange] = []
        let local = Set(subscriptions.subscriptions.map(\.url))
        for subscription in subscriptions.subscriptions
        where state.subscriptions[subscription.url] == nil && Self.isWeb(subscription.url) {
            changes.append(PendingChange(kind: .subscribe, target: subscription.url, time: time,
                                         title: subscription.title, folder: subscription.folder.last))
        }
        for (url, stream) in state.subscriptions where !local.contains(url) {
            changes.append(PendingChange(kind: .unsubscribe, target: url, time: time, stream: stream))
        }
        return changes
    }

    /// Whether a queued change still says what the reader's state says (not undone since).
    private func stillWanted(_ change: PendingChange, _ document: StateDocument) -> Bool {
        switch change.kind {
        case .read, .unread:
            guard let file = state.items[change.target]?.file, let mark = document.read[file] else { return true }
            return mark.read == (change.kind == .read)
        case .star, .unstar:
            guard let file = state.items[change.target]?.file else { return true }
            return (articleBookmarks(document)[file]?.isEmpty == false) == (change.kind == .star)
        case .subscribe: return subscriptions.subscriptions.contains { $0.url == change.target }
        case .unsubscribe: return !subscriptions.subscriptions.contains { $0.url == change.target }
        }
    }

    static func isWeb(_ url: String) -> Bool {
        let scheme = URL(string: url)?.scheme?.lowercased()
        return scheme == "http" || scheme == "https"
    }
}
