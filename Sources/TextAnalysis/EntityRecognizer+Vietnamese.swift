import ArticleModel

/// Vietnamese cues the scanner tries before its general rules: words before a name that say it is a
/// vessel's, an event's or a venue's, a place's team, a body's alias, or no name at all.
extension EntityRecognizer {
    /// `miền Tây`, `phía Nam`: a bare compass word after a place prefix names a part of the country the
    /// way a common noun would; news does not count it as a place.
    static let compassWords = KeySet(list: "compass-words")

    /// What to do at a gazetteer word that is a Vietnamese cue: the token to go on from and the mention
    /// to add, if any; nil when the word is no such cue here.
    func vietnameseCue(_ block: BlockText, at i: Int, _ match: Gazetteer.Match,
                       afterPrefix: Bool) -> (next: Int, mention: Mention?)? {
        let tokens = block.tokens
        let n = tokens.count
        let end = i + match.length
        let category = match.category
        let nameFollows = end < n && tokens[end].isNameLike
        if category.contains(.vesselWord), !category.contains(.place), !category.contains(.organization) {
            // `tàu ngầm KRI X 402 (ABC 6)`: the vessel's name, and an acronym given for it, name nothing the
            // article counts; `tàu Hải quân Mỹ`, `tàu Trung Quốc` still name the body or the country.
            guard nameFollows,
                  gazetteer.match(tokens, at: end, [.place, .organization, .orgHead, .title, .honorific]) == nil else {
                return (end, nil)
            }
            let nameEnd = vesselNameEnd(tokens, from: end)
            return (nameEnd, Mention(block: block.index, first: end, end: nameEnd, kind: nil, clues: [.noEntity]))
        }
        if category.contains(.eventHead), tokens[i].isCapitalized, !afterPrefix,
           !category.contains(.place), !category.contains(.organization),
           // (`Năm` opens an event only before a field, `Năm Du lịch Quốc gia`; `Năm Tài` is a name.)
           tokens[i].key != dates.nam || gazetteer.match(tokens, at: end, [.orgWord, .orgField]) != nil {
            // `Giải vô địch ...`, `Đại hội đồng cổ đông`: the event's own capitalised words are skipped, a
            // known place or body inside its name is not (`Hội nghị ASEAN`).
            var j = end
            // (`ban tổ chức Đại hội Hà Thị A`: a family name before another capital starts a person's name.)
            while j < n, tokens[j].isNameLike,
                  !(gazetteer.categories(tokens, at: j).contains(.familyName) && j + 1 < n && tokens[j + 1].isNameLike),
                  gazetteer.match(tokens, at: j, [.place, .organization, .orgHead, .title, .honorific]) == nil {
                j += 1
            }
            return (j, nil)
        }
        if category.contains(.venueHead), tokens[i].isCapitalized || tokens[i].isAllCaps {
            // `Sân vận động Mỹ Đình`: written with its capital, the venue word is part of the place's name;
            // alone it names none.
            guard nameFollows else { return (end, nil) }
            // `Đảo Phú Quốc có ...`: at a sentence's start the head may be capitalised only for the start;
            // before a known place's whole name it is that place's common noun.
            if tokens[i].sentenceStart, let place = gazetteer.match(tokens, at: end, [.place]),
               end + place.length >= n || !tokens[end + place.length].isNameLike {
                return (end + place.length, Mention(block: block.index, first: end, end: end + place.length, kind: .place))
            }
            let chunk = capitalisedRun(tokens, from: end, afterPrefix: true)
            var last = chunk.upperBound
            // `Trung tâm Hội nghị Quốc gia`: a compound written with its first capital only ends the name.
            if let words = gazetteer.match(tokens, at: last - 1, [.orgWord, .orgField]), words.length >= 2 {
                last = max(last, last - 1 + words.length)
                // `Công viên Quốc gia Cúc Phương`: the name after the compound goes on.
                if last < n, tokens[last].isNameLike { last = capitalisedRun(tokens, from: last, afterPrefix: true).upperBound }
            }
            return (last, Mention(block: block.index, first: i, end: last, kind: .place))
        }
        if category.contains(.languageWord), nameFollows, !category.contains(.place), !category.contains(.organization) {
            // `tiếng Anh`, `Tiếng Việt`: the capitalised words after the word for a language name the
            // language, which news does not count as a place or a person. (`ngành Ngôn ngữ Anh`: another
            // such word after it is read in its turn.)
            if gazetteer.match(tokens, at: end, [.languageWord]) != nil { return (end, nil) }
            return (capitalisedRun(tokens, from: end, afterPrefix: true).upperBound, nil)
        }
        // `Anh ngữ`: a place's syllable before `ngữ` names its language.
        if category.contains(.place), match.length == 1, isLanguageSyllable(tokens, i) { return (end, nil) }
        // `Anh cho biết ...`: at a sentence's start a form of address that is also a place, in an article
        // that never capitalises it mid-sentence (`nước Anh`, `Tuấn Anh`), is the pronoun.
        if category.contains(.place), category.contains(.honorific), match.length == 1, tokens[i].sentenceStart,
           !nameFollows, !midSentenceCapitals.contains(tokens[i].key) {
            return (end, nil)
        }
        // `Viên pin ...`, `Ý tưởng ...`, `Mỹ nhân ...`: at a sentence's start a place that opens common words
        // (`common-word-places.txt`) before a lowercase syllable, in an article that never capitalises it
        // mid-sentence, opens such a word.
        // (`Mỹ nhân 9X chia sẻ`: the words that are never the place's, whatever the article capitalises.)
        if category.contains(.place), match.length == 1, tokens[i].sentenceStart, !nameFollows, end < n,
           tokens[end].kind == .word, Self.commonWordPlaces.contains(tokens[i].key),
           !midSentenceCapitals.contains(tokens[i].key) || Self.commonWords.contains(where: { tokens.hasKeys($0, at: i, before: n) }) {
            return (end, nil)
        }
        // `"Anh em công nhân ...`: at a quotation's start `Anh` addresses someone, not Britain.
        if category.contains(.place), category.contains(.honorific), match.length == 1, tokens[i].sentenceStart,
           i > 0, tokens[i - 1].kind == .punct, QuoteMarks.canOpen(tokens[i - 1].first), !nameFollows {
            return (end, nil)
        }
        return nil
    }

