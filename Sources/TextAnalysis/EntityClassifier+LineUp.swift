import ArticleModel

/// What a team's line-up (`EntityRecognizer+LineUp`) says of the rest of the article.
extension EntityClassifier {
    /// Keys of the words of the players' names in the article's line-ups: a lone one elsewhere (`Oblak`
    /// in the match report) is the player.
    func lineUpPlayerWords(_ mentions: [Mention], _ blocks: [BlockText]) -> KeySet {
        var words = KeySet()
        for m in mentions where m.kind == .person && m.clues.contains(.lineUp) {
            for token in blocks[m.block].tokens[m.first..<m.end] where token.kind == .word { words.insert(token.key) }
        }
        return words
    }

    /// `HUESCA (3-5-2): ...`: a one-word team of a line-up is the team wherever the article names it alone,
    /// not a person (`cầu thủ Huesca`: the team's players) nor a place (`Barcelona`).
    func settleLineUpTeams(_ mentions: inout [Mention], _ blocks: [BlockText]) {
        var teams = KeySet()
        var any = false
        for m in mentions where m.kind == .organization && m.length == 1 && m.clues.contains(.lineUp) {
            teams.insert(blocks[m.block].tokens[m.first].key)
            any = true
        }
        guard any else { return }
        for index in mentions.indices where mentions[index].length == 1 && mentions[index].kind != nil {
            let m = mentions[index]
            if teams.contains(blocks[m.block].tokens[m.first].key), !m.clues.contains(.lineUp) {
                mentions[index].kind = .organization
            }
        }
    }
}
