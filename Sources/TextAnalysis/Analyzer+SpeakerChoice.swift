/// Choices among the people already named, for speakers a quotation's own sentence does not name.
extension Analyzer {
    /// How far back a gendered pronoun looks for a person of its gender.
    static let pronounLookBack = 40

    /// `she said` when the pronoun's usual choice (the clause subject) is a man: the latest person named
    /// who is not known to be of the other gender, within the last few people named. (Not the latest
    /// fitting subject: the subject preference was what failed, and a nearer person is the likelier one.)
    static func latestFitting(_ gender: PersonGender.Gender, _ seen: [Int],
                              _ genders: PersonGender, _ canonicals: [String]) -> Int? {
        seen.suffix(pronounLookBack).last { person in
            genders.gender(of: canonicals[person]).map { $0 == gender } ?? true
        }
    }

    /// The one person named earlier in the quotation's paragraph (outside quotations), if only one is
    /// (among the last few people named).
    static func onlyPersonOfParagraph(_ block: Int, _ seen: [Int], _ mentions: [Mention],
                                      _ canonicals: [String]) -> Int? {
        var found: Int?
        for person in seen.suffix(pronounLookBack).reversed() {  // bounded: a paragraph may name thousands
            guard mentions[person].block == block else { break }
            if let found, canonicals[found] != canonicals[person] { return nil }
            found = found ?? person
        }
        return found
    }

    /// `Microsoft said it had ...`: a body named right before a speech verb, the one a later `it said` (in
    /// the same or the next paragraph) most likely means, over a body merely named after it (`its Xboxes`).
    static func speaksNext(_ m: Mention, _ texts: [BlockText], _ gazetteer: Gazetteer) -> Bool {
        speechVerbFollows(m.end, texts[m.block].tokens, gazetteer)  // (`Valve also said`)
    }

    /// An unattributed quotation that runs on (no closing mark) into paragraphs opening with a quotation
    /// mark: the first of those that names its speaker, which by news style spoke the whole of it.
    static func runOnAttribution(_ position: Int, _ found: [FoundQuote]) -> Int? {
        var p = position
        while found[p].span.closeToken == nil, p + 1 < found.count, p - position < 4 {
            let next = found[p + 1]
            guard next.isQuote, next.block == found[p].block + 1, next.span.openToken == 0 else { return nil }
            if next.ref != nil { return p + 1 }
            p += 1
        }
        return nil
    }
}