    /// The end of a vessel's name from `start`: capitalised words and numbers, joined by hyphens
    /// (`KRI Nanggala-402`), then an alias in parentheses (`(DSAR 6)`).
    func vesselNameEnd(_ tokens: [Token], from start: Int) -> Int {
        let n = tokens.count
        var j = start
        while j < n {
            if tokens[j].isNameLike || tokens[j].kind == .number && j > start { j += 1; continue }
            // (`Deep Search and Rescue Six`: an English name keeps its small words.)
            if tokens[j].kind == .word, j > start, j + 1 < n, tokens[j + 1].isNameLike,
               gazetteer.categories(tokens, at: j).contains(.connector) {
                j += 1
                continue
            }
            if tokens[j].kind == .punct, Self.dashes.contains(tokens[j].first), j > start, j + 1 < n,
               tokens[j + 1].isNameLike || tokens[j + 1].kind == .number {
                j += 1
                continue
            }
            break
        }
        if j + 2 < n, tokens[j].kind == .punct, tokens[j].first == "(", tokens[j + 1].isNameLike {
            var k = j + 1
            while k < n, k < j + 5, tokens[k].isNameLike || tokens[k].kind == .number { k += 1 }
            if k < n, tokens[k].kind == .punct, tokens[k].first == ")" { return k + 1 }
        }
        return j
    }

    /// `đội Nam Định`, `đội khách Hải Phòng`: the place right after `i - d` team words is its team.
    /// (`quân đội Nga`, `hạm đội`, `bộ đội`: `đội` closing another word is no team.)
    func afterTeamCue(_ tokens: [Token], at i: Int) -> Bool {
        for d in 1...3 where i - d >= 0 && tokens[i - d].kind == .word
            && (!tokens[i - d].isCapitalized || tokens[i - d].sentenceStart) {
            if let cue = gazetteer.match(tokens, at: i - d, [.teamCue]), cue.length == d {
                return i - d == 0 || tokens[i - d - 1].kind != .word || !Self.teamCompounds.contains(tokens[i - d - 1].key)
            }
        }
        return false
    }

    /// Words that make `đội` part of another noun (`quân đội`, `bộ đội`, `hạm đội`, `đại đội`).
    static let teamCompounds = KeySet(list: "team-compounds")
    /// Places whose syllable opens common words (`Viên pin`, `Ý tưởng`).
    static let commonWordPlaces = KeySet(list: "common-word-places")
    /// Common words a place's syllable opens that name no place (`Mỹ nhân`, a beauty; `Ý tưởng`, an idea).
    static let commonWords: [[UInt64]] = [["mỹ", "nhân"], ["ý", "tưởng"], ["ý", "kiến"], ["ý", "nghĩa"], ["nhật", "báo"],
                                          ["nhật", "ký"], ["viên", "pin"]]
        .map { $0.map { Tokenizer.key(of: $0.unicodeScalars[...]) } }

