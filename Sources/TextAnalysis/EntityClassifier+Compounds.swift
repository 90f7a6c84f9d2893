import ArticleModel

extension EntityClassifier {
    /// Gazetteer words a compound's second syllable never is: after them the capital is a name's
    /// (`Lê được`, `Pháp của`, `Hùng và`).
    static let notCompoundEnds: Gazetteer.Category = [.functionWord, .conjunction, .stopword, .pronoun, .speechVerb,
                                                      .timeWord, .connector]

    /// `Khoa học máy tính`, `Thạc sĩ Quản trị kinh doanh`, `tại Khách sạn Alisia`, `Mỹ thuật`: in Vietnamese a
    /// capitalised syllable right before a lowercase one, where the article writes the two in lowercase
    /// elsewhere (`khoa học`, `khách sạn`), is a compound word written with a capital (a term's, a sentence's
    /// first), no name of one syllable. Not after a title, a form of address or a place's prefix.
    func dropCapitalisedCompounds(_ mentions: inout [Mention], _ blocks: [BlockText]) {
        guard vietnamese else { return }
        var pairs = KeySet()
        var firstWords: UInt64 = 0  // (a one-word filter on the pairs' first words: most words are none)
        var candidates: [(index: Int, pair: UInt64)] = []
        for (index, m) in mentions.enumerated() where m.kind != nil && m.kind != .date && m.length == 1
            && m.clues.isDisjoint(with: [.afterTitle, .afterHonorific, .afterPlacePrefix]) {
            let tokens = blocks[m.block].tokens
            guard m.end < tokens.count, tokens[m.first].isCapitalized, isCompoundEnd(tokens, m.end) else { continue }
            let pair = TokenKey.combine(TokenKey.combine(TokenKey.seed, tokens[m.first].key), tokens[m.end].key)
            pairs.insert(pair)
            firstWords |= 1 << (tokens[m.first].key & 63)
            candidates.append((index, pair))
        }
        guard !candidates.isEmpty else { return }
        var written = KeySet()
        for block in blocks {
            let tokens = block.tokens
            // (The candidates' second words passed `isCompoundEnd`: the pair's key alone tells them here.)
            for j in tokens.indices.dropLast() where firstWords & (1 << (tokens[j].key & 63)) != 0
                && tokens[j].kind == .word && !tokens[j].isCapitalized && !tokens[j].isAllCaps
                && tokens[j + 1].kind == .word && !tokens[j + 1].isCapitalized {
                let pair = TokenKey.combine(TokenKey.combine(TokenKey.seed, tokens[j].key), tokens[j + 1].key)
                if pairs.contains(pair) { written.insert(pair) }
            }
        }
        for candidate in candidates where written.contains(candidate.pair) { mentions[candidate.index].kind = nil }
    }

    /// A lowercase word at `j` that may end a compound.
    private func isCompoundEnd(_ tokens: [Token], _ j: Int) -> Bool {
        j < tokens.count && tokens[j].kind == .word && !tokens[j].isCapitalized && !tokens[j].isAllCaps
            && gazetteer.categories(tokens, at: j).isDisjoint(with: Self.notCompoundEnds)
    }
}
