import ArticleModel

/// The article in the reading pane, laid out for the pane's width, with the reading position.
public struct OpenArticle: Hashable, Sendable {
    public var article: Article
    public var layout: ReadingLayout
    /// The first line shown.
    public var scroll: Int = 0
    /// The quote highlighted in the reading pane and the sidebar.
    public var selectedQuote: Int?
    /// The quotes laid out for the sidebar's width (kept, like `layout`, so a frame only copies cells).
    public var sidebar: SidebarLayout
    /// Shown because it is selected in the list, not opened: not marked read, laid out as a preview.
    public var isPreview = false

    public init(article: Article, width: Int, sidebarWidth: Int = 24) {
        self.article = article
        self.layout = ReadingLayout(article: article, width: width)
        self.sidebar = SidebarLayout(quotes: article.analysis.quotes, width: sidebarWidth)
    }

    /// The sidebar layout for `width`: the kept one when the width matches.
    func sidebar(width: Int) -> SidebarLayout {
        sidebar.width == width ? sidebar : SidebarLayout(quotes: article.analysis.quotes, width: width)
    }
}
