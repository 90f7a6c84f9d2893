import ArticleModel

/// Vietnamese descriptions that refer back to someone already named instead of introducing someone new:
/// - `Nhật báo hàng đầu Hong Kong viết:`, `Tờ báo này cho biết`: a phrase opening with a word for a medium
///   is the medium last named after such a word (`tờ South China Morning Post`), or after one and the words
///   that describe it (`tờ nhật báo thể thao hàng đầu Thái Lan X`);
/// - `Võ sĩ người Australia gốc Việt chia sẻ:`, `Vị chuyên gia này cho biết`: a sentence opening with a
///   profession (after `vị`, `cựu`, `tân`: `Vị cựu trọng tài Thái Lan`; `ngôi sao`, a star, counts as one),
///   or with a describing noun and a demonstrative (`này`, `ấy`, `đó`), and naming no body (`Người phát
///   ngôn Bộ Ngoại giao` is someone new) is the latest clause subject of the last two paragraphs;
///   a description that gives a gender (`Nữ diễn viên`, `Hoa hậu`, `Người đẹp`) is the latest person known
///   to be of it
///   (else the first person of its paragraph or the one before, when that one's gender is not known);
/// - `ngôi sao người Pháp chia sẻ`, `Chẳng thế mà, HLV người Bồ Đào Nha từng nhấn mạnh`: a describing noun
///   with a nationality (`người` and a place) is that latest subject wherever its clause opens.
/// - `HLV trưởng của Barcelona cho biết`, `"...", Chủ tịch Hòa Phát nói`: a title with a body is the person
///   last named after that same title in the article (`HLV Ronald Koeman`), wherever its clause opens; so is
///   a title alone (`"...", Thứ trưởng nhấn mạnh`), however long the body's name between title and name.
/// - The latest subject a description means may be the latest person of the last two paragraphs who was a
///   clause subject before, though named since outside a subject (`khi Kiatisuk cho rằng`).
/// - `Theo lãnh đạo Cục X:` (the leadership of a body) is the one person the article names with a title of
///   that body (`Cục trưởng Cục X Y`, `Y - Cục trưởng Cục X`).
/// An indefinite or plural phrase (`một`, `các`, `những`, `nhiều`) introduces someone new. An age closing a
/// description (`vị chủ tịch 73 tuổi`, `sinh năm 1948`) changes nothing of whom it means.
/// In English, `the magazine`, `the newspaper` (`englishMediumWords`) is the medium named in the last two
/// paragraphs (`magazine Rolling Stone`, `the Sun newspaper`); `the council`, `the assembly government`, `the
/// company` is a body named before (`bodyNamedBack`).
extension SpeakerResolver {
    static let mediumHeads: [[UInt64]] = [
        ["tờ"], ["nhật", "báo"], ["tạp", "chí"], ["kênh"], ["đài", "truyền", "hình"], ["hãng", "tin"],
        ["hãng", "thông", "tấn"],
    ].map { $0.map { Tokenizer.key(of: $0.unicodeScalars[...]) } }
    /// The word right before a medium's name (`tờ X`, `báo X`, `tạp chí X`, `hãng tin X`, `kênh X`): the
    /// last word of each head.
    static let mediumCues = KeySet(mediumHeads.compactMap(\.last))
    static let demonstratives = KeySet(words: ["này", "ấy", "đó"])
    /// Words that may stand before a profession in such a description: a classifier, `former`, `new`.
    static let professionLeads = KeySet(words: ["vị", "cựu", "tân"])
    static let indefinites = KeySet(words: ["một", "các", "những", "nhiều", "mấy", "vài"])
    /// `Trần Minh Khôi và Phạm Quốc Long cùng ghi bàn`: a subject joined to another person's name by `và`,
    /// `and` or a comma shares its clause, and a description cannot tell which of them it means.
    private func sharesItsClause(_ person: Int) -> Bool {
        person > 0 && Analyzer.listJoint(mentions[person - 1], mentions[person], texts) != nil
            || person + 1 < mentions.count && Analyzer.listJoint(mentions[person], mentions[person + 1], texts) != nil
    }

    /// `người đứng đầu` (the head of): with a body, still someone named before.
    static let bodyHead = ["người", "đứng", "đầu"].map { Tokenizer.key(of: $0.unicodeScalars[...]) }

