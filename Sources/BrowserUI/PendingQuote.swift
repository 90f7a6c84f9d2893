import ArticleModel

/// A quotation to select once its article is open, whichever view it was chosen in: the speakers view
/// (where the index saw it) or the bookmarks view (as it was bookmarked, perhaps in an older text).
public struct PendingQuote: Hashable, Sendable {
    /// How the quotation is found again in the article that arrives.
    public enum Place: Hashable, Sendable {
        /// From the index: its span, or failing that its position among the article's quotes.
        case indexed(TextSpan, index: Int)
        /// From a bookmark: its words, nearest the saved place when they occur twice.
        case bookmarked(BookmarkedQuote)
    }

    public var article: ArticleID
    public var place: Place

    public init(article: ArticleID, place: Place) {
        self.article = article
        self.place = place
    }
}
