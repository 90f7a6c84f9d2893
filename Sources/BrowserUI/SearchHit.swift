import ArticleModel

/// One article that matches the library search, as the list shows it: best matches come first.
public struct SearchHit: Hashable, Sendable {
    public var summary: ArticleSummary
    /// How many times the query's words occur in the article.
    public var matches: Int

    public init(summary: ArticleSummary, matches: Int) {
        self.summary = summary
        self.matches = matches
    }
}
