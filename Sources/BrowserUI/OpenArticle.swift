import ArticleModel

/// The article in the reading pane, laid out for the pane's width, with the reading position.
public struct OpenArticle: Hashable, Sendable {
    public var article: Article
    public var layout: ReadingLayout
    /// The first line shown.
    public var scroll: Int = 0
    /// The quote highlighted in the reading pane and the sidebar.
    public var selectedQuote: Int?

    public init(article: Article, width: Int) {
        self.article = article
        self.layout = ReadingLayout(article: article, width: width)
    }
}
