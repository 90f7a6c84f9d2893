import ArticleModel

extension EntityRecognizer {
    /// `Bộ Văn hóa, Thể thao và Du lịch`, `Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng`: a
    /// Vietnamese body's name (a head first) goes on over the fields listed after it, each a field word written
    /// with a capital (org-fields.txt, org-words.txt: `Thể thao`, `Du lịch`), joined by commas and closed by
    /// `và`. Without the closing `và` field the commas end the name (`Bộ Y tế, Du lịch ...` lists on).
    /// The words inside the longer name name nothing of their own.
    func joinFieldLists(_ mentions: inout [Mention], _ tokens: [Token]) {
        guard vietnamese else { return }
        var index = mentions.count - 1
        while index >= 0 {
            defer { index -= 1 }
            let m = mentions[index]
            guard m.kind == .organization || m.clues.contains(.hasOrgHead),
                  gazetteer.match(tokens, at: m.first, [.orgHead]) != nil,
                  let end = fieldListEnd(tokens, after: m.end) else { continue }
            mentions[index].end = end
            mentions[index].kind = .organization
            mentions[index].clues.insert(.hasOrgHead)
            mentions.removeSubrange((index + 1)..<(mentions[(index + 1)...].firstIndex { $0.first >= end } ?? mentions.count))
        }
    }

    /// The end of `, Field, Field và Field` right after token `end`, or nil when no such list closed by `và`
    /// stands there.
    private func fieldListEnd(_ tokens: [Token], after end: Int) -> Int? {
        var j = end
        while j + 1 < tokens.count {
            let separator = tokens[j]
            let comma = separator.kind == .punct && separator.first == ","
            let closing = separator.kind == .word && separator.key == Self.va && !separator.isCapitalized
            guard comma || closing, let length = capitalisedFieldLength(tokens, at: j + 1) else { return nil }
            j += 1 + length
            if closing { return j }
        }
        return nil
    }

    /// The words of a field written with a capital at `j` (`Thể thao`: its first syllable capitalised, the
    /// rest in lowercase), or nil.
    private func capitalisedFieldLength(_ tokens: [Token], at j: Int) -> Int? {
        guard j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalized, !tokens[j].isAllCaps,
              let field = gazetteer.match(tokens, at: j, [.orgField, .orgWord]), field.length >= 2,
              tokens[(j + 1)..<(j + field.length)].allSatisfy({ !$0.isCapitalized }) else { return nil }
        return field.length
    }
}
