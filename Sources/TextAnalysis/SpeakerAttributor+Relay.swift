import ArticleModel

extension SpeakerAttributor {
    /// Phrases by which a medium relays someone's words (`dẫn lời`, `dẫn lại lời`, `trích lời`, `quoted`):
    /// the person after one is the speaker, not the medium before it.
    static let relayPhrases: [[UInt64]] = [
        ["dẫn", "lời"], ["dẫn", "lại", "lời"], ["trích", "lời"], ["trích", "dẫn", "lời"], ["dẫn", "phát", "biểu"],
        ["quoted"],
    ].map { $0.map { Tokenizer.key(of: $0.unicodeScalars[...]) } }

    /// `Tờ X dẫn lời ông Y: "...`, `"...", báo X dẫn lời Y`, `the BBC quoted Y as saying`: within `range`
    /// (the quotation's sentence before or after it), the person (else pronoun) right after a relaying
    /// phrase, past `của`/`of` and a title or form of address.
    func relayed(in range: Range<Int>) -> SpeakerRef? {
        let tokens = block.tokens
        for r in range where tokens[r].kind == .word && (!tokens[r].isCapitalized || tokens[r].sentenceStart) {
            guard let phrase = Self.relayPhrases.first(where: { words in
                r + words.count <= range.upperBound && words.indices.allSatisfy { tokens[r + $0].key == words[$0] }
            }) else { continue }
            var start = r + phrase.count
            if start < range.upperBound, tokens[start].key == Self.cua || tokens[start].key == Self.of { start += 1 }
            let low = namedPosition(from: start)
            // The name within a few words (a title or form of address may stand before it), none of them a mark.
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
        return nil
    }
}
