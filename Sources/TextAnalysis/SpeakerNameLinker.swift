import ArticleModel

/// Links a speaker written in short to the person the article names in full:
/// - `luật sư Đức`, `Dr Washington`: a title and the last words of a person's name, which alone would read
///   as a place (`Đức` is also Germany), are that person;
/// - `bà Lan` when the full name sits inside a longer run the recogniser read otherwise (`Thứ trưởng Bộ
///   Công Thương Phan Thị Ngọc Lan`): the run from a family name (Vietnamese) or a given name (English)
///   to that word is the full name;
/// - `tiền vệ sinh năm 1997`, `the 34-year-old`: a description by age stands for a person the paragraph
///   already named, when it named only one.
struct SpeakerNameLinker {
    let gazetteer: Gazetteer
    let texts: [BlockText]
    let mentions: [Mention]
    let vietnamese: Bool
    /// Person mentions of two or more words, keyed by their last word and by their last two words.
    private var byEnding = KeyTable<Int>()

    init(gazetteer: Gazetteer, texts: [BlockText], mentions: [Mention], vietnamese: Bool) {
        self.gazetteer = gazetteer
        self.texts = texts
        self.mentions = mentions
        self.vietnamese = vietnamese
        for (index, m) in mentions.enumerated() where m.kind == .person {
            let tokens = texts[m.block].tokens
            // The last two words' keys and the word count up to three, read backwards (no array per name).
            var last: (UInt64, UInt64) = (0, 0)
            var words = 0
            for j in stride(from: m.end - 1, through: m.first, by: -1) where tokens[j].kind == .word {
                if words == 0 { last.0 = tokens[j].key } else if words == 1 { last.1 = tokens[j].key }
                words += 1
                if words == 3 { break }
            }
            guard words >= 2 else { continue }
            for suffix in 1...min(2, words - 1) {
                let key = suffix == 1 ? TokenKey.combine(TokenKey.seed, last.0)
                    : TokenKey.combine(TokenKey.combine(TokenKey.seed, last.1), last.0)
                // The longest name with that ending (the first one on a tie).
                if let other = byEnding[key], mentions[other].length >= m.length { continue }
                byEnding[key] = index
            }
        }
    }

    /// `luật sư Đức`, `Dr Washington`: the person whose name ends with the phrase's capitalised words after
    /// its title, if the phrase is only a title (or form of address) and those words.
    func titledShortForm(_ range: Range<Int>, in block: BlockText) -> Int? {
        let tokens = block.tokens
        guard range.count <= 6 else { return nil }
        var start = range.upperBound
        while start > range.lowerBound, tokens[start - 1].isNameLike { start -= 1 }
        // `Dr Washington`: the capitalised title is not part of the name.
        while start < range.upperBound, let title = gazetteer.match(tokens, at: start, [.title, .honorific]),
              start + title.length < range.upperBound {
            start += title.length
        }
        let name = start..<range.upperBound
        guard (1...2).contains(name.count), start > range.lowerBound else { return nil }
        // Everything before the name is a title or a form of address (no `một người dân Đức`).
        var j = range.lowerBound
        while j < start {
            guard let title = gazetteer.match(tokens, at: j, [.title, .honorific]), j + title.length <= start else {
                return nil
            }
            j += title.length
        }
        var key = TokenKey.seed
        for token in tokens[name] { key = TokenKey.combine(key, token.key) }
        guard let person = byEnding[key] else { return nil }
        // `Ms Hollis` is not `Mr Peter Hollis`.
        let titled = PersonGender.addressed(before: start, in: block)
        let named = PersonGender.addressed(mentions[person], texts[mentions[person].block])
        return titled.isEmpty || named.isEmpty || titled == named ? person : nil
    }

    /// `says King, 30, who…`: a capitalised title word standing alone (`King`, `Bishop`) is the surname of
    /// the person the article names in full with it (`Jason King`), if there is one.
    func titleWordAsSurname(_ range: Range<Int>, in block: BlockText) -> Int? {
        let tokens = block.tokens
        let first = tokens[range.lowerBound]
        guard first.kind == .word, first.isCapitalized,
              range.count == 1 || tokens[range.lowerBound + 1].kind == .punct,
              gazetteer.match(tokens, at: range.lowerBound, [.title])?.length == 1 else { return nil }
        return byEnding[TokenKey.combine(TokenKey.seed, first.key)]
    }

