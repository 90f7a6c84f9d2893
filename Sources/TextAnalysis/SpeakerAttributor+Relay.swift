import ArticleModel

extension SpeakerAttributor {
    /// Phrases by which a medium relays someone's words (`dẫn lời`, `dẫn lại lời`, `trích lời`, `quoted`):
    /// the person after one is the speaker, not the medium before it.
    static let relayPhrases: [[UInt64]] = [
        ["dẫn", "lời"], ["dẫn", "lại", "lời"], ["trích", "lời"], ["trích", "dẫn", "lời"], ["dẫn", "phát", "biểu"],
        ["quoted"],
    ].map { $0.map { Tokenizer.key(of: $0.unicodeScalars[...]) } }

    /// Phrases that say, after a quotation, whose words it was (`" - vẫn là lời của X`, `". Điều đáng buồn là
    /// đó là phát biểu cuối cùng của X`, `were the words of X`).
    static let wordsOfPhrases: [[UInt64]] = [
        ["là", "lời"], ["là", "phát", "biểu"], ["là", "tuyên", "bố"], ["là", "chia", "sẻ"],
        ["là", "nhận", "định"], ["the", "words"],
    ].map { $0.map { Tokenizer.key(of: $0.unicodeScalars[...]) } }
    /// How many words (`cuối cùng`, `mới nhất`) may stand between such a phrase and its `của`.
    static let wordsOfReach = 3
    /// `Đó là`, opening the sentence right after a quotation: `Đó là (lời) tâm sự của X`.
    static let thatIs = ["đó", "là"].map { Tokenizer.key(of: $0.unicodeScalars[...]) }
    static let thatIsReach = 5
    static let loi = Tokenizer.key(of: "lời".unicodeScalars[...])

    /// `Tờ X dẫn lời ông Y: "...`, `"...", báo X dẫn lời Y`, `the BBC quoted Y as saying`: within `range`
    /// (the quotation's sentence before or after it), the person (else pronoun) right after a relaying
    /// phrase, past `của`/`of` and a title or form of address.
    func relayed(in range: Range<Int>) -> SpeakerRef? {
        guard let end = phraseEnd(Self.relayPhrases, in: range) else { return nil }
        var start = end
        if start < range.upperBound, block.tokens[start].key == Self.cua || block.tokens[start].key == Self.of { start += 1 }
        return speaker(after: start, in: range, reach: 3, kinds: [.person])
    }

    /// Whose words a quotation was, said in the words right after it (`range`): the person or body after
    /// `của`/`of` and a few words after a phrase of `wordsOfPhrases` anywhere (`" - vẫn là lời của thủ môn
    /// X.`), or after `Đó là` opening the range (`". Đó là tâm sự của chị X`); the person right after `lời`
    /// opening it (`", lời ông Long.`).
    func wordsOf(in range: Range<Int>) -> SpeakerRef? {
        let tokens = block.tokens
        // (`"...", lời ông Long.`: `lời` (the words of) opening them names the person right after it.)
        if range.count > 1, tokens[range.lowerBound].key == Self.loi, !tokens[range.lowerBound].isCapitalized {
            let start = range.lowerBound + (tokens[range.lowerBound + 1].key == Self.cua ? 2 : 1)
            if let found = speaker(after: start, in: range, reach: 3, kinds: [.person]) { return found }
        }
        let opensWithThatIs = range.count > Self.thatIs.count && tokens.hasKeys(Self.thatIs, at: range.lowerBound)
        guard let end = opensWithThatIs ? range.lowerBound + 2 : phraseEnd(Self.wordsOfPhrases, in: range) else { return nil }
        let reach = opensWithThatIs ? Self.thatIsReach : Self.wordsOfReach
        // (After `Đó là`, at least one word names the kind of words: `Đó là chia sẻ của`.)
        guard let of = (end..<min(range.upperBound, end + reach + 1)).first(where: {
                  tokens[$0].key == Self.cua || tokens[$0].key == Self.of
              }),
              !opensWithThatIs || of > end,
              !tokens[end..<of].contains(where: { $0.kind != .word }) else { return nil }
        return speaker(after: of + 1, in: range, reach: 4, kinds: [.person, .organization])
    }

    /// The first words of `relayPhrases` and of `wordsOfPhrases`: a word that is none opens neither.
    static let phraseOpenings = KeySet((relayPhrases + wordsOfPhrases).compactMap(\.first))

    /// The end of the first of `phrases` found in `range` (lowercase, or opening its sentence).
    private func phraseEnd(_ phrases: [[UInt64]], in range: Range<Int>) -> Int? {
        let tokens = block.tokens
        for r in range where tokens[r].kind == .word && Self.phraseOpenings.contains(tokens[r].key)
            && (!tokens[r].isCapitalized || tokens[r].sentenceStart) {
            if let words = phrases.first(where: { tokens.hasKeys($0, at: r, before: range.upperBound) }) {
                return r + words.count
            }
        }
        return nil
    }

    /// The person named within `reach` words after token `start` (a title or form of address may stand
    /// before it), none of them a mark, or a body of `kinds` right there; else a pronoun right there.
    private func speaker(after start: Int, in range: Range<Int>, reach: Int, kinds: [Entity.Kind]) -> SpeakerRef? {
        let tokens = block.tokens
        let low = namedPosition(from: start)
        // (A body only right there: `của vị HLV trưởng CLB X` is the coach's words, not the club's.)
        if low < named.count, let kind = mentions[named[low]].kind, kinds.contains(kind),
           mentions[named[low]].end <= range.upperBound,
           mentions[named[low]].first - start <= (kind == .person ? reach : 0),
           !tokens[start..<mentions[named[low]].first].contains(where: { $0.kind == .punct }) {
            return .mention(named[low])
        }
        if start < range.upperBound, let pronoun = gazetteer.match(tokens, at: start, [.pronoun]) {
            return .pronoun(block: block.index, tokens: start..<(start + pronoun.length))
        }
        return nil
    }
}
