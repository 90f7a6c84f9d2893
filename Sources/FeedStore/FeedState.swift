import Foundation

/// What lede remembers about fetching one feed: the validators for a conditional GET, when it last
/// fetched and how that went, how long the server asked it to wait, and which file holds each item.
public struct FeedState: Codable, Sendable, Equatable {
    /// The feed's folder, relative to the library; fixed at the first item so that a renamed feed
    /// does not scatter its articles.
    public var folder: String?
    public var etag: String?
    public var lastModified: String?
    public var lastFetch: Date?
    /// The last failure in words; nil after a success.
    public var lastError: String?
    /// No request before this time (the server's `Retry-After`, or a back-off).
    public var retryAfter: Date?
    /// Each item's file, by the item's key (id, else link, else title and date).
    public var items: [String: ItemRecord] = [:]

    public init() {}
}

/// Where an item lives and what it last said.
public struct ItemRecord: Codable, Sendable, Equatable {
    /// The file, relative to the library.
    public var file: String
    /// A digest of what was written, to tell an item changed upstream from one that did not.
    public var digest: String
    /// When lede first stored the item: its date when the feed gives none.
    public var firstFetched: Date
    /// The item's web address, to recognise it when it comes without an id (through a feed server)
    /// after it came with one (fetched directly), or the other way round.
    public var link: String?
}

/// The fetch state of a whole library, kept in the hidden file `.lede-feeds-state.json` at its root
/// (hidden, so the library scanner never reads it as an article).
public struct FetchStateDocument: Codable, Sendable, Equatable {
    public static let fileName = ".lede-feeds-state.json"

    public var version = 1
    /// By subscription URL.
    public var feeds: [String: FeedState] = [:]

    public init() {}
}
