/// A set of short phrases keyed as the gazetteer keys them (`TokenKey.combine` over their words' keys), for
/// a rule that asks whether one of them ends right before a token: one hash probe per phrase length, not a
/// scan of the list.
struct PhraseSet: Sendable {
    private var keys = KeySet()
    /// The most words in a phrase of the set.
    private(set) var longest = 0

    /// The phrases of the list `Gazetteers/NAME.txt`, one per line, words split at spaces.
    init(list name: String) {
        for line in Gazetteer.listEntries(name) {
            let words = line.split(separator: " ")
            keys.insert(words.reduce(TokenKey.seed) { TokenKey.combine($0, Tokenizer.key(of: $1.unicodeScalars)) })
            longest = max(longest, words.count)
        }
    }

    /// Whether one of the phrases starts at token `start` (case is not compared).
    func startsPhrase(_ tokens: [Token], at start: Int) -> Bool {
        for length in 1...max(longest, 1) where start + length <= tokens.count {
            let key = tokens[start..<(start + length)].reduce(TokenKey.seed) { TokenKey.combine($0, $1.key) }
            if keys.contains(key) { return true }
        }
        return false
    }

    /// Whether the tokens of `range` are one of the phrases, exactly (case is not compared).
    func isPhrase(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        !range.isEmpty && range.count <= longest
            && keys.contains(tokens[range].reduce(TokenKey.seed) { TokenKey.combine($0, $1.key) })
    }

    /// Whether the words right before token `end` are one of the phrases (case is not compared).
    func endsPhrase(_ tokens: [Token], before end: Int) -> Bool {
        phraseLength(tokens, before: end) != nil
    }

    /// The number of words of the phrase of the set right before token `end`, if one is (the shortest).
    func phraseLength(_ tokens: [Token], before end: Int) -> Int? {
        for length in 1...max(longest, 1) where length <= end {
            let key = tokens[(end - length)..<end].reduce(TokenKey.seed) { TokenKey.combine($0, $1.key) }
            if keys.contains(key) { return length }
        }
        return nil
    }
}
