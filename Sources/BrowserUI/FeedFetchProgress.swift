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
        var parts = ["Fetching feeds \(done)/\(total)", "\(new) new"]
        if !failures.isEmpty { parts.append("\(failures.count) failed") }
        if let last { parts.append(last) }
        return parts.joined(separator: " · ")
    }

    /// The message once every feed is done.
    var summary: StatusMessage {
        let counts = "\(total) feed\(total == 1 ? "" : "s") fetched: \(new) new, \(updated) updated"
        guard !failures.isEmpty else { return StatusMessage(counts) }
        return StatusMessage(counts + "; \(failures.count) failed: " + failures.joined(separator: "; "), kind: .error)
    }
}
