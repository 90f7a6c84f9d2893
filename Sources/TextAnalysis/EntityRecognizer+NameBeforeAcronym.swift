/// `Ngân hàng TMCP Sài Gòn Thương Tín (Sacombank)`: a body's name that stopped at a place inside it (`Sài
/// Gòn`) runs on over the capitalised words right after it when they end before the body's short name in
/// parentheses, which closes the whole name.
extension EntityRecognizer {
    /// Joins to each organisation the one mention right after it that ends before `(Short)`.
    func joinNamesBeforeShortName(_ mentions: inout [Mention], _ tokens: [Token]) {
        guard vietnamese, mentions.count >= 2 else { return }
        var index = 0
        while index + 1 < mentions.count {
            let body = mentions[index], next = mentions[index + 1]
            if body.kind == .organization, next.first == body.end, next.kind != .organization, next.length <= 3,
               next.clues.isDisjoint(with: [.afterTitle, .afterHonorific]), closesWithShortName(tokens, next.end) {
                mentions[index].end = next.end
                mentions.remove(at: index + 1)
            }
            index += 1
        }
    }

    /// Whether `(Word)` (a capitalised word or an acronym alone in parentheses) follows token `end`.
    private func closesWithShortName(_ tokens: [Token], _ end: Int) -> Bool {
        end + 2 < tokens.count && tokens[end].kind == .punct && tokens[end].first == "("
            && tokens[end + 1].kind == .word && (tokens[end + 1].isCapitalized || tokens[end + 1].isAllCaps)
            && tokens[end + 2].kind == .punct && tokens[end + 2].first == ")"
    }
}
