import ArticleModel

extension EntityClassifier {
    /// `Lưu Diệc | Phi công khai`, `tỷ phú Trần Kim | Phi công khai`: a Vietnamese person's name cut
    /// before its last syllable (read as the start of a title, `phi công`) takes that syllable when the
    /// article names the person in full elsewhere.
    func completeCutNames(_ mentions: inout [Mention], blocks: [BlockText]) {
        guard vietnamese else { return }
        var fullNames = Set<[UInt64]>()
        for m in mentions where m.kind == .person && m.length >= 3 {
            fullNames.insert(blocks[m.block].tokens[m.first..<m.end].map(\.key))
        }
        guard !fullNames.isEmpty else { return }
        for index in mentions.indices where mentions[index].kind == .person && mentions[index].length >= 2 {
            let m = mentions[index], tokens = blocks[m.block].tokens
            guard m.end < tokens.count, tokens[m.end].kind == .word, tokens[m.end].isCapitalized, !tokens[m.end].isAllCaps,
                  index + 1 == mentions.count || mentions[index + 1].block != m.block || mentions[index + 1].first > m.end
            else { continue }
            if fullNames.contains(tokens[m.first...m.end].map(\.key)) { mentions[index].end += 1 }
        }
    }
}
