import ArticleModel

extension EntityClassifier {
    /// `Quan chức UNDP Achim Steiner cho rằng ... Ông Steiner`, `EADS Philippe Camus ... Mr Camus`: an acronym
    /// the gazetteer does not know, run together with the capitalised words after it, is the body a person
    /// works for and that person's name when the article addresses the last word elsewhere after a form of
    /// address or a title (`Ông Steiner`, `Mr Camus`). The run is split: the acronym a body, the words after
    /// it a person. Without that evidence the run stays whole, a body's name (`FLC Group`, `HA Gia Lai`, `CB
    /// Richard Ellis`), and so does a run whose words after the acronym are a known place or body (`ĐHQG Hà
    /// Nội`); a given name is no evidence (`USS Theodore Roosevelt`, a ship).
    func splitAcronymBeforeName(_ mentions: inout [Mention], _ blocks: [BlockText]) {
        var addressed = KeySet()
        for m in mentions where !m.clues.isDisjoint(with: [.afterHonorific, .afterTitle]) {
            addressed.insert(blocks[m.block].tokens[m.end - 1].key)
        }
        var index = mentions.count - 1
        while index >= 0 {
            defer { index -= 1 }
            let m = mentions[index], tokens = blocks[m.block].tokens
            guard m.kind == nil, m.length >= 3, tokens[m.first].kind == .word, tokens[m.first].isAllCaps,
                  tokens[(m.first + 1)..<m.end].allSatisfy({ $0.kind == .word && $0.isCapitalized && !$0.isAllCaps }),
                  addressed.contains(tokens[m.end - 1].key),
                  gazetteer.match(tokens, at: m.first + 1, [.place, .organization]) == nil else { continue }
            var body = m
            body.end = m.first + 1
            body.kind = .organization
            body.clues = [.acronym]
            var person = m
            person.first = m.first + 1
            person.kind = .person
            person.clues = []
            mentions.replaceSubrange(index...index, with: [body, person])
        }
    }
}