    /// Whether a clause opens at token `i`: its sentence's start, or right after a comma, a colon, a dash or
    /// a quotation mark (`Trên trang Instagram, cựu Hoa hậu viết:`, `"..." - vị HLV này nói thêm`).
    private func opensClause(_ tokens: [Token], _ i: Int) -> Bool {
        if tokens[i].sentenceStart { return true }
        guard i > 0, tokens[i - 1].kind == .punct else { return false }
        let mark = tokens[i - 1].first
        return mark.isOne(of: ",:-\u{2013}") || QuoteMarks.isQuoteMark(mark)
    }

    /// How many paragraphs back the person or medium may have been named.
    static let backReferenceBlocks = 2

    /// The number of words of the word for a medium (`tờ`, `nhật báo`, `hãng tin`) starting at token `start`
    /// and ending by `end`, or nil.
    static func mediumHeadLength(_ tokens: [Token], at start: Int, within end: Int) -> Int? {
        mediumHeads.first { tokens.hasKeys($0, at: start, before: end) }?.count
    }

    /// Whether a whole word for a medium (`tờ`, `hãng tin`) ends at token `j` (`niềm tin` is no `hãng tin`).
    static func endsMediumHead(_ tokens: [Token], at j: Int) -> Bool {
        j >= 0 && mediumCues.contains(tokens[j].key)
            && mediumHeads.contains { tokens.hasKeys($0, at: j - $0.count + 1, before: j + 1) }
    }

    /// Whether the mention is a body named right after a word for a medium (`tờ X`), or after one and the
    /// words that describe it (`tờ nhật báo thể thao hàng đầu Thái Lan Siam Sport`: up to eight words, no
    /// mark between).
    static func isMedium(_ m: Mention, _ texts: [BlockText]) -> Bool {
        let tokens = texts[m.block].tokens
        guard m.kind == .organization else { return false }
        // (English: `magazine Rolling Stone`, `the Sun newspaper`.)
        if m.first > 0, case let before = tokens[m.first - 1].key,
           mediumCues.contains(before) || englishMediumWords.contains(before) {
            return true
        }
        // (Past a place's capitalised words right before the name, only lowercase words.)
        var j = m.first - 1
        while j >= 0, m.first - j <= 3, tokens[j].kind == .word, tokens[j].isCapitalized, !tokens[j].sentenceStart { j -= 1 }
        while j >= 0, m.first - j <= 9, tokens[j].kind == .word, !tokens[j].isCapitalized || tokens[j].sentenceStart {
            if endsMediumHead(tokens, at: j) { return true }
            if tokens[j].sentenceStart { break }
            j -= 1
        }
        return m.end < tokens.count && englishMediumWords.contains(tokens[m.end].key)
    }

    /// English words for a medium: before or after its name they make it one (`magazine Rolling Stone`), and
    /// after `the` they stand for the medium last named (`"...," the magazine reported`).
    static let englishMediumWords = KeySet(words: ["magazine", "newspaper", "paper", "tabloid", "website", "broadcaster"])

    /// `"...," the magazine reported`: `the` and a word for a medium, in English, is the medium named in the
    /// last two paragraphs, if any.
    func mediumReferredBack(_ block: Int, _ range: Range<Int>, _ quote: Analyzer.FoundQuote) -> Int? {
        let tokens = texts[block].tokens
        guard !vietnamese, range.count == 2, tokens[range.lowerBound].key == EntityRecognizer.the,
              Self.englishMediumWords.contains(tokens[range.lowerBound + 1].key),
              let medium = lastMediumSeen, quote.block - mentions[medium].block <= Self.backReferenceBlocks else { return nil }
        return medium
    }

