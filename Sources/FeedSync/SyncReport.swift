/// What a sync did, for `lede sync`'s line (or JSON) and the browser's status bar.
public struct SyncReport: Sendable, Equatable {
    /// `user@host`, as messages name the account.
    public var account: String
    /// Items stored as new articles, and articles rewritten because the item changed.
    public var new = 0
    public var updated = 0
    /// States taken from the server onto read marks and bookmarks.
    public var markedRead = 0
    public var markedUnread = 0
    public var starred = 0
    public var unstarred = 0
    /// Subscriptions the server added or removed, now in (or out of) `feeds.opml`.
    public var subscriptionsAdded = 0
    public var subscriptionsRemoved = 0
    /// Local changes pushed to the server.
    public var pushed = 0
    /// Local changes still waiting (all of them when the sync failed).
    public var pending = 0
    /// Problems that did not stop the sync (a subscription the server refused), in words.
    public var problems: [String] = []
    /// Why the sync stopped; nil when it completed.
    public var error: SyncError?

    public init(account: String) { self.account = account }

    /// One line: `lede@rss.example.net: 12 new, 3 updated; 2 read, 1 starred from the server; 4 changes pushed`,
    /// or the failure naming the account.
    public var line: String {
        if let error {
            let kept = pending > 0 ? "; \(pending) local change\(pending == 1 ? "" : "s") kept for the next sync" : ""
            return "\(account): \(error.words)\(kept)"
        }
        var parts = ["\(new) new, \(updated) updated"]
        let states = [(markedRead, "read"), (markedUnread, "unread"), (starred, "starred"), (unstarred, "unstarred")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        if !states.isEmpty { parts.append(states.joined(separator: ", ") + " from the server") }
        if subscriptionsAdded + subscriptionsRemoved > 0 {
            parts.append("subscriptions: \(subscriptionsAdded) added, \(subscriptionsRemoved) removed by the server")
        }
        parts.append("\(pushed) change\(pushed == 1 ? "" : "s") pushed")
        return "\(account): " + parts.joined(separator: "; ")
    }
}