    /// `Tổng công ty X (Cienco 4)`: a name in parentheses right after a body's name is that body's short
    /// name; the run's end, taking a number that belongs to it, or nil when the run is no such alias.
    func aliasEnd(_ tokens: [Token], _ chunk: Range<Int>, after mentions: [Mention]) -> Int? {
        let i = chunk.lowerBound
        guard i > 0, tokens[i - 1].kind == .punct, tokens[i - 1].first == "(", let last = mentions.last,
              last.kind == .organization, last.end == i - 1 else { return nil }
        var end = chunk.upperBound
        if end < tokens.count, tokens[end].kind == .number { end += 1 }
        guard end < tokens.count, tokens[end].kind == .punct, tokens[end].first == ")" else { return nil }
        return end
    }

    /// A capitalised run that should name nothing: compass words alone (`miền Tây`, `hướng Tây Nam`; not
    /// after a form of address, `anh Nam`),
    /// or a lone form of address (`Ông nói`), which is no name even when capitalised, or `Việt` alone after a
    /// common noun (`doanh nghiệp Việt`), the short form of Vietnamese, or a syllable before `ngữ` (`Hoa ngữ`,
    /// a language). After a title, a capitalised field compound (`Trưởng phòng Kinh tế`) names the title's unit, not a
    /// person.
    func isVietnameseNonName(_ tokens: [Token], _ chunk: Range<Int>, afterPrefix: Bool, afterTitle: Bool,
                             titled: Bool = false) -> Bool {
        if afterTitle, chunk.count == 1, let words = gazetteer.match(tokens, at: chunk.lowerBound, [.orgWord, .orgField]),
           words.length >= 2 {
            return true
        }
        // (Not after a form of address: `anh Nam` is a person.)
        if afterPrefix || !titled, tokens[chunk].allSatisfy({ $0.kind == .word && Self.compassWords.contains($0.key) }) {
            return true
        }
        if chunk.count == 1, !tokens[chunk.lowerBound].isAllCaps,
           !gazetteer.categories(tokens, at: chunk.lowerBound).isDisjoint(with: [.honorific, .pronoun]) {
            return true
        }
        // `màn ảnh Hoa ngữ`: a syllable before `ngữ` names a language.
        if chunk.count == 1, isLanguageSyllable(tokens, chunk.lowerBound) { return true }
        // `doanh nghiệp Việt`, `người Việt`: alone after a common noun, `Việt` is the short form of
        // Vietnamese (after a form of address a given name: `ông Việt`).
        let i = chunk.lowerBound
        if chunk.count == 1, !titled, tokens[i].key == Self.viet, i > 0, tokens[i - 1].kind == .word,
           !tokens[i - 1].isCapitalized, !tokens[i - 1].isAllCaps {
            return true
        }
        return false
    }

    /// `Ảnh: Harbour Review`, `Nguồn: Daily Courier`: a credit in a Vietnamese article written in another
    /// language is a publication or agency (a Vietnamese name there is a photographer's).
    func isForeignCredit(_ block: BlockText, _ chunk: Range<Int>) -> Bool {
        let i = chunk.lowerBound
        guard chunk.count >= 2, i >= 2, Self.isCreditLabel(block.tokens, at: i - 2) else { return false }
        return block.hasNoVietnameseLetter(chunk)
    }

    /// `Ảnh:`, `Nguồn:`: a credit's word (credit-words.txt) and a colon at token `j`.
    static func isCreditLabel(_ tokens: [Token], at j: Int) -> Bool {
        j + 1 < tokens.count && tokens[j].kind == .word && creditWords.contains(tokens[j].key)
            && tokens[j + 1].kind == .punct && tokens[j + 1].first == ":"
    }

