import ArticleModel

extension EntityRecognizer {
    static let listJoiners = KeySet(words: ["và", "and"])

    /// `Intel, Samsung, Marvell và Synopsys`: in a list naming two or more known bodies (or places), or
    /// places after a place prefix, and nothing else, a one-word name that is nothing known on its own is
    /// of the same kind (in Vietnamese a name of up to three words too, `Mường Lát, Lang Chánh và Quan Hóa`,
    /// unless a family name opens it); in English, names listed with a work's title are titles too.
    func spreadListKinds(_ mentions: inout [Mention], _ tokens: [Token]) {
        var start = 0
        while start < mentions.count {
            var end = start + 1
            while end < mentions.count, joinsList(tokens, mentions[end - 1].end, mentions[end].first) { end += 1 }
            if end - start >= 2 { settleList(&mentions, start..<end, tokens) }
            start = end
        }
    }

    /// Only `,`, `và`/`and` or `, and` between two names.
    private func joinsList(_ tokens: [Token], _ from: Int, _ to: Int) -> Bool {
        let gap = to - from
        guard gap == 1 || gap == 2 else { return false }
        let isComma = { (t: Token) in t.kind == .punct && t.first == "," }
        let isJoiner = { (t: Token) in t.kind == .word && !t.isCapitalized && Self.listJoiners.contains(t.key) }
        return gap == 1 ? isComma(tokens[from]) || isJoiner(tokens[from]) : isComma(tokens[from]) && isJoiner(tokens[from + 1])
    }

    private func settleList(_ mentions: inout [Mention], _ list: Range<Int>, _ tokens: [Token]) {
        let personClues: Mention.Clues = [.afterTitle, .afterHonorific, .givenName]
        // `The Aviator, Million Dollar Baby and Sideways`: open names listed with a work's title are titles
        // (in a list of three or more: `Delta Goodrem and The Thrills` is a singer and a band).
        if !vietnamese, list.count >= 3, mentions[list].contains(where: { $0.clues.contains(.noEntity) }),
           mentions[list].allSatisfy({
               $0.kind == nil && $0.clues.isDisjoint(with: [.afterTitle, .afterHonorific, .givenName])
           }) {
            for k in list { mentions[k].clues.insert(.noEntity) }
            return
        }
        settleClubs(&mentions, list, tokens)
        var known: [Entity.Kind: Int] = [:]
        for m in mentions[list] {
            if let kind = m.kind ?? (m.clues.contains(.afterPlacePrefix) ? .place : nil) {
                guard kind == .organization || kind == .place else { return }
                known[kind, default: 0] += 1
            } else if m.length != 1 && !(vietnamese && m.length <= 3) || !m.clues.isDisjoint(with: personClues)
                        || !gazetteer.categories(tokens, at: m.first).isDisjoint(with: [.givenName, .familyName]) {
                return
            }
        }
        // (`các bang Rakhine và Kachin`: a place prefix before the list names the kind of all its members.)
        guard known.count == 1, let (kind, count) = known.first,
              count >= 2 || kind == .place && mentions[list.lowerBound].clues.contains(.afterPlacePrefix) else { return }
        for k in list where mentions[k].kind == nil && !mentions[k].clues.contains(.afterPlacePrefix) {
            mentions[k].kind = kind
        }
    }

    /// `Chelsea, Tottenham, Liverpool và Arsenal`: a list naming two or more known bodies and, besides
    /// them, only major cities names clubs: the cities are the clubs named after them (`cities.txt`), here
    /// and wherever else the article names them.
    private func settleClubs(_ mentions: inout [Mention], _ list: Range<Int>, _ tokens: [Token]) {
        var bodies = 0
        var cities: [Int] = []
        for k in list {
            let m = mentions[k]
            if m.kind == .organization { bodies += 1; continue }
            guard m.kind == .place, gazetteer.categories(tokens, at: m.first).contains(.city),
                  gazetteer.match(tokens, at: m.first, [.place])?.length == m.length else { return }
            cities.append(k)
        }
        guard bodies >= 2, !cities.isEmpty else { return }
        // (Seen as a club, the city is the club throughout the article: `EntityClassifier.classify`.)
        for k in cities {
            mentions[k].kind = .organization
            mentions[k].clues.insert(.beforeRole)
        }
    }
}
