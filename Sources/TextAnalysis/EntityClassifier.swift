import ArticleModel
import TextKit

/// Decides what the capitalised runs the recogniser left open are, once the whole article is known.
///
/// Rules: an organisation head word makes an organisation; a place suffix (`Park`) or a place prefix
/// (`phố`, `tỉnh`) a place; a title or honorific before it a person; an all-capitals run an organisation
/// (acronym), and so does a run with a word in capitals (`NHS England`; in Vietnamese of two letters or more,
/// `HA Gia Lai`, even right after a title, `Chủ tịch FLC`); two or more capitalised words a person, but in
/// English not a run opening with an `-ing` form or holding a number's word (`Finding Neverland`, `Million
/// Dollar Baby`: a work, nothing), and not an `-ing` form opening the sentence before a given name; in
/// Vietnamese a lone letter is only a person's initial (`anh K.`; with its full stop and a lowercase word
/// after it, also after a word for someone unnamed, `lái xe T. cho biết`). A single word is a person when it is a
/// word of a person's name found elsewhere in the article, a common given name, or in English a word whose
/// speech verb goes on with `he` or `she` (`Parry said he`) (not after a lowercase `the`: `the
/// Bill`), and in English two or more words after a lowercase `the` are a body (`the Rolling Stones`);
/// otherwise in English an organisation (news capitalises little else mid-sentence), and in Vietnamese an
/// organisation if it is a foreign word (`Garmin`), else nothing. In Vietnamese an English name opening with
/// `The` is an organisation (a medium, a band, a show), never a person. In Vietnamese a name right after
/// `tại`/`ở` (at, in) is a place, except after a diplomatic mission, whose name runs on through it (`Đại sứ
/// quán Bỉ tại Hàn Quốc`, `joinMissions`). A Vietnamese person's name cut before its last syllable (`Lưu
/// Diệc | Phi công khai`) takes it when the article names the person in full (`completeCutNames`). A lone
/// word of a player's or a team's name in a line-up is that player or team throughout (`+LineUp`); in
/// Vietnamese a lone foreign word in a list with a person's name is a person throughout (`+Lists`), and so
/// is one before a verb of a player's play in a football report (`+Players`). A person's name that ends a
/// body's name (`trường THPT Chu Văn An`) is that body where it stands alone (`+NamedBodies`). An unknown
/// acronym run together with a person's name is split into the body and the person (`+AcronymBeforeName`).
/// In Vietnamese a capitalised syllable before a lowercase one that the article also writes as a lowercase
/// compound (`Khoa học`, `Anh hùng`, `Khách sạn`) is that compound, no name (`+Compounds`).
struct EntityClassifier {
    let gazetteer: Gazetteer
    let vietnamese: Bool