    /// `Thể Công - Viettel`: a name unknown on its own, joined by a spaced dash to a known company's
    /// name, is one club's or firm's name; the index after it, or nil. (Two known or place names, as in
    /// a fixture `Hà Nội - Hải Phòng`, stay two.)
    func dashJoinedBodyEnd(_ tokens: [Token], _ chunk: Range<Int>) -> Int? {
        let n = tokens.count
        let dash = chunk.upperBound
        guard dash + 1 < n, tokens[dash].kind == .punct, Self.dashes.contains(tokens[dash].first),
              tokens[dash].start > tokens[dash - 1].end, tokens[dash + 1].start > tokens[dash].end,
              tokens[dash + 1].isNameLike,
              !chunk.contains(where: { !gazetteer.categories(tokens, at: $0).isDisjoint(with: [.place, .organization,
                                                                                              .orgHead, .title,
                                                                                              .honorific]) }),
              !gazetteer.categories(tokens, at: chunk.lowerBound).contains(.familyName),  // (a person's name)
              let known = gazetteer.match(tokens, at: dash + 1, [.organization]),
              gazetteer.match(tokens, at: dash + 1, [.place]) == nil else { return nil }
        let end = dash + 1 + known.length
        return end >= n || !tokens[end].isNameLike ? end : nil
    }

    /// `Nguyễn Trường Sơn`, `Nguyễn Thị Trường Giang`: a run whose only head is a given name right after its
    /// family name (and middle name).
    func headIsGivenName(_ tokens: [Token], _ chunk: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        guard chunk.count >= 2 else { return false }
        var j = chunk.lowerBound + 1
        // (`Nguyễn Văn Trường`, `Phan Khánh Hội`, `Lê Hội`: closing the name, whatever follows it; not a
        // foreign head, `La Trobe University`.)
        let last = chunk.upperBound - 1
        if j == last || j + 1 == last, gazetteer.match(tokens, at: last, [.orgHead]) != nil {
            return !Self.isForeignWord(scalars, tokens[last])
                && (isHeadGivenNameAfterFamilyName(tokens, at: last, followedByName: false)
                    || j == last && isTwoSyllableGivenName(tokens, chunk.lowerBound))
        }
        if Self.middleNames.contains(tokens[j].key), chunk.count >= 4 { j += 1 }  // `Nguyễn Thị Trường Giang`
        guard chunk.count >= 3, isHeadGivenNameAfterFamilyName(tokens, at: j) else { return false }
        return !hasOrgHead(tokens, (j + 1)..<chunk.upperBound)
    }

    /// `Nguyễn Trường Sơn`, `Nguyễn Thị Trường Giang`: a head of one syllable used as a given name
    /// (`isHeadGivenName`) right after a family name that is not in capitals, or after one and a middle
    /// name (`Thị`, `Văn`). `followedByName`: as in running text, a given syllable must follow it; a
    /// byline's name may end with it (`Nguyễn Trường`), and so may a name it closes, after a family name
    /// and any syllable (`Nguyễn Xuân Trường`).
    func isHeadGivenNameAfterFamilyName(_ tokens: [Token], at j: Int, followedByName: Bool = true) -> Bool {
        var family = j - 1
        if family > 0, Self.middleNames.contains(tokens[family].key), tokens[family].isCapitalized { family -= 1 }
        // (`Nguyễn Xuân Trường`, `Tiêu Lam Trường`: closing the name, after a family name and any syllable.)
        else if !followedByName, family > 0, tokens[family].isCapitalized, !tokens[family].isAllCaps,
                gazetteer.match(tokens, at: family, [.orgHead, .title, .place, .organization]) == nil,
                gazetteer.categories(tokens, at: family - 1).contains(.familyName) {
            family -= 1
        }
        return family >= 0 && !tokens[family].isAllCaps && gazetteer.categories(tokens, at: family).contains(.familyName)
            && isHeadGivenName(tokens, at: j, followedByName: followedByName)
    }

    /// Syllables that make a body's or a role's word with a head after them (`Chi cục`, `Phân viện`,
    /// `Thiền viện`, `Trưởng ban`, `Khoa Báo chí`), never a given name before one.
    static let headPrefixes = KeySet(words: ["chi", "phân", "tiểu", "thiền", "khoa", "trưởng", "phó", "tổng", "liên", "nhà"])

    /// `Xuân Trường`, `Khánh Hội`: one capitalised syllable that is nothing known, then a head of one
    /// syllable (`isHeadGivenName`) closing the run, is a two-syllable given name: a head alone names no body.
    func isTwoSyllableGivenName(_ tokens: [Token], _ start: Int) -> Bool {
        let first = tokens[start]
        guard start + 1 < tokens.count, first.kind == .word, first.isCapitalized, !first.isAllCaps,
              !Self.headPrefixes.contains(first.key),
              start + 2 >= tokens.count || !tokens[start + 2].isNameLike,
              gazetteer.match(tokens, at: start, [.orgHead, .title, .honorific, .place, .organization, .stopword,
                                                  .notEntity, .venueHead, .eventHead, .placePrefix]) == nil else { return false }
        return isHeadGivenName(tokens, at: start + 1, followedByName: false)
    }

