import ArticleModel

extension EntityClassifier {
    /// The most words a person's name at the end of a body's name may have (`Nguyễn Thị Minh Khai`).
    static let bodyNameTail = 4

    /// `trường THPT Chu Văn An` ... `Chu Văn An có 5 giải`: in Vietnamese, bodies (schools, hospitals,
    /// firms) are named after people, and the article then writes the person's name alone for the body. A
    /// person's name that ends a body's name after its head (from a family name to the end) is that body
    /// wherever it stands alone, unless a title or form of address marks it as someone's, or it speaks.
    func bodiesNamedAfterPeople(_ mentions: inout [Mention], _ blocks: [BlockText]) {
        guard vietnamese else { return }
        var tails = KeySet()
        var any = false
        for m in mentions where m.kind == .organization && m.length >= 3 && !m.clues.contains(.afterTitle) {
            let tokens = blocks[m.block].tokens
            // The longest ending of two words or more that opens with a family name right after the head (or
            // a level's acronym after it, `trường THPT`) and has no acronym.
            for start in max(m.first + 1, m.end - Self.bodyNameTail)...(m.end - 2)
            where gazetteer.categories(tokens, at: start).contains(.familyName) && followsHead(m, blocks[m.block], start)
                && tokens[start..<m.end].allSatisfy({ $0.kind == .word && $0.isCapitalized && !$0.isAllCaps }) {
                tails.insert(tokens[start..<m.end].reduce(TokenKey.seed) { TokenKey.combine($0, $1.key) })
                any = true
                break
            }
        }
        guard any else { return }
        // (Not a person's name after a body's, `Bộ Ngoại giao Đoàn Khắc Việt`, a run the recogniser joined.)
        for index in mentions.indices where mentions[index].kind == .person && mentions[index].length >= 2
            && mentions[index].clues.isDisjoint(with: [.afterTitle, .afterHonorific]) {
            let m = mentions[index]
            // (One who speaks is a person: `... Telecom Chu Hùng Thắng cho biết`.)
            if tails.contains(phraseKey(m, blocks[m.block])), !gazetteer.isLowercaseSpeechVerb(blocks[m.block].tokens, at: m.end) {
                mentions[index].kind = .organization
            }
        }
    }

    /// Whether the words of the body's name before token `start` are its head alone (`Trường`, `trường`: a
    /// Vietnamese word, not `Telecom`, which ends a firm's name), or with a level's acronym (`trường THPT`).
    private func followsHead(_ m: Mention, _ block: BlockText, _ start: Int) -> Bool {
        let tokens = block.tokens
        var head = start - 1
        if head > m.first, tokens[head].isAllCaps { head -= 1 }
        return head == m.first && EntityRecognizer.isVietnameseSyllable(block.scalars[tokens[head].start..<tokens[head].end])
    }
}
