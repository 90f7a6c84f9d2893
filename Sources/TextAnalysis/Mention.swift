import ArticleModel

/// A stretch of tokens that names something, with the clues that decide what.
struct Mention: Sendable {
    struct Clues: OptionSet, Sendable {
        let rawValue: UInt16
        static let afterTitle = Clues(rawValue: 1 << 0)
        static let afterHonorific = Clues(rawValue: 1 << 1)
        static let afterPlacePrefix = Clues(rawValue: 1 << 2)
        static let afterLocative = Clues(rawValue: 1 << 3)
        static let hasOrgHead = Clues(rawValue: 1 << 4)
        static let placeSuffix = Clues(rawValue: 1 << 5)
        static let acronym = Clues(rawValue: 1 << 6)
        static let givenName = Clues(rawValue: 1 << 7)
        static let sentenceStart = Clues(rawValue: 1 << 8)
    }

    var block: Int
    /// Tokens `first..<end` of the block.
    var first: Int
    var end: Int
    /// Decided while scanning (gazetteer hits, dates, organisation heads) or later by `classify`.
    var kind: Entity.Kind?
    var clues: Clues = []

    var length: Int { end - first }
}
