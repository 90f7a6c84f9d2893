import ArticleModel

extension EntityClassifier {
    /// Vietnamese words that open a diplomatic mission's name (`Đại sứ quán`, `Tổng lãnh sự quán`).
    static let missionHeads: [[UInt64]] = [["đại", "sứ", "quán"], ["lãnh", "sự", "quán"], ["tổng", "lãnh", "sự", "quán"]]
        .map { $0.map { Tokenizer.key(of: $0.unicodeScalars[...]) } }
    static let tai = Tokenizer.key(of: "tại".unicodeScalars[...])

    /// `Đại sứ quán Bỉ tại Hàn Quốc`: a Vietnamese diplomatic mission is named by the country it serves
    /// and, after `tại`, the country or city it sits in; the place right after `tại` joins the mission's
    /// name (the country alone stays a place elsewhere in the article).
    func joinMissions(_ mentions: inout [Mention], blocks: [BlockText]) {
        guard vietnamese else { return }
        var index = 0
        while index + 1 < mentions.count {
            let m = mentions[index], next = mentions[index + 1]
            let tokens = blocks[m.block].tokens
            if m.kind == .organization, next.kind == .place, next.block == m.block, next.first == m.end + 1,
               tokens[m.end].key == Self.tai,
               Self.missionHeads.contains(where: { tokens.hasKeys($0, at: m.first, before: m.end - 1) }) {
                mentions[index].end = next.end
                mentions.remove(at: index + 1)
            }
            index += 1
        }
    }
}
