/// A feed's own details and its items, as parsed.
public struct ParsedFeed: Sendable, Equatable {
    public var format: FeedFormat
    public var title: String?
    /// The site the feed belongs to (absolute when it could be resolved).
    public var link: String?
    public var items: [FeedItem]

    public init(format: FeedFormat, title: String? = nil, link: String? = nil, items: [FeedItem] = []) {
        self.format = format
        self.title = title
        self.link = link
        self.items = items
    }
}