    /// The medium or person a Vietnamese description refers back to (see the type's rules), if any.
    func referredBack(_ block: Int, _ described: Range<Int>, _ quote: Analyzer.FoundQuote) -> Int? {
        guard vietnamese else { return nil }
        let tokens = texts[block].tokens
        guard !described.isEmpty, !Self.indefinites.contains(tokens[described.lowerBound].key) else { return nil }
        // (`vị chủ tịch 73 tuổi`, `Ngôi sao sinh năm 1991`: an age after the description adds nothing to whom
        // it means.)
        let ageStart = SpeakerNameLinker.closingAge(described, in: texts[block])
        let range = described.lowerBound..<(ageStart ?? described.upperBound)
        if Self.mediumHeadLength(tokens, at: range.lowerBound, within: range.upperBound) != nil {
            guard let medium = lastMediumSeen, quote.block - mentions[medium].block <= Self.backReferenceBlocks else {
                return nil
            }
            return medium
        }
        // (`Chẳng thế mà, HLV người Bồ Đào Nha từng nhấn mạnh`: a nationality makes the phrase definite
        // wherever its clause opens.)
        let demonym = namesNationality(block, range)
        // (`Vị cựu trọng tài Thái Lan`, `Vị HLV người Hàn Quốc`, `cựu Tổng thống Mỹ`: a classifier and `former`,
        // `new` before it.)
        var lead = range.lowerBound
        while lead < range.upperBound - 1, lead - range.lowerBound < 2, Self.professionLeads.contains(tokens[lead].key) {
            lead += 1
        }
        // `HLV trưởng của Barcelona cho biết`, `"...", Chủ tịch Hòa Phát nói`: a title with a body, wherever its
        // clause opens, is the person named with that title (`HLV Ronald Koeman`), not someone new.
        let titleOn = lead..<range.upperBound
        if !demonym, let titled = sameTitleHolder(block, titleOn, quote) ?? bareTitleHolder(block, titleOn) { return titled }
        // (`Người đứng đầu CLB Juventus chia sẻ`: the head of a body is one person, named before.)
        let head = tokens.hasKeys(Self.bodyHead, at: range.lowerBound, before: range.upperBound)
        guard opensClause(tokens, range.lowerBound) || demonym, head || !names(.organization, block, range) else { return nil }
        let describes = head || demonym || gazetteer.match(tokens, at: lead, [.profession]) != nil
            || (Self.demonstratives.contains(tokens[range.upperBound - 1].key)
                && (range.lowerBound..<min(range.upperBound, range.lowerBound + 2)).contains { j in  // `Vị chuyên gia`
                    gazetteer.match(tokens, at: j, [.unnamedHead, .title]) != nil
                })
        guard describes else { return nil }
        var person: Int?
        // `Nữ diễn viên`, `Hoa hậu`: a woman's description is the latest person known to be a woman.
        if let gender = Self.describedGender(tokens, lead..<range.upperBound) {
            // (Else, as a foreign star's gender is seldom written, the first person of the paragraph, or of the
            // one before, whom the paragraph is about, unless known to be of the other gender.)
            person = seenPersons.suffix(Analyzer.pronounLookBack).last { genders().gender(of: canonicals[$0]) == gender }
                ?? paragraphTopic(before: quote.block).flatMap { genders().gender(of: canonicals[$0]) == nil ? $0 : nil }
        } else {
            // (A description that gives no gender cannot tell two joined subjects apart.)
            guard let subject = recentSubject(before: block, range.lowerBound, quote), !sharesItsClause(subject) else { return nil }
            person = subject
        }
        guard let person, quote.block - mentions[person].block <= Self.backReferenceBlocks else { return nil }
        return person
    }

    /// English: `The Oscar-nominated actor said`, `the England coach added`: `the`, one to three qualifying
    /// words and a role or a profession (not a spokesman's; or two roles joined by `and`, `the Labour peer and
    /// former minister`) refer back, as `the actor` does (pronouns.txt),
    /// to the latest clause subject (else person) of the last two paragraphs named before the description;
    /// so does `the` and an age alone (`the 34-year-old told`).
    func describedInEnglish(_ block: Int, _ range: Range<Int>, _ quote: Analyzer.FoundQuote) -> Int? {
        let tokens = texts[block].tokens
        // (`the 34-year-old told`: an age alone after `the` refers back as a role does.)
        let age = range.count == 2 && tokens[range.lowerBound].key == EntityRecognizer.the
            && SpeakerNameLinker.isAge(tokens[range.lowerBound + 1], in: texts[block])
        guard !vietnamese, age || Self.isQualifiedRole(range, tokens, gazetteer),
              !names(.person, block, range),
              let person = subjectNamed(before: block, range.lowerBound)
                ?? seenPersons.last(where: { isNamed($0, before: block, range.lowerBound) }),
              quote.block - mentions[person].block <= Self.backReferenceBlocks else { return nil }
        return person
    }

    /// How many mentions back `bodyNamedBack` looks for a body whose name holds the words.
    static let bodyReach = 400

