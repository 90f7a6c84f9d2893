import ArticleModel

/// Players named by surname alone in Vietnamese football reports.
extension EntityClassifier {
    static let playerActions = PhraseSet(list: "player-actions")

    /// `Pellegrini đã dứt điểm`, `Foden đệm bóng`, `bị Smalling phạm lỗi`: in a Vietnamese football report a
    /// lone foreign word the recogniser left open, right before a verb of one player's play (after at most two
    /// words of time: `đã`, `vừa`), is a player; the keys of such words, which are then people throughout.
    /// (Alone, such a word is taken for a company: `Garmin`.)
    func playerWords(_ mentions: [Mention], _ blocks: [BlockText]) -> [UInt64] {
        guard vietnamese else { return [] }
        var football: Bool?  // (found on first need: most articles have no such word)
        var words: [UInt64] = []
        for m in mentions where m.kind == nil && m.length == 1 && m.clues.isDisjoint(with: [.acronym, .hasOrgHead, .afterOrgCue]) {
            let block = blocks[m.block], tokens = block.tokens
            guard isForeignWord(block, m.first) else { continue }
            var j = m.end
            while j < tokens.count, j < m.end + 2, tokens[j].kind == .word, !tokens[j].isCapitalized,
                  SpeakerAttributor.beforeVerb.contains(tokens[j].key) {
                j += 1
            }
            guard j < tokens.count, !tokens[j].isCapitalized, Self.playerActions.startsPhrase(tokens, at: j) else { continue }
            if football == nil { football = EntityRecognizer.isFootballReport(blocks) }
            guard football == true else { return [] }
            words.append(tokens[m.first].key)
        }
        return words
    }
}
