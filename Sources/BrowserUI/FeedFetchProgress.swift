/// How far a feed fetch (`r` in a library with subscriptions) has come, shown in the status bar.
public struct FeedFetchProgress: Hashable, Sendable {
    public var done: Int
    public var total: Int
    public var new: Int
    public var updated: Int
    /// Feeds that failed, each as `name: reason`.
    public var failures: [String]
    /// The feed that finished last.
    public var last: String?
    /// While syncing with the library's feed server: the account and how far it has come.
    public var syncing: String?
    /// How the sync went: its one line, and whether it failed.
    public var synced: String?
    public var syncFailed = false

    public init(done: Int = 0, total: Int, new: Int = 0, updated: Int = 0, failures: [String] = [], last: String? = nil) {
        self.done = done
        self.total = total
        self.new = new
        self.updated = updated
        self.failures = failures
        self.last = last
    }

    /// `Fetching feeds 3/20 · 12 new · 1 failed · World News`.
    public var text: String {
        if let syncing { return "Syncing " + syncing }
        var parts = ["Fetching feeds \(done)/\(total)", "\(new) new"]
        if !failures.isEmpty { parts.append("\(failures.count) failed") }
        if let last { parts.append(last) }
        return parts.joined(separator: " · ")
    }

    /// The message once every feed is done.
    var summary: StatusMessage {
        var counts = "\(total) feed\(total == 1 ? "" : "s") fetched: \(new) new, \(updated) updated"
        if let synced { counts = total == 0 ? "Synced " + synced : counts + "; synced " + synced }
        guard !failures.isEmpty || syncFailed else { return StatusMessage(counts) }
        let failed = failures.isEmpty ? "" : "; \(failures.count) failed: " + failures.joined(separator: "; ")
        return StatusMessage(counts + failed, kind: .error)
    }
}