    /// The middle names that never end a full name: a given name follows them.
    static let middleNames = KeySet([PersonGender.maleMiddle, PersonGender.femaleMiddle])

    /// `Trường Thịnh`, `Nguyễn Trường Sơn`: a head of one syllable (`Trường`, `Hội`) used as a given name,
    /// before a capitalised syllable that is no head, title or place, in a name that is not all capitals.
    /// (`followedByName` false: whatever follows.)
    func isHeadGivenName(_ tokens: [Token], at j: Int, followedByName: Bool = true) -> Bool {
        guard gazetteer.match(tokens, at: j, [.orgHead])?.length == 1, !tokens[j].isAllCaps,
              gazetteer.match(tokens, at: j, [.title, .place, .organization]) == nil else { return false }
        guard followedByName else { return true }
        guard j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized, !tokens[j + 1].isAllCaps
        else { return false }
        return gazetteer.categories(tokens, at: j + 1).isDisjoint(with: [.orgHead, .title, .place, .organization, .honorific])
    }

    /// A Vietnamese full name from `j`: a family name and two or more capitalised syllables, none a place,
    /// head or title, ending where the name-like words end (within `limit`). `familyNameIsHead`: the family
    /// name is also a body's head (`Đoàn`), which is then not held against it.
    func personNameStarts(_ tokens: [Token], at j: Int, _ limit: Range<Int>, familyNameIsHead: Bool = false) -> Bool {
        guard gazetteer.categories(tokens, at: j).contains(.familyName) else { return false }
        var k = familyNameIsHead ? j + 1 : j
        while k < limit.upperBound, tokens[k].isNameLike, !tokens[k].isAllCaps,
              gazetteer.match(tokens, at: k, [.place, .orgHead, .title, .honorific, .organization]) == nil
                || (k == j + 1 || k == j + 2) && isHeadGivenNameAfterFamilyName(tokens, at: k) {  // `Nguyễn Trường Sơn`
            k += 1
        }
        return k - j >= 3 && (k >= tokens.count || !tokens[k].isNameLike)
    }

    /// A word with Vietnamese letters that is no syllable but two of them, one after the other
    /// (`Nộikhoảng`, `PhươngTheo`). (Names of minority languages' places, `Krông`, `Đắk`, are no two
    /// syllables.)
    /// (`Marín`, `Rubén` are no two syllables: with a head of plain letters, the tail must hold a letter only
    /// Vietnamese writes, or be a function word, `Mailà`.)
    /// (`Bidenở`: a foreign name before a Vietnamese syllable too, when the syllable has a letter only
    /// Vietnamese writes. `José`, `Chávez` are no two syllables: `j`, `z` are no Vietnamese letters.)
    func isGluedSyllables(_ block: BlockText, _ token: Token) -> Bool {
        let range = token.start..<token.end, scalars = block.scalars
        // Two groups of vowels at least (one syllable has one), checked first without allocating: every
        // capitalised word of a Vietnamese run comes here.
        guard token.kind == .word, range.count >= 4, Self.vowelGroups(scalars[range]) >= 2,
              BlockText.hasVietnameseLetter(scalars, range), !Self.isVietnameseSyllable(scalars[range]) else {
            return false
        }
        for cut in (range.lowerBound + 1)..<range.upperBound {
            let head = scalars[range.lowerBound..<cut], tail = scalars[cut..<range.upperBound]
            guard head.count >= 2, Self.isVietnameseSyllable(tail) else { continue }
            // (`Marín`, `Rubén`: a plain head and a tail whose only marked letter European names also write
            // are one foreign name, stressed on its last syllable, unless the tail is a function word, `Mailà`, or
            // opens with a capital, `DanhNguyên`.)
            if Self.isVietnameseSyllable(head),
               !head.allSatisfy(\.isASCII) || Self.hasVietnameseOnlyLetter(tail) || isFunctionWord(tail)
                || CharTable.isUppercase(tail.first!) {
                return true
            }
            if Self.hasVietnameseOnlyLetter(tail), !Self.hasVietnameseOnlyLetter(head), tail.first!.properties.isLowercase {
                return true
            }
        }
        return false
    }

