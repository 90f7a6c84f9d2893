import ArticleModel

extension SpeakerAttributor {
    /// Phrases by which a medium relays someone's words (`dẫn lời`, `dẫn lại lời`, `trích lời`, `quoted`):
    /// the person after one is the speaker, not the medium before it.
    static let relayPhrases: [[UInt64]] = [
        ["dẫn", "lời"], ["dẫn", "lại", "lời"], ["trích", "lời"], ["trích", "dẫn", "lời"], ["dẫn", "phát", "biểu"],
        ["quoted"],
    ].map { $0.map { Tokenizer.key(of: $0.unicodeScalars[...]) } }

    /// Phrases that say, after a quotation, whose words it was (`" - vẫn là lời của X`, `". Đó là phát biểu
    /// cuối cùng của X`, `were the words of X`): the person after `của`/`of` is the speaker, even in a new
    /// sentence.
    static let wordsOfPhrases: [[UInt64]] = [
        ["là", "lời"], ["là", "lời", "nói"], ["là", "phát", "biểu"], ["là", "tuyên", "bố"], ["là", "chia", "sẻ"],
        ["là", "nhận", "định"], ["the", "words"],
    ].map { $0.map { Tokenizer.key(of: $0.unicodeScalars[...]) } }
    /// How many words (`cuối cùng`, `mới nhất`) may stand between such a phrase and its `của`.
    static let wordsOfReach = 3

    /// `Tờ X dẫn lời ông Y: "...`, `"...", báo X dẫn lời Y`, `the BBC quoted Y as saying`: within `range`
    /// (the quotation's sentence before or after it), the person (else pronoun) right after a relaying
    /// phrase, past `của`/`of` and a title or form of address.
    func relayed(in range: Range<Int>) -> SpeakerRef? {
        guard let (_, end) = phrase(Self.relayPhrases, in: range) else { return nil }
        var start = end
        if start < range.upperBound, block.tokens[start].key == Self.cua || block.tokens[start].key == Self.of { start += 1 }
        return speaker(after: start, in: range)
    }

    /// `" - vẫn là lời của thủ môn X.`, `". Đó chính là phát biểu cuối cùng của HLV X`: the person after
    /// a phrase of `wordsOfPhrases` and, within a few words, `của`/`of`.
    func wordsOf(in range: Range<Int>) -> SpeakerRef? {
        let tokens = block.tokens
        guard let (_, end) = phrase(Self.wordsOfPhrases, in: range),
              let of = (end..<min(range.upperBound, end + Self.wordsOfReach + 1)).first(where: {
                  tokens[$0].key == Self.cua || tokens[$0].key == Self.of
              }),
              !tokens[end..<of].contains(where: { $0.kind == .punct }) else { return nil }
        return speaker(after: of + 1, in: range)
    }

    /// The first of `phrases` found in `range` (lowercase, or opening its sentence): its first token and end.
    private func phrase(_ phrases: [[UInt64]], in range: Range<Int>) -> (Int, Int)? {
        let tokens = block.tokens
        for r in range where tokens[r].kind == .word && (!tokens[r].isCapitalized || tokens[r].sentenceStart) {
            if let words = phrases.first(where: { words in
                r + words.count <= range.upperBound && words.indices.allSatisfy { tokens[r + $0].key == words[$0] }
            }) {
                return (r, r + words.count)
            }
        }
        return nil
    }

    /// The person named within a few words after token `start` (a title or form of address may stand
    /// before it), none of them a mark; else a pronoun right there.
    private func speaker(after start: Int, in range: Range<Int>) -> SpeakerRef? {
        let tokens = block.tokens
        let low = namedPosition(from: start)
        if low < named.count, mentions[named[low]].kind == .person, mentions[named[low]].end <= range.upperBound,
           mentions[named[low]].first - start <= 3,
           !tokens[start..<mentions[named[low]].first].contains(where: { $0.kind == .punct }) {
            return .mention(named[low])
        }
        if start < range.upperBound, let pronoun = gazetteer.match(tokens, at: start, [.pronoun]) {
            return .pronoun(block: block.index, tokens: start..<(start + pronoun.length))
        }
        return nil
    }
}
