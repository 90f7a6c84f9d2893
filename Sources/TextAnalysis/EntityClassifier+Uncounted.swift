import ArticleModel

extension EntityClassifier {
    /// Names the scanner marked as not counted (a vessel's, `tàu ngầm KRI X`) stay so wherever the article
    /// repeats their words without the cue (`KRI X`, `DSAR 6`): an open run all of whose words come from
    /// such names is marked too.
    func spreadUncounted(_ mentions: inout [Mention], blocks: [BlockText]) {
        var words = KeySet()
        var any = false
        for m in mentions where m.clues.contains(.noEntity) {
            for token in blocks[m.block].tokens[m.first..<m.end] where token.kind == .word {
                words.insert(token.key)
                any = true
            }
        }
        guard any else { return }
        for index in mentions.indices where mentions[index].kind == nil {
            let m = mentions[index]
            let tokens = blocks[m.block].tokens[m.first..<m.end]
            if tokens.allSatisfy({ $0.kind != .word || words.contains($0.key) }) {
                mentions[index].clues.insert(.noEntity)
            }
        }
    }
}