    /// Whether the letters are a function word (function-words.txt, through the gazetteer).
    private func isFunctionWord(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
        gazetteer.categories(ofWord: Tokenizer.key(of: letters), capitalized: false).contains(.functionWord)
    }

    /// How many runs of vowels the letters have, counting every letter above ASCII but `đ` as a vowel
    /// (in Vietnamese text those are vowels with their marks).
    static func vowelGroups(_ letters: ArraySlice<Unicode.Scalar>) -> Int {
        var groups = 0
        var inVowels = false
        for scalar in letters {
            let value = scalar.value
            let vowel: Bool
            switch value {
            case 0x41, 0x45, 0x49, 0x4F, 0x55, 0x59, 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: vowel = true  // AEIOUY aeiouy
            case 0..<0x80, 0x110, 0x111: vowel = false
            default: vowel = true
            }
            if vowel, !inVowels { groups += 1 }
            inVowels = vowel
        }
        return groups
    }

    /// Whether the letters hold one only Vietnamese writes: ă, đ, ơ, ư, or a vowel with a dot below or a
    /// hook (U+1EA0 to U+1EF9).
    static func hasVietnameseOnlyLetter(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
        letters.contains { scalar in
            switch scalar.value {
            case 0x102, 0x103, 0x110, 0x111, 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x1EA0...0x1EF9: true
            default: false
            }
        }
    }

    static let creditWords = KeySet(list: "credit-words")

    /// `Thể Công Viettel`: a run of capitalised words ending with a known company's name is a body's.
    /// (A short word is no evidence: `Ia Pa` is a district, though the acronym `PA` is a news agency.)
    func endsWithKnownBody(_ tokens: [Token], _ chunk: Range<Int>) -> Bool {
        let last = tokens[chunk.upperBound - 1]
        return chunk.count >= 2 && (last.isAllCaps || last.end - last.start >= 4)
            && gazetteer.categories(tokens, at: chunk.upperBound - 1).contains(.organization)
    }

    /// Words that say how wide a body reaches (`quốc gia`, `trung ương`), which end its name.
    static let bodyReachWords = PhraseSet(list: "body-reach-words")

    /// `Cơ quan Cảnh sát điều tra Công an X`, `Tổng công ty Xây dựng công trình giao thông 4`: lowercase
    /// field words inside a body's name, kept only when a capitalised word or a number follows them;
    /// the index after them, or nil. `Sở Văn hóa thể thao và du lịch X`: `và` may join two fields, and
    /// `Trung tâm Giám sát an toàn không gian mạng quốc gia`: a body-wide word of two syllables or more
    /// (`body-reach-words.txt`) ends them by itself.
    func orgFieldsEnd(_ tokens: [Token], from j: Int) -> Int? {
        let n = tokens.count
        var k = j
        var pairEnd = -1, wideEnd = -1
        while k < n, tokens[k].kind == .word, !tokens[k].isCapitalized, !tokens[k].isAllCaps,
              let field = gazetteer.match(tokens, at: k, [.orgField, .orgWord]) {
            // `khám, chữa bệnh`: a pair of activities written with its comma names the field by itself.
            if field.length > 2, tokens[k..<(k + field.length)].contains(where: { $0.kind == .punct }) {
                pairEnd = k + field.length
            }
            if field.length == 2, Self.bodyReachWords.startsPhrase(tokens, at: k) {
                wideEnd = k + 2
            }
            k += field.length
            if k + 1 < n, tokens[k].key == Self.va, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized,
               gazetteer.match(tokens, at: k + 1, [.orgField, .orgWord]) != nil {
                k += 1
            }
        }
        if pairEnd == k || wideEnd == k && k > j + 2 { return k }
        // (`Viện Sức khỏe nghề nghiệp và Môi trường`: `và` and a capitalised field that is no body's head,
        // title or person's name; the walk takes them.)
        if k > j, k + 1 < n, tokens[k].key == Self.va, tokens[k + 1].isCapitalized, !tokens[k + 1].sentenceStart,
           gazetteer.match(tokens, at: k + 1, [.orgField, .orgWord]) != nil,
           gazetteer.match(tokens, at: k + 1, [.orgHead, .title, .honorific, .organization]) == nil {
            return k
        }
        // (`Cục Cảnh sát giao thông (Bộ Công an)`: a parenthesis naming its parent or alias ends it too, and
        // so does an administrative unit with its name, `Trung tâm y tế huyện X`.)
        guard k > j, k < n, tokens[k].kind == .number || tokens[k].isNameLike && !tokens[k].sentenceStart
            || tokens[k].kind == .punct && tokens[k].first == "(" && k + 1 < n && tokens[k + 1].isNameLike
            || administrativeUnitEnd(tokens, at: k, nameFollows: false) != nil else {
            return nil
        }
        return k
    }