    func classify(_ mentions: inout [Mention], blocks: [BlockText]) {
        if !vietnamese { trimOpeningGerunds(&mentions, blocks) }
        splitAcronymBeforeName(&mentions, blocks)
        let open = mentions.map { $0.kind == nil }
        spreadUncounted(&mentions, blocks: blocks)
        // A city seen as a club (`Leeds manager Daniel Farke`) is the club throughout (`beat Leeds`).
        var clubs = KeySet()
        var anyClub = false
        for m in mentions where m.kind == .organization && m.clues.contains(.beforeRole) {
            clubs.insert(phraseKey(m, blocks[m.block]))
            anyClub = true
        }
        if anyClub {
            for index in mentions.indices where mentions[index].kind == .place
                && clubs.contains(phraseKey(mentions[index], blocks[mentions[index].block])) {
                mentions[index].kind = .organization
            }
        }
        // A name seen with a decisive clue (`phố Hàng Gai`) keeps its kind where it has none (`Hàng Gai`).
        var decided = KeyTable<Entity.Kind>()
        for m in mentions where m.kind == nil && m.length >= 2 {
            if let kind = decisive(m, blocks[m.block]) { decided[phraseKey(m, blocks[m.block])] = kind }
        }
        for index in mentions.indices where mentions[index].kind == nil && mentions[index].length >= 2 {
            let m = mentions[index]
            if decisive(m, blocks[m.block]) == nil, let kind = decided[phraseKey(m, blocks[m.block])] {
                mentions[index].kind = kind
            }
        }
        let common = vietnamese ? KeySet() : commonWordEnds(mentions, blocks)
        var personWords = lineUpPlayerWords(mentions, blocks)
        for key in playerWords(mentions, blocks) { personWords.insert(key) }
        for index in mentions.indices where mentions[index].kind == nil && mentions[index].length >= 2 {
            var guessed = false
            var kind = decide(mentions[index], blocks[mentions[index].block], key: 0, personWords: nil, guessed: &guessed)
            if kind == .person, !vietnamese, namesNoPerson(mentions[index], blocks[mentions[index].block], common) {
                kind = .organization
                guessed = false
            }
            mentions[index].kind = kind
            if guessed { mentions[index].clues.insert(.guessed) }
            if kind == .person {
                let m = mentions[index]
                for token in blocks[m.block].tokens[m.first..<m.end] where token.kind == .word {
                    personWords.insert(token.key)
                }
            }
        }
        if !vietnamese {
            for key in wordsSayingHeOrShe(mentions, blocks) { personWords.insert(key) }
        }
        for index in mentions.indices where mentions[index].kind == nil {
            let m = mentions[index]
            var guessed = false
            let kind = decide(m, blocks[m.block], key: blocks[m.block].tokens[m.first].key, personWords: personWords,
                              guessed: &guessed)
            mentions[index].kind = kind
            if guessed { mentions[index].clues.insert(.guessed) }
            if kind == .person, m.clues.contains(.afterTitle) || m.clues.contains(.afterHonorific) {
                for token in blocks[m.block].tokens[m.first..<m.end] where token.kind == .word {
                    personWords.insert(token.key)
                }
            }
        }
        if vietnamese { speakingUnknownPlaces(&mentions, blocks) }
        let guesses = mentions.map { $0.clues.contains(.guessed) ? $0.kind : nil }
        peopleInLists(&mentions, blocks, open: open, &personWords)
        // A lone word classified before its full name was seen gets a second look; so does one the Vietnamese
        // article names as a place after a place prefix elsewhere (`đảo Boracay`, then `Boracay là đảo nhỏ`).
        // (Not a word right after an organisation's cue: `đồng hồ Garmin`, `chipmaker Arm`.)
        var placeWords = KeySet()
        if vietnamese {
            for m in mentions where m.length == 1 && m.kind == .place && m.clues.contains(.afterPlacePrefix) {
                placeWords.insert(blocks[m.block].tokens[m.first].key)
            }
        }
        for index in mentions.indices where mentions[index].length == 1 && mentions[index].kind == .organization
            && mentions[index].clues.isDisjoint(with: [.acronym, .hasOrgHead, .afterOrgCue]) {
            let key = blocks[mentions[index].block].tokens[mentions[index].first].key
            if personWords.contains(key) {
                mentions[index].kind = .person
            } else if placeWords.contains(key) {
                mentions[index].kind = .place
            }
        }
        settleLineUpTeams(&mentions, blocks)
        bodiesNamedAfterPeople(&mentions, blocks)
        dropCapitalisedCompounds(&mentions, blocks)
        for index in mentions.indices where mentions[index].clues.contains(.noEntity) { mentions[index].kind = nil }
        for index in mentions.indices where mentions[index].clues.contains(.beforeWork) {
            let m = mentions[index]
            if !personWords.contains(blocks[m.block].tokens[m.first].key) { mentions[index].kind = nil }
        }
        // What the passes since the guesses settled on evidence is no guess any more.
        for index in mentions.indices where guesses[index] != nil && mentions[index].kind != guesses[index] {
            mentions[index].clues.remove(.guessed)
        }
    }

