import ArticleModel

/// One quotation of a speaker, with the article it is in: Enter opens the article at the quote.
public struct QuotationRef: Hashable, Sendable {
    public var text: String
    public var article: ArticleSummary
    /// Where the quote is in the article, to find it again once the article is loaded.
    public var span: TextSpan
    /// Its position among the article's quotes when it was indexed.
    public var quoteIndex: Int

    public init(text: String, article: ArticleSummary, span: TextSpan, quoteIndex: Int) {
        self.text = text
        self.article = article
        self.span = span
        self.quoteIndex = quoteIndex
    }
}