    static let co = Tokenizer.key(of: "Co".unicodeScalars[...])

    /// `Transword Foods, Inc`, `SMBC Consumer Finance Co., LTD`: the end of a foreign firm's legal form
    /// written after a comma from `j`, right after its name, or nil.
    func legalFormEnd(_ tokens: [Token], from j: Int) -> Int? {
        let n = tokens.count
        var k = j
        if k < n, tokens[k].key == Self.co, tokens[k].isCapitalized {
            k += 1
            if k < n, tokens[k].kind == .punct, tokens[k].first == "." { k += 1 }
        }
        // (A form of two letters only in capitals: `, SA`, not the syllable of `Sa Pa`.)
        guard k + 1 < n, tokens[k].kind == .punct, tokens[k].first == ",", tokens[k + 1].kind == .word,
              tokens[k + 1].isAllCaps || tokens[k + 1].isCapitalized && tokens[k + 1].end - tokens[k + 1].start > 2,
              Self.companyForms.contains(tokens[k + 1].key) else {
            return nil
        }
        return k + 2
    }

    static let ngu = Tokenizer.key(of: "ngữ".unicodeScalars[...])

    /// `Hoa ngữ`, `Anh ngữ`: a capitalised syllable right before `ngữ` (language) names the language.
    func isLanguageSyllable(_ tokens: [Token], _ i: Int) -> Bool {
        i + 1 < tokens.count && tokens[i + 1].key == Self.ngu && !tokens[i + 1].isCapitalized && !tokens[i].isAllCaps
    }

    static let mien = Tokenizer.key(of: "miền".unicodeScalars[...])
    static let viet = Tokenizer.key(of: "Việt".unicodeScalars[...])
    static let khuVuc = [Tokenizer.key(of: "khu".unicodeScalars[...]), Tokenizer.key(of: "vực".unicodeScalars[...])]

    /// `Trung tâm ... miền Bắc`, `Đài ... khu vực Nam Bộ`: a region closing a body's name; the index after
    /// it, or nil. (Alone, `miền Bắc` names no place: see `compassWords`.)
    func regionSuffixEnd(_ tokens: [Token], at j: Int) -> Int? {
        let n = tokens.count
        var k = j
        if tokens[j].key == Self.mien {
            k = j + 1
        } else if j + 1 < n, tokens[j].key == Self.khuVuc[0], tokens[j + 1].key == Self.khuVuc[1] {
            k = j + 2
        } else {
            return nil
        }
        guard k < n, tokens[k].kind == .word, tokens[k].isCapitalized, Self.compassWords.contains(tokens[k].key) else {
            return nil
        }
        k += 1
        // `khu vực Tây Nguyên`, `miền Đông Nam Bộ`: the region's capitalised words that follow.
        while k < n, k < j + 5, tokens[k].isNameLike, !tokens[k].isAllCaps,
              gazetteer.match(tokens, at: k, [.title, .orgHead, .honorific]) == nil,
              !gazetteer.categories(tokens, at: k).contains(.familyName) {
            k += 1
        }
        return k
    }

    /// First words of the place prefixes that name an administrative unit (`tỉnh`, `thành phố`, `TP`,
    /// `huyện`, `quận`, `thị xã`, `xã`, `phường`).
    static let administrativeUnits = KeySet(words: ["tỉnh", "thành", "tp", "huyện", "quận", "thị", "xã", "phường"])

