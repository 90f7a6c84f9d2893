/// One subscription as the feeds view (`f`) shows it.
public struct FeedRowSummary: Hashable, Sendable {
    /// The subscription's name.
    public var title: String
    /// What its articles give as `source` (the feed's own title): Enter filters the list by it.
    public var source: String?
    public var articles: Int
    public var unread: Int
    /// The last fetch's failure, in words.
    public var error: String?

    public init(title: String, source: String?, articles: Int, unread: Int, error: String?) {
        self.title = title
        self.source = source
        self.articles = articles
        self.unread = unread
        self.error = error
    }
}

/// The feeds view: the library's subscriptions (nil until the runtime has listed them) and the
/// selected row.
public struct FeedsList: Hashable, Sendable {
    public var rows: [FeedRowSummary]?
    public var selection = 0

    public init(rows: [FeedRowSummary]? = nil, selection: Int = 0) {
        self.rows = rows
        self.selection = selection
    }
}