    /// `"...," said the council`, `The Canada-based company says`: in English, `the` and one or two lowercase
    /// words ending with a body's head (`SpeakerAttributor.describesABody`) is a body named before: the one
    /// that spoke in this paragraph or the one before (`JP Morgan said ... The bank said`); else the latest
    /// whose name holds the words (`Welsh Assembly Government` for `the assembly government`); else, for a
    /// word any body is (`company`, `firm`), the body named last in the last two paragraphs.
    func bodyNamedBack(_ block: Int, _ range: Range<Int>, _ quote: Analyzer.FoundQuote) -> Int? {
        let tokens = texts[block].tokens
        guard !vietnamese, range.count >= 2, tokens[range.lowerBound].key == EntityRecognizer.the,
              SpeakerAttributor.bodyHeads.contains(tokens[range.upperBound - 1].key),
              gazetteer.match(tokens, at: range.upperBound - 1, [.unnamedHead]) == nil else { return nil }  // (`the report`)
        if let body = lastSpeakingOrganization, quote.block - mentions[body].block <= 1 { return body }
        let words = tokens[(range.lowerBound + 1)..<range.upperBound]
        var index = nextMention - 1
        // (Bounded: an article may hold thousands of such descriptions.)
        while index >= 0, nextMention - index <= Self.bodyReach {
            let m = mentions[index]
            if m.kind == .organization, outsideQuotes[index], isNamed(index, before: block, range.lowerBound) {
                let name = texts[m.block].tokens[m.first..<m.end]
                if words.allSatisfy({ word in name.contains { $0.key == word.key } }) { return index }
            }
            index -= 1
        }
        guard Self.bodyWords.contains(tokens[range.upperBound - 1].key), let body = lastOrganizationSeen,
              quote.block - mentions[body].block <= Self.backReferenceBlocks else { return nil }
        return body
    }

    /// The latest clause subject named before token `start` of `block`. (`The actor, whose films include
    /// Michael Collins, said:`: a name after the description, inside its own clause, is not whom it means.)
    private func subjectNamed(before block: Int, _ start: Int) -> Int? {
        guard let subject = lastSubjectSeen else { return nil }
        if isNamed(subject, before: block, start) { return subject }
        return seenPersons.last { subjects[$0] && isNamed($0, before: block, start) }
    }

    /// The latest clause subject of the last two paragraphs named before token `start` of `block`; else the
    /// latest person of those paragraphs who has been a clause subject somewhere before the quotation
    /// (`Kiatisuk chia sẻ: ...`, then `khi Kiatisuk cho rằng`: still whom the article is about).
    private func recentSubject(before block: Int, _ start: Int, _ quote: Analyzer.FoundQuote) -> Int? {
        let recent = { (person: Int) in quote.block - self.mentions[person].block <= Self.backReferenceBlocks }
        if let subject = subjectNamed(before: block, start), recent(subject) { return subject }
        guard let person = seenPersons.last(where: { isNamed($0, before: block, start) }), recent(person) else { return nil }
        guard let firstAsSubject = firstSubjectMention[canonicals[person]], firstAsSubject < nextMention else { return nil }
        return person
    }

    private func isNamed(_ person: Int, before block: Int, _ start: Int) -> Bool {
        mentions[person].block < block || mentions[person].block == block && mentions[person].end <= start
    }

    /// The roles `the` makes a pronoun of in pronouns.txt (`the champion`, `the striker`), which qualifying
    /// words do not change (`the world indoor champion`); not a body's (`the company`, which `it` means).
    static let definiteRoles = KeySet(Gazetteer.listEntries("pronouns").compactMap { line -> UInt64? in
        let words = line.split(separator: " ")
        guard words.count == 2, words[0] == "the", !bodyWords.contains(Tokenizer.key(of: words[1].unicodeScalars)) else {
            return nil
        }
        return Tokenizer.key(of: words[1].unicodeScalars)
    })

    static func isQualifiedRole(_ range: Range<Int>, _ tokens: [Token], _ gazetteer: Gazetteer) -> Bool {
        guard (3...7).contains(range.count), tokens[range.lowerBound].key == EntityRecognizer.the else { return false }
        let head = range.upperBound - 1
        // (A title's abbreviation is written in capitals: `the Ealing North MP`.)
        let lowercaseOrTitle = !tokens[head].isCapitalized || tokens[head].isAllCaps && gazetteer.match(tokens, at: head, [.title]) != nil
        guard tokens[head].kind == .word, lowercaseOrTitle, gazetteer.match(tokens, at: head, [.unnamedHead]) == nil,
              isRole(tokens, head, gazetteer) else { return false }
        // (`the Labour peer and former minister`: two roles of one person joined by `and`; `the world 200m and
        // 400m record holder`, two numbers.)
        let joined = ((range.lowerBound + 2)..<head).filter { tokens[$0].key == EntityRecognizer.and }
        guard range.count <= 5 || joined.count == 1 else { return false }
        return ((range.lowerBound + 1)..<head).allSatisfy { j in
            tokens[j].kind == .number || tokens[j].kind == .punct && tokens[j].first == "-"
                || joined.contains(j) && (isRole(tokens, j - 1, gazetteer) || tokens[j - 1].kind == .number)
                || tokens[j].kind == .word && gazetteer.categories(tokens, at: j)
                    .isDisjoint(with: [.pronoun, .speechVerb, .conjunction, .unnamedHead, .functionWord])
        }
    }