    /// `Trung tâm Y tế huyện Vĩnh Thuận`, `Sở Y tế tỉnh Hà Nam`, `UBND TP. Hà Nội`: an administrative unit
    /// and its capitalised name right after a body's name close that name (the body of that unit); the
    /// index after the unit's name, or nil. `nameFollows` (a title came first): a family name after the
    /// unit word opens the person's name instead (`Chủ tịch UBND thành phố | Lê Văn A`).
    func administrativeUnitEnd(_ tokens: [Token], at j: Int, nameFollows: Bool) -> Int? {
        let n = tokens.count
        guard !tokens[j].isCapitalized || tokens[j].isAllCaps, Self.administrativeUnits.contains(tokens[j].key),
              let prefix = gazetteer.match(tokens, at: j, [.placePrefix]) else { return nil }
        var k = j + prefix.length
        if k + 1 < n, tokens[k].kind == .punct, tokens[k].first == ".", tokens[k].end == tokens[k + 1].start
            || tokens[j].isAllCaps { k += 1 }  // `TP. Hà Nội`
        guard k < n, tokens[k].isNameLike, !tokens[k].sentenceStart || tokens[k - 1].first == "." else { return nil }
        if let place = gazetteer.match(tokens, at: k, [.place]) {
            return k + place.length >= n || !tokens[k + place.length].isNameLike ? k + place.length : nil
        }
        let run = capitalisedRun(tokens, from: k, afterPrefix: true)
        // (`lãnh đạo Công an phường | Lê Văn A`; but `phường Kim Mã, quận Ba Đình` goes on to a larger unit:
        // an address, no person.)
        if nameFollows, gazetteer.categories(tokens, at: k).contains(.familyName),
           !(run.upperBound + 1 < n && tokens[run.upperBound].kind == .punct && tokens[run.upperBound].first == ","
             && gazetteer.match(tokens, at: run.upperBound + 1, [.placePrefix]) != nil) {
            return nil
        }
        return run.count <= 4 ? run.upperBound : nil
    }

    static let companyHeads: [(UInt64, UInt64)] = [("công", "ty"), ("tập", "đoàn")].map {
        (Tokenizer.key(of: $0.0.unicodeScalars[...]), Tokenizer.key(of: $0.1.unicodeScalars[...]))
    }

    /// `Công ty CP Nông nghiệp Công nghệ cao Trung An`, `Công ty CP Bóng đá chuyên nghiệp Việt Nam`: inside
    /// a company's name, one or two lowercase syllables after a capitalised compound continue it when a
    /// country or province, or two capitalised words, follow and close it; the index after the lowercase
    /// syllables, or nil.
    func lowercaseInsideCompanyName(_ tokens: [Token], at j: Int, head: Int) -> Int? {
        let n = tokens.count
        guard head >= 2, Self.companyHeads.contains(where: { $0.0 == tokens[head - 2].key && $0.1 == tokens[head - 1].key }),
              j >= head + 2, tokens[j - 1].kind == .word, !tokens[j - 1].isNameLike, tokens[j - 2].isNameLike,
              !tokens[j - 2].isAllCaps else { return nil }
        var k = j
        while k < min(n, j + 2), tokens[k].kind == .word, !tokens[k].isCapitalized, !tokens[k].isAllCaps,
              gazetteer.match(tokens, at: k, [.functionWord, .speechVerb, .timeWord, .conjunction, .pronoun,
                                              .honorific, .title, .placePrefix, .notEntity]) == nil {
            k += 1
        }
        guard k > j, k + 1 < n, tokens[k].isNameLike, !tokens[k].sentenceStart else { return nil }
        if let place = gazetteer.match(tokens, at: k, [.place]), place.length >= 2 {
            return k + place.length >= n || !tokens[k + place.length].isNameLike ? k : nil
        }
        var m = k
        while m < n, tokens[m].isNameLike, !tokens[m].isAllCaps,
              gazetteer.match(tokens, at: m, [.title, .honorific, .orgHead, .place, .organization]) == nil {
            m += 1
        }
        return m - k >= 2 && (m >= n || !tokens[m].isNameLike) ? k : nil
    }

    /// `Mạng lưới Không khí sạch Việt Nam`: one lowercase syllable ending a capitalised compound may
    /// continue a body's name when a country or province of two or more words follows and ends it.
    func lowercaseBeforeClosingPlace(_ tokens: [Token], at j: Int, head: Int) -> Bool {
        let n = tokens.count
        guard j >= head + 2, j + 2 < n, tokens[j].kind == .word, !tokens[j].isCapitalized, !tokens[j].isAllCaps,
              tokens[j - 1].kind == .word, !tokens[j - 1].isNameLike, tokens[j - 2].isNameLike,
              !tokens[j - 2].isAllCaps, tokens[j + 1].isNameLike,
              let place = gazetteer.match(tokens, at: j + 1, [.place]), place.length >= 2,
              j + 1 + place.length >= n || !tokens[j + 1 + place.length].isNameLike,
              gazetteer.match(tokens, at: j, [.functionWord, .speechVerb, .timeWord, .conjunction, .pronoun,
                                              .honorific, .title, .placePrefix, .notEntity]) == nil else {
            return false
        }
        return true
    }
}