    /// The fullest form of a one-word person name found as a run of capitalised words ending with it and
    /// starting with a family name (Vietnamese) or a given name (English), if longer than that word; not
    /// a run addressed as the other gender than `gender` (when known).
    func fullerForm(of word: UInt64, gender: PersonGender.Gender = []) -> String? {
        var best: (length: Int, text: String)?
        for text in texts {
            let tokens = text.tokens
            for i in tokens.indices where tokens[i].key == word && tokens[i].isCapitalized {
                var start = i
                var j = i - 1
                // A form of address is not part of the name, even one that is also a family name (`Ông`).
                while j >= 0, i - j <= 3, tokens[j].kind == .word, tokens[j].isCapitalized, !tokens[j].isAllCaps,
                      gazetteer.match(tokens, at: j, [.title, .honorific]) == nil {
                    if gazetteer.categories(tokens, at: j).contains(vietnamese ? .familyName : .givenName) { start = j }
                    j -= 1
                }
                guard start < i else { continue }
                let addressed = PersonGender.addressed(before: start, in: text)
                if !gender.isEmpty, !addressed.isEmpty, addressed != gender { continue }
                // `Thái Lan` is a country, not `bà Lan`'s name.
                if let known = gazetteer.match(tokens, at: start, [.place, .organization]), known.length >= i + 1 - start {
                    continue
                }
                if best == nil || i + 1 - start > best!.length {
                    best = (i + 1 - start, text.text(start..<(i + 1)))
                }
            }
        }
        return best?.text
    }

    /// `Chủ tịch VFA Lê Thanh Tùng` read as one name: a speaker's name that opens with an acronym (a
    /// body's) before two or more capitalised words is the person's name without it.
    static func withoutLeadingAcronym(_ name: String) -> String {
        // Most names fail at their second letter (`Nguyễn`, `Lavrov`): told before the words are split.
        var scalars = name.unicodeScalars.makeIterator()
        if scalars.next() != nil, let second = scalars.next(), ("a"..."z").contains(second) { return name }
        let words = name.split(separator: " ")
        guard words.count >= 3, let first = words.first, first.count >= 2,
              first.allSatisfy({ $0.isUppercase || $0.isNumber }), first.contains(where: \.isLetter),
              words.dropFirst().allSatisfy({ $0.first!.isUppercase && $0.contains(where: \.isLowercase) }) else {
            return name
        }
        return words.dropFirst().joined(separator: " ")
    }

    /// `Alexandre "Mano" Polking` speaks as `Alexandre Polking`: a nickname in quotation marks inside a
    /// person's name is part of the entity as written, but the sidebar names the person.
    static func withoutNickname(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: QuoteMarks.isQuoteMark) else { return name }
        var words: [Substring] = []
        var inside = false
        for word in name.split(separator: " ") {
            let opens = word.unicodeScalars.first.map(QuoteMarks.isQuoteMark) ?? false
            // (The nickname ends with the word its closing mark ends: `"Big Sam"`.)
            let closes = word.unicodeScalars.count > 1 && (word.unicodeScalars.last.map(QuoteMarks.isQuoteMark) ?? false)
            if opens || inside {
                inside = !closes
                continue
            }
            words.append(word)
        }
        return words.count >= 2 ? words.joined(separator: " ") : name
    }

    static let sinh = Tokenizer.key(of: "sinh".unicodeScalars[...])
    static let nam = Tokenizer.key(of: "năm".unicodeScalars[...])
    static let tuoi = Tokenizer.key(of: "tuổi".unicodeScalars[...])
    static let year = Tokenizer.key(of: "year".unicodeScalars[...])
    static let old = Tokenizer.key(of: "old".unicodeScalars[...])

    static let yearOld = Array("-year-old".unicodeScalars)

    /// `34-year-old`: a number joined to `-year-old`, which the tokenizer keeps as one token.
    static func isAge(_ token: Token, in block: BlockText) -> Bool {
        token.kind == .number && token.end - token.start > yearOld.count
            && block.scalars[(token.end - yearOld.count)..<token.end]
                .elementsEqual(yearOld) { CharTable.shared.lowercase($0) == $1.value }
    }

    /// Whether a described speaker is described by age (`sinh năm 1997`, `62 tuổi`, `34-year-old`), which
    /// only fits one individual.
    static func describesByAge(_ range: Range<Int>, in block: BlockText) -> Bool {
        let tokens = block.tokens
        for j in range {
            let t = tokens[j]
            if isAge(t, in: block) { return true }
            if t.key == sinh, j + 2 < range.upperBound, tokens[j + 1].key == nam, tokens[j + 2].kind == .number { return true }
            if t.key == tuoi, j > range.lowerBound, tokens[j - 1].kind == .number { return true }
            if t.key == year, j + 2 < range.upperBound, tokens[j + 2].key == old, j > range.lowerBound,
               tokens[j - 1].kind == .punct || tokens[j - 1].kind == .number { return true }
        }
        return false
    }

    /// Where an age that closes a description starts (`vị chủ tịch | 73 tuổi`, `Ngôi sao | sinh năm 1991`),
    /// so that the words before it can be read as a title or a profession alone; nil when none closes it.
    static func closingAge(_ range: Range<Int>, in block: BlockText) -> Int? {
        let tokens = block.tokens, end = range.upperBound
        guard end - range.lowerBound >= 2 else { return nil }
        if tokens[end - 1].key == tuoi, tokens[end - 2].kind == .number { return end - 2 }
        if end - range.lowerBound >= 3, tokens[end - 1].kind == .number, tokens[end - 2].key == nam,
           tokens[end - 3].key == sinh { return end - 3 }
        return nil
    }
}
