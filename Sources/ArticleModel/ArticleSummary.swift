/// What the article list needs to know about an article without its body: small enough to keep
/// 100,000 of them in memory and in the index.
public struct ArticleSummary: Codable, Sendable, Hashable, Identifiable {
    public var id: ArticleID
    public var path: String
    public var title: String
    public var source: String?
    public var date: ArticleDate?
    public var fingerprint: String

    public init(id: ArticleID, path: String, title: String, source: String?, date: ArticleDate?, fingerprint: String) {
        self.id = id
        self.path = path
        self.title = title
        self.source = source
        self.date = date
        self.fingerprint = fingerprint
    }
}

extension Article {
    public var summary: ArticleSummary {
        ArticleSummary(id: id, path: path, title: title, source: source, date: date, fingerprint: fingerprint)
    }
}