    /// `Garmin`, `Grab`: in Vietnamese text a lone capitalised word of three letters or more that is no
    /// Vietnamese syllable and has no Vietnamese letter is a foreign name, and alone (no title, no full name
    /// in the article) far more often a company's or a brand's than a person's; but not between foreign
    /// words (`Game of Thrones`), where it is part of a foreign phrase.
    func isForeignWord(_ block: BlockText, _ i: Int, length: Int = 3) -> Bool {
        let token = block.tokens[i]
        return token.end - token.start >= length && !token.isAllCaps && EntityRecognizer.isForeignWord(block.scalars, token)
    }

    /// Keys of the last words of open English runs (`Matchroom Boxing`) that the article also writes in
    /// lowercase: common nouns, which end a body's name far more often than a person's.
    private func commonWordEnds(_ mentions: [Mention], _ blocks: [BlockText]) -> KeySet {
        var candidates = KeySet()
        var any = false
        for m in mentions where m.kind == nil && m.length >= 2 && m.clues.isDisjoint(with: Self.personClues) {
            candidates.insert(blocks[m.block].tokens[m.end - 1].key)
            any = true
        }
        var found = KeySet()
        guard any else { return found }
        for block in blocks {
            for token in block.tokens where token.kind == .word && !token.isCapitalized && !token.isAllCaps
                && candidates.contains(token.key) {
                found.insert(token.key)
            }
        }
        return found
    }

    static let personClues: Mention.Clues = [.afterTitle, .afterHonorific, .givenName, .weak]

    /// A run read as a person's name by default that is more likely a body's: it ends with a common noun
    /// of the article, or has a small word capitalised inside (`Surfers Against Sewage`).
    private func namesNoPerson(_ m: Mention, _ block: BlockText, _ common: KeySet) -> Bool {
        guard m.clues.isDisjoint(with: Self.personClues) else { return false }
        let last = block.tokens[m.end - 1]
        if last.kind == .word, last.isCapitalized, common.contains(last.key) { return true }
        for j in (m.first + 1)..<m.end where block.tokens[j].kind == .word && block.tokens[j].isCapitalized
            && gazetteer.categories(block.tokens, at: j).contains(.stopword) {
            return true
        }
        return false
    }

    func phraseKey(_ m: Mention, _ block: BlockText) -> UInt64 {
        block.tokens[m.first..<m.end].reduce(TokenKey.seed) { TokenKey.combine($0, $1.key) }
    }

    /// `Parry said he would`, `Keane admitted she`: a lone English word whose speech verb goes on with `he` or
    /// `she` (past `that`), or whose sentence the next one goes on with `He` or `She`, is a person's name, not
    /// the body a lone word is by default. (At a sentence's start only if the article never writes it in
    /// lowercase and it ends in no plural's `s`: `Officials say he`.)
    private func wordsSayingHeOrShe(_ mentions: [Mention], _ blocks: [BlockText]) -> [UInt64] {
        var found: [UInt64] = []
        var opening: [UInt64] = []
        for m in mentions where m.kind == nil && m.length == 1 && saysHeOrShe(m, blocks[m.block]) {
            let token = blocks[m.block].tokens[m.first]
            if !token.sentenceStart {
                found.append(token.key)
            } else if blocks[m.block].scalars[token.end - 1] != "s" {  // (`Prosecutors said he`: a plural)
                opening.append(token.key)
            }
        }
        guard !opening.isEmpty else { return found }
        let candidates = KeySet(opening)
        var lowercase = KeySet()
        for block in blocks {
            for token in block.tokens where token.kind == .word && !token.isCapitalized && candidates.contains(token.key) {
                lowercase.insert(token.key)
            }
        }
        return found + opening.filter { !lowercase.contains($0) }
    }

