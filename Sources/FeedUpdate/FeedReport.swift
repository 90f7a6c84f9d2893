import Foundation

/// How fetching one feed went: the line `lede fetch` prints for it, and the browser's progress.
public struct FeedReport: Sendable, Equatable {
    public enum Status: String, Sendable, Codable {
        /// Fetched and parsed; `new`/`updated` say what changed.
        case fetched
        /// The server said nothing changed (304): nothing parsed.
        case notModified = "not-modified"
        /// Not asked: the server's `Retry-After` (or a back-off) is still running.
        case deferred
        case failed
    }

    /// The subscription's URL (its new one after a permanent redirect).
    public var url: String
    public var title: String?
    public var status: Status
    public var new = 0
    public var updated = 0
    /// The failure, or why the feed was deferred, in words.
    public var error: String?
    /// Where a permanent redirect moved the feed; the subscription now points there.
    public var movedFrom: String?
    /// New items stored with their page's article instead of the feed's summary (full-text feeds).
    public var fullText = 0
    /// New items of a full-text feed whose page gave no article: their summary was stored.
    public var summaryKept = 0
    /// Why the first such page gave no article.
    public var fullTextError: String?
    /// The new articles' paths relative to the library, for a browser to show them as they arrive.
    public var newFiles: [String] = []

    public init(url: String, title: String?, status: Status, error: String? = nil) {
        self.url = url
        self.title = title
        self.status = status
        self.error = error
    }
}
