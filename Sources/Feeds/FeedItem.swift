import Foundation

/// One entry of a feed: an article, with its content both as the feed's HTML and as readable text.
public struct FeedItem: Sendable, Equatable {
    /// The feed's own identifier (`guid`, `id`, `rdf:about`), trimmed; nil when it has none.
    public var id: String?
    public var title: String?
    /// The article's address, absolute when it could be resolved against `xml:base` or the feed's URL.
    public var link: String?
    public var published: Date?
    public var updated: Date?
    public var author: String?
    /// The item's content as HTML: `content:encoded` or Atom `content` preferred over a description or summary.
    public var html: String?
    /// That content as plain text with paragraphs, headings, quotes and lists kept; "" when there is none.
    public var text: String
    /// Enclosure and attachment URLs.
    public var enclosures: [String]
    public var categories: [String]

    public init(
        id: String? = nil, title: String? = nil, link: String? = nil, published: Date? = nil, updated: Date? = nil,
        author: String? = nil, html: String? = nil, text: String = "", enclosures: [String] = [],
        categories: [String] = []
    ) {
        self.id = id
        self.title = title
        self.link = link
        self.published = published
        self.updated = updated
        self.author = author
        self.html = html
        self.text = text
        self.enclosures = enclosures
        self.categories = categories
    }
}
