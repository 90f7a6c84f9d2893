/// What the article itself says of each person's gender, so that `she said` does not go to the man named
/// last: a form of address before a name (`ông`, `bà`, `Mr`, `Ms`; after a relative's word it is a possessive
/// and the relative's word counts, `vợ anh X` is a wife), a Vietnamese middle name (`Thị` is a woman's, `Văn`
/// a man's), and `X said she ...` or a sentence naming only X that goes on with `her`/`his`.
/// Keyed by canonical name: evidence for `bà Lan` counts for `Phan Thị Ngọc Lan`.
struct PersonGender {
    /// The one notion of gender in the analysis (the name canonicaliser's); a vote or a pronoun gives
    /// `.male` or `.female`, never both.
    typealias Gender = NameCanonicalizer.Gender

    /// Positive: male evidence; negative: female.
    private var votes: [String: Int] = [:]

    /// Forms of address, lowercase in Vietnamese prose (a capitalised `Anh` mid-sentence is England).
    static let maleAddress = KeySet(words: ["ông", "anh", "chú", "thầy"])
    static let femaleAddress = KeySet(words: ["bà", "chị", "cô"])
    static let maleTitle = KeySet(words: ["mr", "sir", "lord"])
    static let femaleTitle = KeySet(words: ["mrs", "ms", "miss", "dame", "lady"])
    /// Words for a relative, after which a form of address is a possessive pronoun (`vợ anh X`, `con bà Y`).
    static let relativeWords = ["vợ", "chồng", "con", "bố", "mẹ", "cha", "em", "bạn"]
    static let kinWords = KeySet(words: relativeWords)
    static let wife = Tokenizer.key(of: "vợ".unicodeScalars[...])
    static let husband = Tokenizer.key(of: "chồng".unicodeScalars[...])
    static let maleMiddle = Tokenizer.key(of: "văn".unicodeScalars[...])
    static let femaleMiddle = Tokenizer.key(of: "thị".unicodeScalars[...])
    static let malePronouns = KeySet(words: ["he", "his", "him", "ông", "anh"])
    static let femalePronouns = KeySet(words: ["she", "her", "bà", "chị", "cô"])
    static let englishMale = KeySet(words: ["he", "his", "him"])
    static let englishFemale = KeySet(words: ["she", "her"])
    /// Any form of address before a name, whatever its case (see `addressed(before:in:)`); `bác` marks a
    /// man here but is not counted as a vote above.
    static let maleForms = maleAddress.union(maleTitle).union(KeySet(words: ["bác"]))
    static let femaleForms = femaleAddress.union(femaleTitle)

    init(mentions: [Mention], texts: [BlockText], canonicals: [String], vietnamese: Bool, gazetteer: Gazetteer) {
        for (index, m) in mentions.enumerated() where m.kind == .person {
            let tokens = texts[m.block].tokens
            var vote = 0
            // The word before the name, past the period of `Mr.`.
            var j = m.first - 1
            if j > 0, tokens[j].kind == .punct, tokens[j].first == "." { j -= 1 }
            if j >= 0, tokens[j].kind == .word {
                let t = tokens[j]
                let lowercaseUse = !t.isCapitalized || t.sentenceStart
                // `vợ anh Priyanka Chopra` (his wife P.): after a word for a relative, a form of address is a
                // possessive pronoun; the relative's word gives the gender (`vợ`, `chồng`).
                let address = Self.maleAddress.contains(t.key) || Self.femaleAddress.contains(t.key)
                let relative = vietnamese && address && j > 0 && tokens[j - 1].kind == .word
                    && Self.kinWords.contains(tokens[j - 1].key)
                let kin = relative ? tokens[j - 1] : t
                // (`vợ chồng X`, the couple X: neither word is X's.)
                let couple = j > 0 && tokens[j - 1].key == Self.wife && t.key == Self.husband
                if vietnamese, !couple, kin.key == Self.wife { vote -= 3 }
                if vietnamese, !couple, kin.key == Self.husband { vote += 3 }
                if lowercaseUse, !relative, Self.maleAddress.contains(t.key) { vote += 3 }
                if lowercaseUse, !relative, Self.femaleAddress.contains(t.key) { vote -= 3 }
                if t.isCapitalized, Self.maleTitle.contains(t.key) { vote += 3 }
                if t.isCapitalized, Self.femaleTitle.contains(t.key) { vote -= 3 }
            }
            if vietnamese, m.length >= 3 {
                for k in (m.first + 1)..<(m.end - 1) {
                    if tokens[k].key == Self.femaleMiddle { vote -= 3 }
                    if tokens[k].key == Self.maleMiddle { vote += 3 }
                }
            }
            if vietnamese, let described = Self.describedBefore(m, tokens, gazetteer) { vote += described == .male ? 3 : -3 }
            if !vietnamese { vote += Self.pronounAfter(m, index: index, mentions: mentions, tokens: tokens, gazetteer) }
            if vote != 0 { votes[canonicals[index], default: 0] += vote }
        }
    }

