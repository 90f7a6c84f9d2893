/// In a football report a city's name is mostly its club's. Only with a cue, though: a table position
/// (`two points behind X`), an opponent (`the derby with X`, `against X`) or a player's possessive
/// (`X's Jan Novak`); elsewhere (`in X`) it stays the city.
extension EntityRecognizer {
    /// Words only football reports use often; a report names at least `footballCueCount` different ones.
    static let footballWords = KeySet(list: "football-words")
    static let footballCueCount = 3

    /// Whether English blocks read like a football report.
    static func isFootballReport(_ blocks: [BlockText]) -> Bool {
        var seen = Set<UInt64>()
        let words = footballWords  // (read once, not at every token)
        for block in blocks {
            // (The set first: its filter bits turn most tokens away, where the test of the kind passes most.)
            for token in block.tokens where words.contains(token.key) && token.kind == .word {
                seen.insert(token.key)
                if seen.count >= footballCueCount { return true }
            }
        }
        return false
    }

    /// Words right before a club: a position in the table or an opponent.
    static let tableWords = KeySet(list: "table-words")
    /// `derby with X`, `draw at X`, `defeat to X`: a match word, a preposition, then the opponent.
    static let matchNouns = KeySet(list: "match-nouns")
    static let matchPrepositions = KeySet(list: "match-prepositions")

    /// The city from `i` to `end` is a club in a football report.
    func footballClubCue(_ tokens: [Token], _ i: Int, _ end: Int) -> Bool {
        guard footballReport else { return false }
        if end + 1 < tokens.count, tokens[end].kind == .possessive, tokens[end + 1].isNameLike { return true }
        guard i > 0, tokens[i - 1].kind == .word else { return false }
        if Self.tableWords.contains(tokens[i - 1].key) { return true }
        return i > 1 && Self.matchPrepositions.contains(tokens[i - 1].key) && tokens[i - 2].kind == .word
            && Self.matchNouns.contains(tokens[i - 2].key)
    }

    static let county = Tokenizer.key(of: "County".unicodeScalars[...])

    /// `City`, `Town` after a town's name make its club; in a football report `County` too (`Derby
    /// County`), which elsewhere is a place (`Los Angeles County`).
    func isClubSuffix(_ token: Token) -> Bool {
        Self.clubSuffixes.contains(token.key) || footballReport && token.key == Self.county
    }
}