    private static func isRole(_ tokens: [Token], _ j: Int, _ gazetteer: Gazetteer) -> Bool {
        EntityRecognizer.professions.contains(tokens[j].key) || gazetteer.match(tokens, at: j, [.title])?.length == 1
            || definiteRoles.contains(tokens[j].key)
    }

    /// How far before a person's name its title may stand (`Chủ tịch HĐQT Hòa Phát | Trần Đình Long`).
    static let titleReach = 6

    /// A description that opens with a title and names a body (or a club's city): the latest subject of the
    /// last two paragraphs, when the article names that person with the same title somewhere (before the
    /// name, or after it and a comma), if any.
    /// (Only that one person's mentions are searched: a quotation's description asks of one candidate.)
    private func sameTitleHolder(_ block: Int, _ range: Range<Int>, _ quote: Analyzer.FoundQuote) -> Int? {
        let tokens = texts[block].tokens
        guard names(.organization, block, range) || names(.place, block, range),  // (a club: `của Barcelona`)
              let title = gazetteer.match(tokens, at: range.lowerBound, [.title, .profession]),
              // (`HLV tạm quyền của Tottenham` after `HLV Pep Guardiola hài lòng. Ryan Mason thì thất vọng.` is
              // not Guardiola: the latest subject must hold the title.)
              let person = subjectNamed(before: block, range.lowerBound),
              quote.block - mentions[person].block <= Self.backReferenceBlocks else { return nil }
        let titleWords = tokens[range.lowerBound..<(range.lowerBound + title.length)]
        let name = canonicals[person]
        let titled = mentions.indices.contains { m in
            mentions[m].kind == .person && canonicals[m] == name && isNamed(m, withTitle: titleWords)
        }
        return titled ? person : nil
    }

    /// Whether the title's words stand before mention `m` (`Chủ tịch HĐQT Hòa Phát Trần Đình Long`), or after
    /// it and a comma, in apposition (`Trần Đình Long, Chủ tịch HĐQT Hòa Phát`).
    private func isNamed(_ m: Int, withTitle titleWords: ArraySlice<Token>) -> Bool {
        let own = texts[mentions[m].block].tokens, first = mentions[m].first, end = mentions[m].end
        let holds = { (start: Int) in
            start + titleWords.count <= own.count
                && own[start..<(start + titleWords.count)].elementsEqual(titleWords) { $0.key == $1.key }
        }
        // (However long the body's name between: `Thứ trưởng Bộ Lao động-Thương binh và Xã hội Lê Tấn Dũng`.)
        let body = m > 0 && mentions[m - 1].block == mentions[m].block && mentions[m - 1].end == first
            && mentions[m - 1].kind == .organization ? mentions[m - 1].first : first
        return (max(0, min(body - titleWords.count, first - Self.titleReach))..<first).contains { $0 + titleWords.count <= first && holds($0) }
            || end + 1 < own.count && own[end].kind == .punct && own[end].first == "," && holds(end + 1)
    }

    /// `"...", Thứ trưởng nhấn mạnh.`: a title alone is the latest person the article named with it before.
    private func bareTitleHolder(_ block: Int, _ range: Range<Int>) -> Int? {
        let tokens = texts[block].tokens
        guard let title = gazetteer.match(tokens, at: range.lowerBound, [.title]), title.length == range.count else { return nil }
        let titleWords = tokens[range]
        return seenPersons.suffix(Analyzer.pronounLookBack).last { isNamed($0, before: block, range.lowerBound) && isNamed($0, withTitle: titleWords) }
    }

    /// The first person named (outside quotations) in the paragraph `block`, else in the one before.
    private func paragraphTopic(before block: Int) -> Int? {
        for b in [block, block - 1] where b >= 0 {
            var first: Int?
            for person in seenPersons.reversed() {
                if mentions[person].block == b { first = person } else if mentions[person].block < b { break }
            }
            if let first { return first }
        }
        return nil
    }