    private func saysHeOrShe(_ m: Mention, _ block: BlockText) -> Bool {
        if goesOnWithHeOrShe(m, block) { return true }
        let tokens = block.tokens
        var v = m.end
        if v < tokens.count, tokens[v].kind == .word, SpeakerAttributor.beforeVerb.contains(tokens[v].key) { v += 1 }
        guard v + 1 < tokens.count, gazetteer.isLowercaseSpeechVerb(tokens, at: v) else { return false }
        var p = v + 1
        if tokens[p].key == Self.that, p + 1 < tokens.count { p += 1 }
        return Self.heOrShe.contains(tokens[p].key)
    }

    /// `After a tough first set, Molik grew in confidence and won. She will now meet X.`: the one name of its
    /// sentence, opening a clause before a lowercase word, when the next sentence opens with `He` or `She`.
    private func goesOnWithHeOrShe(_ m: Mention, _ block: BlockText) -> Bool {
        let tokens = block.tokens
        // (Opening the sentence, not an adverb's or a participle's form: `Very quickly`, `Clearly`, `Unveiling`.)
        let word = block.scalars[tokens[m.first].start..<tokens[m.first].end]
        let opensClause = tokens[m.first].sentenceStart && !word.suffix(2).elementsEqual("ly".unicodeScalars)
                && !word.suffix(3).elementsEqual("ing".unicodeScalars)
                && !gazetteer.categories(tokens, at: m.first).contains(.stopword)
            || m.first > 0 && tokens[m.first - 1].kind == .punct && tokens[m.first - 1].first == ","
        guard opensClause, m.end < tokens.count, tokens[m.end].kind == .word, !tokens[m.end].isCapitalized else {
            return false
        }
        // The sentence around the name, which names no one else (else whom `she` means is no longer clear),
        // read at most `sentenceReach` words either way: a paragraph with no full stop is no such sentence,
        // and every lone word in it read all of it.
        let endsSentence = { (j: Int) in tokens[j].kind == .punct && Tokenizer.endsSentence(tokens[j].first) }
        let otherName = { (j: Int) in tokens[j].kind == .word && tokens[j].isCapitalized && !tokens[j].sentenceStart }
        var start = m.first
        while start > 0, !endsSentence(start - 1) {
            start -= 1
            if otherName(start) || m.first - start > Self.sentenceReach { return false }
        }
        var end = m.end
        while end < tokens.count, !endsSentence(end) {
            if otherName(end) || end - m.end > Self.sentenceReach { return false }
            end += 1
        }
        guard end + 1 < tokens.count, tokens[end].first == "." else { return false }
        return tokens[end + 1].isCapitalized && Self.heOrShe.contains(tokens[end + 1].key)
    }

    static let sentenceReach = 120

    static let heOrShe = KeySet(words: ["he", "she"])
    static let that = Tokenizer.key(of: "that".unicodeScalars[...])

    /// The kind a clue settles, if any.
    private func decisive(_ m: Mention, _ block: BlockText) -> Entity.Kind? {
        if m.clues.contains(.hasOrgHead) { return .organization }
        if m.clues.contains(.afterOrgCue), !m.clues.contains(.givenName) { return .organization }
        if m.clues.contains(.afterPlacePrefix) { return .place }
        // `Chủ tịch FLC`, `Giám đốc BHD TPHCM`: after a title, a run that opens with an acronym names the
        // title's body, not its holder (a Vietnamese name has no word in capitals: initials are one letter).
        // (`isAllCaps` is two capitals or more: an acronym.)
        if vietnamese, m.clues.contains(.afterTitle), !m.clues.contains(.afterHonorific),
           block.tokens[m.first].kind == .word, block.tokens[m.first].isAllCaps {
            return .organization
        }
        // A title, an honorific or a given name outweighs a suffix that is also a surname (`Captain Dewi Lake`,
        // `Jacqueline Lake`); a suffix alone (`Ngoại trưởng Park`) names no place.
        if m.clues.contains(.afterTitle) || m.clues.contains(.afterHonorific) { return .person }
        // (After a locative, the suffix wins over a given name too: `in Stanley Park`, `at Victoria Park`.)
        if m.clues.contains(.placeSuffix), m.length >= 2, !m.clues.contains(.givenName) || m.clues.contains(.afterLocative) {
            return .place
        }
        // `the Scissor Sisters`, `the Rolling Stones`: a name after a lowercase `the` is a body's (a band, a
        // team), not a person's, unless a given name opens it (`the Tony Blair era`).
        if !vietnamese, m.length >= 2, !m.clues.contains(.givenName), afterLowercaseThe(m, block) { return .organization }
        // `(Quốc Oai, Hà Nội)`, `(Chiềng Ban, huyện Mai Sơn, Sơn La)`: a district or a commune before its
        // province or its district, in parentheses.
        let t = block.tokens
        if m.first > 0, t[m.first - 1].kind == .punct, t[m.first - 1].first == "(",
           m.end + 1 < t.count, t[m.end].kind == .punct, t[m.end].first == ",",
           gazetteer.match(t, at: m.end + 1, [.place, .placePrefix]) != nil {
            return .place
        }
        return nil
    }

