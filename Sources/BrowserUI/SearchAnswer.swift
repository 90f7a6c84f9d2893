import ArticleModel

/// What the executable answers to the search effects (`.search`, `.findMatches`, `.tally`), computed
/// off the run loop for the library and in place for one article.
public enum SearchAnswer: Hashable, Sendable {
    /// The articles matching `query`, best first.
    case results(query: String, [SearchHit])
    /// Where `query` matches in the article `article`: spans in its blocks (block -2 is the title).
    case matches(query: String, article: ArticleID, [TextSpan])
    case entities([EntityGroup])
    case speakers([SpeakerTally])
    case quotations(speaker: String, [QuotationRef])
    /// The search history kept from earlier runs, oldest first.
    case history([String])
}