    /// The first words of a description that give the person's gender (`nữ ca sĩ`, `nam diễn viên`, `hoa
    /// hậu`, `người đẹp`).
    static let genderedOpenings: [([UInt64], PersonGender.Gender)] = [
        (["nữ"], .female), (["hoa"], .female), (["á"], .female), (["người", "đẹp"], .female),
        (["nam"], .male),
    ].map { words, gender in (words.map { Tokenizer.key(of: $0.unicodeScalars[...]) }, gender) }

    /// The gender the description in `range` gives, if it opens with one of `genderedOpenings`.
    static func describedGender(_ tokens: [Token], _ range: Range<Int>) -> PersonGender.Gender? {
        genderedOpenings.first { tokens.hasKeys($0.0, at: range.lowerBound, before: range.upperBound) }?.1
    }

    static let nguoi = Tokenizer.key(of: "người".unicodeScalars[...])

    /// `ngôi sao người Pháp`, `chiến lược gia người Italy`: one to three lowercase words (or an acronym, `HLV`)
    /// then `người` and a place, with at most two words after it (`từng`, `đã`), names a person by
    /// nationality: the way Vietnamese news refers back to someone just named.
    private func namesNationality(_ block: Int, _ range: Range<Int>) -> Bool {
        let tokens = texts[block].tokens
        guard let j = range.dropFirst().prefix(3).first(where: { tokens[$0].key == Self.nguoi }),
              tokens[range.lowerBound..<j].allSatisfy({ $0.kind == .word && ($0.isAllCaps || !$0.isCapitalized || $0.sentenceStart) }) else {
            return false
        }
        let low = firstMention(from: block, j + 1)
        guard low < mentions.count, mentions[low].block == block, mentions[low].first == j + 1,
              mentions[low].kind == .place else { return false }
        return mentions[low].end <= range.upperBound && range.upperBound - mentions[low].end <= 2
    }

    /// Whether a mention of `kind` starts inside the block's token range.
    func names(_ kind: Entity.Kind, _ block: Int, _ range: Range<Int>) -> Bool {
        var low = firstMention(from: block, range.lowerBound)
        while low < mentions.count, mentions[low].block == block, mentions[low].first < range.upperBound {
            if mentions[low].kind == kind { return true }
            low += 1
        }
        return false
    }
}

extension SpeakerResolver {
    /// Words for the leadership of a body (`lãnh đạo Cục X`, `người đứng đầu Sở Y`).
    static let leadershipWords: [[UInt64]] = [["lãnh", "đạo"].map { Tokenizer.key(of: $0.unicodeScalars[...]) }, bodyHead]

    /// `Theo lãnh đạo Cục Xúc tiến thương mại:` after `Ông Vũ Bá Phú - Cục trưởng Cục Xúc tiến thương mại`:
    /// the leadership of a body (organisation mention `body`, right after a word for it) is the person the
    /// article names with a title of that same body, before the name or in apposition after it; when the
    /// article names two such people anywhere (`Tổng giám đốc Habeco X`, `Chủ tịch Habeco Y`), no one.
    func leaderOfBody(_ body: Int) -> Int? {
        let m = mentions[body], tokens = texts[m.block].tokens
        guard Self.leadershipWords.contains(where: { tokens.hasKeys($0, at: m.first - $0.count, before: m.first) }) else {
            return nil
        }
        let name = canonicals[body]
        let leaders = mentions.indices.filter { person in
            let p = mentions[person], own = texts[p.block].tokens
            guard p.kind == .person else { return false }
            // `Cục trưởng Cục X Vũ Bá Phú`
            if person > 0, mentions[person - 1].kind == .organization, mentions[person - 1].block == p.block,
               mentions[person - 1].end == p.first, canonicals[person - 1] == name {
                return true
            }
            // `Vũ Bá Phú - Cục trưởng Cục X`, `Vũ Bá Phú, Cục trưởng Cục X`: punctuation, a title, the body.
            guard person + 1 < mentions.count, mentions[person + 1].kind == .organization,
                  mentions[person + 1].block == p.block, canonicals[person + 1] == name,
                  p.end < own.count, own[p.end].kind == .punct, own[p.end].first.isOne(of: "-,\u{2013}"),
                  let title = gazetteer.match(own, at: p.end + 1, [.title]) else { return false }
            return p.end + 1 + title.length == mentions[person + 1].first
        }
        guard let leader = leaders.last, leaders.allSatisfy({ canonicals[$0] == canonicals[leader] }) else { return nil }
        return leader
    }
}