    /// `Thứ trưởng Ngoại giao Nga`, `Hoa hậu Thế giới`, `Trưởng phòng Chính trị`: one capitalised syllable
    /// after a title with a lowercase syllable right after it opens a compound (a field, a body's or a
    /// title's word), no given name, unless it is a word of a person's name found in the article (`Bộ
    /// trưởng Long cho biết`, after `Nguyễn Thanh Long`). A foreign name is no such syllable (`HLV Simeone
    /// làm`); after a form of address a lone given name before a verb is common (`ông Tư chạy`): kept.
    private func isCompoundAfterTitle(_ m: Mention, _ block: BlockText, key: UInt64, personWords: KeySet) -> Bool {
        guard m.length == 1, m.clues.contains(.afterTitle), !m.clues.contains(.afterHonorific),
              !personWords.contains(key), m.end < block.tokens.count else { return false }
        let word = block.tokens[m.first], next = block.tokens[m.end]
        // (Not a foreign name: `Tổng thống Nga Putin trước đó`.)
        return next.kind == .word && !next.isCapitalized && !next.isAllCaps && !afterDegree(m, block)
            && EntityRecognizer.isVietnameseSyllable(block.scalars[word.start..<word.end])
            && EntityRecognizer.isVietnameseSyllable(block.scalars[next.start..<next.end])
    }

    /// Right after a degree (`tiến sĩ Xu phấn khích`, `PGS Hùng nói`): a person's name follows one.
    private func afterDegree(_ m: Mention, _ block: BlockText) -> Bool {
        (max(0, m.first - 3)..<m.first).contains { start in
            gazetteer.match(block.tokens, at: start, [.degree]).map { start + $0.length == m.first } ?? false
        }
    }

    /// Right after a lowercase `the` (`the Rolling Stones`, `the Bill`), where no person's name stands.
    private func afterLowercaseThe(_ m: Mention, _ block: BlockText) -> Bool {
        guard m.first > 0 else { return false }
        let before = block.tokens[m.first - 1]
        return before.kind == .word && !before.isCapitalized && before.key == EntityRecognizer.the
    }

    /// `Historic England`, `Universities UK`, `Tourism Australia`: words before a country's or a region's
    /// name (not a city's, which is also a surname: `Denzel Washington`), with no given name first and no
    /// title or form of address before them, name a body of that country, not a person.
    /// (In Vietnamese only foreign words: `Anh`, `Đức`, `Nga` end many Vietnamese given names; not after a
    /// compass letter, `S Yorkshire`.)
    private func namedAfterCountry(_ m: Mention, _ block: BlockText) -> Bool {
        let tokens = block.tokens
        let last = gazetteer.categories(tokens, at: m.end - 1)
        guard last.contains(.place), !last.contains(.city), !last.contains(.givenName),
              m.clues.isDisjoint(with: [.givenName, .afterTitle, .afterHonorific]),
              tokens[m.first].end - tokens[m.first].start >= 2,
              !gazetteer.categories(tokens, at: m.first).contains(.givenName) else { return false }
        return !vietnamese || (m.first..<m.end).allSatisfy { isForeignWord(block, $0, length: 2) }
    }