    /// `nữ diễn viên Bhavana`, `nam ca sĩ Hàn Quốc - Rain`: a profession that gives a gender right before
    /// the name, past a place that qualifies it and a dash.
    private static func describedBefore(_ m: Mention, _ tokens: [Token], _ gazetteer: Gazetteer) -> Gender? {
        var j = m.first
        if j > 0, tokens[j - 1].kind == .punct, tokens[j - 1].first == "-" { j -= 1 }
        while j > 0, m.first - j < 4, tokens[j - 1].kind == .word, tokens[j - 1].isCapitalized, !tokens[j - 1].sentenceStart {
            j -= 1
        }
        // The profession ends at `j`: it opens with its gender's word (`nữ`, `hoa hậu`), within three words.
        for start in max(0, j - 3)..<j where tokens[start].kind == .word {
            guard let profession = gazetteer.match(tokens, at: start, [.profession]), start + profession.length == j else { continue }
            return SpeakerResolver.describedGender(tokens, start..<j)
        }
        return nil
    }

    /// `X said she had ...`, `X has won the prize for her first novel`: a gendered pronoun later in the
    /// sentence of a person named alone in it (no other person's name between or after).
    private static func pronounAfter(_ m: Mention, index: Int, mentions: [Mention], tokens: [Token],
                                     _ gazetteer: Gazetteer) -> Int {
        let nextPerson = mentions[(index + 1)...].prefix(8).first { $0.kind == .person }
        let limit = min(tokens.count, m.end + 30)
        var j = m.end
        while j < limit {
            let t = tokens[j]
            if t.kind == .punct, Tokenizer.endsSentence(t.first) || QuoteMarks.isQuoteMark(t.first) { return 0 }
            if let nextPerson, nextPerson.block == m.block, nextPerson.first <= j { return 0 }
            if t.kind == .word {
                if Self.englishMale.contains(t.key) { return 1 }
                if Self.englishFemale.contains(t.key) { return -1 }
            }
            j += 1
        }
        return 0
    }

    func gender(of canonical: String) -> Gender? {
        guard let vote = votes[canonical], vote != 0 else { return nil }
        return vote > 0 ? .male : .female
    }

    /// The gender the form of address right before a person's name gives (`ông`, `bà`, `Mr.`), if any.
    static func addressed(_ m: Mention, _ block: BlockText) -> Gender {
        addressed(before: m.first, in: block)
    }

    /// The same for a name starting at token `first`.
    static func addressed(before first: Int, in block: BlockText) -> Gender {
        let tokens = block.tokens
        var j = first - 1
        if j >= 1, tokens[j].kind == .punct, tokens[j].first == "." { j -= 1 }  // `Mr.`
        guard j >= 0, tokens[j].kind == .word, !tokens[j].isCapitalized || tokens[j].sentenceStart
                || block.scalars[tokens[j].start].isASCII else { return [] }
        if maleForms.contains(tokens[j].key) { return .male }
        if femaleForms.contains(tokens[j].key) { return .female }
        return []
    }

    /// The gender a pronoun speaker (`she`, `ông ấy`, `bà`) names, if any (`they`, `người này`: none).
    static func gender(ofPronoun tokens: Range<Int>, in block: BlockText) -> Gender? {
        let key = block.tokens[tokens.lowerBound].key
        if malePronouns.contains(key) { return .male }
        if femalePronouns.contains(key) { return .female }
        return nil
    }
}
