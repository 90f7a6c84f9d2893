/// What the text analysis found in one article.
public struct Analysis: Codable, Sendable, Hashable {
    /// Direct quotations, in reading order.
    public var quotes: [Quote]
    /// Short quoted terms, scare quotes, titles and nicknames: kept apart from quotations.
    public var terms: [Quote]
    public var entities: [Entity]

    public init(quotes: [Quote] = [], terms: [Quote] = [], entities: [Entity] = []) {
        self.quotes = quotes
        self.terms = terms
        self.entities = entities
    }

    public static let empty = Analysis()
}