    /// `Fossil Việt Nam`, `VinWonders Phú Quốc`, `Four Seasons Hong Kong`: in Vietnamese text, foreign words
    /// before a place's name of two words or more are a business's name there, not a person's (a Vietnamese
    /// name has Vietnamese syllables; a foreigner's may end with a city's one word, `Amber Valletta`, never
    /// with a place of two).
    private func foreignBodyOfCountry(_ m: Mention, _ block: BlockText) -> Bool {
        guard vietnamese, m.length >= 3 else { return false }
        let tokens = block.tokens
        for start in (m.first + 1)..<(m.end - 1) {
            if let place = gazetteer.match(tokens, at: start, [.place]), place.length >= 2, start + place.length == m.end {
                return block.hasNoVietnameseLetter(m.first..<start)
                    && (m.first..<start).contains { isForeignWord(block, $0, length: 2) }
            }
        }
        return false
    }

    /// `Finding Neverland`, `Raging Bull`, `Million Dollar Baby`: a run opening with a verb's `-ing` form (of
    /// six letters or more, no given name: not `King`, `Irving`) or holding a number's word names a work or a
    /// thing, never a person; without a clue of its own it names nothing.
    private func namesAWork(_ words: ArraySlice<Token>, _ block: BlockText) -> Bool {
        !words.isEmpty && isGerund(at: words.startIndex, block) || words.contains { Self.numberWords.contains($0.key) }
    }

    private func isGerund(at i: Int, _ block: BlockText) -> Bool {
        let token = block.tokens[i], scalars = block.scalars[token.start..<token.end]
        return scalars.count >= 6 && scalars.suffix(3).elementsEqual("ing".unicodeScalars)
            && gazetteer.categories(block.tokens, at: i).isDisjoint(with: [.givenName])
    }

    /// `Making Michael Howard the leader ...`, `Following Johnson's ...`: at a sentence's start an `-ing`
    /// form before a name is the sentence's verb, no word of the name.
    private func trimOpeningGerunds(_ mentions: inout [Mention], _ blocks: [BlockText]) {
        for index in mentions.indices where mentions[index].kind == nil && mentions[index].length >= 2 {
            let m = mentions[index], tokens = blocks[m.block].tokens
            if tokens[m.first].sentenceStart, isGerund(at: m.first, blocks[m.block]), tokens[m.first + 1].isNameLike,
               gazetteer.categories(tokens, at: m.first + 1).contains(.givenName) {
                mentions[index].first += 1
            }
        }
    }

    static let numberWords = KeySet(words: ["hundred", "thousand", "million", "billion"])

    /// English months, which alone (`in May`, `May's figures`) name a time, no place or body.
    static let monthNames = KeySet(words: DateGrammar.monthNames)

    /// `Lái xe T. chuyên chở`, `sản phụ P. được`: a lone capital with its full stop, then a lowercase word, right
    /// after a word for someone unnamed (unnamed-heads.txt) is that person's initial.
    private func isInitialAfterUnnamedHead(_ m: Mention, _ block: BlockText) -> Bool {
        let t = block.tokens, stop = m.first + 1
        guard m.first > 0, stop + 1 < t.count, t[stop].kind == .punct, t[stop].first == ".", t[stop].start == t[m.first].end,
              t[stop + 1].kind == .word, !t[stop + 1].isCapitalized else { return false }
        return (1...3).contains { length in
            m.first - length >= 0 && gazetteer.match(t, at: m.first - length, [.unnamedHead])?.length == length
        }
    }

