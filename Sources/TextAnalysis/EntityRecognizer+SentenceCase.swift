/// Vietnamese bodies named in sentence case: only the first word of the name after the head has its
/// capital (`Vụ Giáo dục tiểu học`, `Cục Quản lý xuất nhập cảnh`).
extension EntityRecognizer {
    /// The most lowercase syllables a name in sentence case runs on for.
    static let sentenceCaseSyllables = 4

    /// `Vụ Giáo dục tiểu học (Bộ GD&ĐT)`, `Vụ Giáo dục đại học – Bộ GD&ĐT`: after a head and one capitalised
    /// word or compound, lowercase syllables (no function word, verb of speech or time, pronoun or title among
    /// them) continue the name when what follows them can only come after a body's name: its parent or alias
    /// in parentheses, or a dash and a capitalised name. Closed by a comma or a full stop they are the
    /// sentence's (`Bộ Y tế khuyến cáo, ...`), and before another body they may be a verb between the two
    /// (`Bộ Công an tổ chức Hội nghị`). The index after them, or nil.
    func sentenceCaseTail(_ tokens: [Token], at j: Int, head: Int) -> Int? {
        let n = tokens.count
        guard head < j, tokens[head].isCapitalized, !tokens[head].isAllCaps,
              tokens[(head + 1)..<j].allSatisfy({ $0.kind == .word && !$0.isCapitalized && !$0.isAllCaps }) else {
            return nil
        }
        var k = j
        while k < n, k - j < Self.sentenceCaseSyllables, tokens[k].kind == .word, !tokens[k].isCapitalized,
              !tokens[k].isAllCaps,
              gazetteer.match(tokens, at: k, [.functionWord, .speechVerb, .timeWord, .conjunction, .pronoun,
                                              .honorific, .title, .placePrefix, .notEntity]) == nil {
            k += 1
        }
        guard k > j, k + 1 < n else { return nil }
        let next = tokens[k]
        if next.kind == .punct, next.first == "(", tokens[k + 1].isNameLike { return k }
        if next.kind == .punct, Self.dashes.contains(next.first), tokens[k + 1].isNameLike { return k }
        return nil
    }
}

extension EntityRecognizer {
    static let ve = Tokenizer.key(of: "về".unicodeScalars[...])

    /// `Ban Chỉ đạo Nhà nước về Du lịch`, `Ủy ban quốc gia về Đổi mới giáo dục đào tạo`, `Tổ chức Quốc tế về
    /// Bảo tồn thiên nhiên`: after a body's `quốc gia`, `nhà nước` or `quốc tế`, `về` and a capitalised field
    /// continue the name, with the field's lowercase syllables up to a word of another kind. (Lowercase after
    /// `về` it is what the body does: `quản lý nhà nước về đất đai`.) The index after the field, or nil.
    func fieldAfterVe(_ tokens: [Token], at j: Int) -> Int? {
        let n = tokens.count
        guard tokens[j].key == Self.ve, !tokens[j].isCapitalized, j >= 2, j + 1 < n,
              gazetteer.match(tokens, at: j - 2, [.orgWord])?.length == 2,
              tokens[j + 1].isCapitalized, !tokens[j + 1].isAllCaps, !tokens[j + 1].sentenceStart,
              gazetteer.match(tokens, at: j + 1, [.place, .title, .honorific, .orgHead]) == nil else { return nil }
        var k = j + 2
        // (The capitalised word's compound: `Đổi mới`, whatever `mới` means alone.)
        if k < n, tokens[k].kind == .word, !tokens[k].isCapitalized, !tokens[k].isAllCaps { k += 1 }
        while k < n, k - j <= 2 + Self.sentenceCaseSyllables, tokens[k].kind == .word, !tokens[k].isAllCaps,
              !tokens[k].isCapitalized || tokens[k - 1].isCapitalized,
              gazetteer.match(tokens, at: k, [.functionWord, .speechVerb, .timeWord, .conjunction, .pronoun,
                                              .honorific, .title, .placePrefix, .notEntity, .place]) == nil {
            k += 1
        }
        return k
    }
}
