import ArticleModel

extension EntityClassifier {
    /// Names the scanner marked as not counted (a vessel's, `tàu ngầm KRI X`) stay so wherever the article
    /// repeats their words without the cue (`KRI X`, `DSAR 6`): an open run all of whose words come from
    /// such names is marked too. A run of a product's maker and then only such words (`Garmin Enduro`,
    /// after `đồng hồ Garmin Enduro`) is the maker alone, a company. A run the article also writes after a
    /// form of address (`ông Nye`) or has speak (`Lý Hải:` before a quotation), or of one or two words ending
    /// with such a name (`Bill Nye`), is a person's: not marked.
    func spreadUncounted(_ mentions: inout [Mention], blocks: [BlockText]) {
        var words = KeySet()
        var makers = KeySet()
        var any = false
        for (index, m) in mentions.enumerated() where m.clues.contains(.noEntity) {
            for token in blocks[m.block].tokens[m.first..<m.end] where token.kind == .word {
                words.insert(token.key)
                any = true
            }
            // (The maker is the mention right before the model: `EntityRecognizer.makerAndModel`.)
            if index > 0, case let maker = mentions[index - 1], maker.block == m.block, maker.end == m.first,
               maker.length == 1, maker.clues.contains(.afterOrgCue) {
                makers.insert(blocks[maker.block].tokens[maker.first].key)
            }
        }
        guard any else { return }
        // (`phim truyền hình Bill Nye the Science Guy`, then `ông Nye nói`: a name the article gives a person
        // after a form of address is that person's wherever it stands alone.)
        // (So is one the article has speak, `Lý Hải: "..."`, after `ra mắt phim Lý Hải còn mang`.)
        var addressed = KeySet()
        for m in mentions where m.kind == nil && (m.clues.contains(.afterHonorific) || speaks(m, blocks[m.block])) {
            for token in blocks[m.block].tokens[m.first..<m.end] where token.kind == .word { addressed.insert(token.key) }
        }
        for index in mentions.indices where mentions[index].kind == nil {
            let m = mentions[index]
            let tokens = blocks[m.block].tokens[m.first..<m.end]
            if m.clues.contains(.afterHonorific)
                || m.length <= 2 && !m.clues.contains(.noEntity) && !tokens.contains(where: \.isAllCaps)
                    && tokens.last.map({ addressed.contains($0.key) }) == true {
                continue
            }
            if tokens.allSatisfy({ $0.kind != .word || words.contains($0.key) }) {
                mentions[index].clues.insert(.noEntity)
            } else if m.length >= 2, makers.contains(tokens[m.first].key),
                      tokens.dropFirst().allSatisfy({ $0.kind != .word || words.contains($0.key) }) {
                mentions[index].end = m.first + 1
                mentions[index].kind = .organization
            }
        }
    }

    /// A name before a colon and a quotation, at its paragraph's start (`Lý Hải: "..."`, an interview's
    /// answer) or with a speech verb in lowercase between (`Lý Hải chia sẻ: "..."`); or after a quotation
    /// and a comma, before a speech verb (`"...", Dakota Johnson nói`). (A work may `kể về`, tell about,
    /// something; it quotes no one.)
    private func speaks(_ m: Mention, _ block: BlockText) -> Bool {
        let tokens = block.tokens
        if m.first >= 2, tokens[m.first - 1].kind == .punct, tokens[m.first - 1].first == ",",
           tokens[m.first - 2].kind == .punct, QuoteMarks.isQuoteMark(tokens[m.first - 2].first),
           gazetteer.isLowercaseSpeechVerb(tokens, at: m.end) {
            return true
        }
        var j = m.end
        if gazetteer.isLowercaseSpeechVerb(tokens, at: j), let verb = gazetteer.match(tokens, at: j, [.speechVerb]) {
            j += verb.length
        } else if m.first != 0 {
            return false
        }
        return j + 1 < tokens.count && tokens[j].kind == .punct && tokens[j].first == ":"
            && tokens[j + 1].kind == .punct && QuoteMarks.canOpen(tokens[j + 1].first)
    }
}
