import Foundation

/// One item to keep as an article: a feed entry, or a web page saved by hand. Every field may come from
/// a hostile source; the store makes it safe for file names and front matter.
public struct StoredItem: Sendable, Equatable {
    /// The source's own identifier (RSS `guid`, Atom `id`), if any.
    public var id: String?
    public var title: String?
    /// The item's web address.
    public var link: String?
    /// When it was published (or, failing that, last updated), if the source said.
    public var date: Date?
    public var author: String?
    /// The body as Markdown-shaped text: paragraphs separated by blank lines.
    public var text: String
    /// The reader's tags (`lede save --tag`), written as the front matter's `tags` list.
    public var tags: [String]

    public init(id: String? = nil, title: String? = nil, link: String? = nil, date: Date? = nil,
                author: String? = nil, text: String, tags: [String] = []) {
        self.id = id
        self.title = title
        self.link = link
        self.date = date
        self.author = author
        self.text = text
        self.tags = tags
    }

    /// What identifies the item across fetches: its id, else its link, else its title and date.
    var key: String {
        if let id = id?.trimmed, !id.isEmpty { return "id:" + id }
        if let link = trimmedLink { return "link:" + link }
        let stamp = date.map { String(Int($0.timeIntervalSince1970)) } ?? "-"
        return "title:" + (title ?? "") + "|" + stamp
    }
}

/// The feed (or site) an item belongs to, as its articles name it.
public struct FeedIdentity: Sendable, Equatable {
    /// The subscription's URL: the `feed` field of every article, and the key of its fetch state.
    public var url: String
    /// The feed's title: each article's `source`.
    public var title: String?

    public init(url: String, title: String?) {
        self.url = url
        self.title = title
    }
}
