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
        /// A lone capitalised word at a sentence's start, never capitalised elsewhere: a name only if it
        /// is a word of a person's name found in the article.
        static let weak = Clues(rawValue: 1 << 9)
        /// Right before a role and a name (`Arsenal boss Arsene Wenger`): the body the person belongs to.
        static let beforeRole = Clues(rawValue: 1 << 10)
        /// Right after words that introduce a body (`chipmaker X`, `analysts at X`, `shares in X`).
        static let afterOrgCue = Clues(rawValue: 1 << 11)
        /// A name the article does not count (a vessel's, `tàu ngầm X`): it and its words elsewhere stay
        /// unnamed.
        static let noEntity = Clues(rawValue: 1 << 12)
        /// One word right before a work's noun (`Today programme`, `Gervais sitcom`): the work's title
        /// unless it is a word of a person's name found in the article.
        static let beforeWork = Clues(rawValue: 1 << 13)
        /// Named in a team's line-up (`EntityRecognizer+LineUp`): a lone word of the player's name, or the
        /// team's, is the same player or team elsewhere in the article.
        static let lineUp = Clues(rawValue: 1 << 14)
        /// A run of two words or more typed a person by `EntityClassifier`'s default, no clue having decided
        /// (`decide`): what `EntityKindModel` takes a second look at.
        static let guessed = Clues(rawValue: 1 << 15)
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
