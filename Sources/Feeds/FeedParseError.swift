import Foundation

/// Why a document could not be read as a feed, in words a reader understands.
public enum FeedParseError: Error, Equatable, Sendable, LocalizedError {
    /// The document is an HTML page, not a feed (a site's home page given instead of its feed).
    case htmlDocument
    /// The document is XML whose root element is no feed format lede knows.
    case unknownRoot(String)
    /// The document is empty or nothing but white space.
    case empty
    /// The bytes are not XML or JSON at all.
    case notAFeed
    /// The XML is too broken to find any feed in it; the detail is libxml2's message.
    case malformed(String)
    /// The JSON is broken or is not a JSON Feed.
    case invalidJSON(String)
    /// The file could not be read.
    case unreadable(String)

    public var errorDescription: String? {
        switch self {
        case .htmlDocument: "not a feed: the document is HTML"
        case .unknownRoot(let name): "not a feed: the document's root element is <\(name)>"
        case .empty: "not a feed: the document is empty"
        case .notAFeed: "not a feed: the document is neither XML nor JSON"
        case .malformed(let detail): "the feed is too malformed to read: \(detail)"
        case .invalidJSON(let detail): "not a JSON Feed: \(detail)"
        case .unreadable(let detail): "the feed could not be read: \(detail)"
        }
    }
}