    /// `guessed`: the kind is the default no clue gave a run of two words or more (a person), which
    /// `EntityKindModel` may take a second look at. (A lone word's default often rests on evidence no clue
    /// records, `X, founded in`, a brand listed with a person, a bench's label: the model overrode it.)
    private func decide(_ m: Mention, _ block: BlockText, key: UInt64, personWords: KeySet?,
                        guessed: inout Bool) -> Entity.Kind? {
        if m.clues.contains(.noEntity) { return nil }
        // (A month that is a word of a person's name found in the article, `Theresa May`, stays the person.)
        if !vietnamese, m.length == 1, let personWords, Self.monthNames.contains(key), !personWords.contains(key),
           m.clues.isDisjoint(with: [.afterTitle, .afterHonorific]) {
            return nil
        }
        // `khu C`, `hãng W`: in Vietnamese a lone letter names something only as a person's initial (`anh K.`;
        // `Lái xe T. cho biết`, after a word for someone news does not name).
        if vietnamese, m.length == 1, block.tokens[m.first].end - block.tokens[m.first].start == 1,
           m.clues.isDisjoint(with: [.afterTitle, .afterHonorific]) {
            return isInitialAfterUnnamedHead(m, block) ? .person : nil
        }
        if m.clues.contains(.weak) {
            guard let personWords else { return nil }
            return personWords.contains(key) ? .person : nil
        }
        if vietnamese, let personWords, isCompoundAfterTitle(m, block, key: key, personWords: personWords) { return nil }
        if let kind = decisive(m, block) { return kind }
        if m.clues.contains(.beforeRole) { return .organization }
        if vietnamese, m.clues.contains(.afterLocative), !m.clues.contains(.acronym) { return .place }  // tại Surabaya
        // `in Sutton Coldfield`, `near Stuttgart`, unless a person's name (`in Tony Blair's cabinet`).
        if !vietnamese, m.clues.contains(.afterLocative), !m.clues.contains(.acronym), !m.clues.contains(.givenName),
           personWords.map({ !$0.contains(key) }) ?? true {
            return .place
        }
        if m.clues.contains(.acronym) { return .organization }
        // `NHS England`: a word in capitals of three or more letters is no part of a person's name.
        let words = block.tokens[m.first..<m.end]
        if m.length >= 2, words.contains(where: { $0.isAllCaps && $0.end - $0.start >= 3 }) { return .organization }
        // `HA Gia Lai`, `SHB Đà Nẵng`: a Vietnamese person's name has no word in capitals (an initial, `Văn A`,
        // is one letter), so an acronym of two letters or more in a run makes a body's name.
        if vietnamese, m.length >= 2, words.contains(where: \.isAllCaps) {
            return .organization
        }
        // A lone letter (`A&E`) names nothing.
        if m.length == 1, block.tokens[m.first].end - block.tokens[m.first].start == 1 { return nil }
        // `The Hollywood Reporter`, `The Voice`: in Vietnamese text an English name with its article is a
        // medium's, a band's or a show's, never a person's.
        if vietnamese, m.length >= 2, block.tokens[m.first].key == EntityRecognizer.the { return .organization }
        if m.length >= 2, namedAfterCountry(m, block) || foreignBodyOfCountry(m, block) { return .organization }
        if m.length >= 2, !vietnamese, namesAWork(words, block) { return nil }
        if m.length >= 2 {
            // (A Vietnamese family name or a given name opening the run is evidence, no guess.)
            guessed = !m.clues.contains(.givenName)
                && !(vietnamese && gazetteer.categories(block.tokens, at: m.first).contains(.familyName))
            return .person
        }
        guard let personWords else { return nil }
        // `the Bill` (before Parliament): a given name alone after a lowercase `the` is no one's name.
        if !vietnamese, !personWords.contains(key), m.clues.contains(.givenName), afterLowercaseThe(m, block) { return nil }
        if personWords.contains(key) || m.clues.contains(.givenName) { return .person }
        if vietnamese {
            // (Not a word of a foreign phrase, `Game of Thrones`: Vietnamese words on both sides.)
            let alone = (m.first == 0 || !isForeignWord(block, m.first - 1, length: 2))
                && (m.end >= block.tokens.count || !isForeignWord(block, m.end, length: 2))
            return alone && isForeignWord(block, m.first) ? .organization : nil
        }
        return .organization
    }
}
