import Foundation

/// A bookmark on an article, or on one quotation in it, with an optional note.
///
/// It remembers the article three ways, because files move and change: by id and library-relative path
/// (an edited file keeps its path) and by content fingerprint (a renamed file keeps its text).
public struct Bookmark: Codable, Sendable, Hashable, Identifiable {
    /// A UUID string: stays the same across runs and machines, so merges can tell bookmarks apart.
    public var id: String
    public var articleID: ArticleID
    /// The article file's path inside its library.
    public var path: String
    /// `Article.fingerprint` of the article when it was last matched.
    public var fingerprint: String
    public var title: String
    /// The bookmarked quotation; nil for a bookmark on the whole article.
    public var quote: BookmarkedQuote?
    /// The reader's short note; nil when there is none.
    public var note: String?
    public var created: Date
    /// When the reader last changed the bookmark (its note): decides which copy a merge keeps.
    public var modified: Date
    /// When `path`, `fingerprint` and `title` were last set: merged apart from `modified`, so that
    /// following a renamed file never overwrites a note written meanwhile in another lede.
    public var located: Date

    public init(
        id: String = UUID().uuidString, articleID: ArticleID, path: String, fingerprint: String, title: String,
        quote: BookmarkedQuote? = nil, note: String? = nil, created: Date, modified: Date? = nil,
        located: Date? = nil
    ) {
        self.id = id
        self.articleID = articleID
        self.path = path
        self.fingerprint = fingerprint
        self.title = title
        self.quote = quote
        self.note = note
        self.created = created
        self.modified = modified ?? created
        self.located = located ?? created
    }

    enum CodingKeys: String, CodingKey {
        case id, path, fingerprint, title, quote, note, created, modified, located
        case articleID = "article_id"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        articleID = try container.decode(ArticleID.self, forKey: .articleID)
        path = try container.decode(String.self, forKey: .path)
        fingerprint = try container.decode(String.self, forKey: .fingerprint)
        title = try container.decode(String.self, forKey: .title)
        quote = try container.decodeIfPresent(BookmarkedQuote.self, forKey: .quote)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        created = try container.decode(Date.self, forKey: .created)
        modified = try container.decodeIfPresent(Date.self, forKey: .modified) ?? created
        // Hand-written files may leave it out: the creation time is the honest default.
        located = try container.decodeIfPresent(Date.self, forKey: .located) ?? created
    }
}

/// The quotation a bookmark points at: its words (to find it again after an edit), where it was,
/// and who said it.
public struct BookmarkedQuote: Codable, Sendable, Hashable {
    public var text: String
    public var span: TextSpan
    public var speaker: String?

    public init(text: String, span: TextSpan, speaker: String? = nil) {
        self.text = text
        self.span = span
        self.speaker = speaker
    }

    public init(_ quote: Quote) {
        self.init(text: quote.text, span: quote.span, speaker: quote.speaker)
    }
}
