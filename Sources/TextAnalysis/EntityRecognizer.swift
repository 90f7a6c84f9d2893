import ArticleModel

/// Finds candidate names and dates in one block, in one left-to-right pass.
///
/// Rules, in the order they are tried at each token:
/// - a calendar expression is a date;
/// - a title or honorific (`Ngoại trưởng`, `ông`, `Mr`) is dropped and marks the name after it as a person;
///   a place right after a title (`Tổng thống Mỹ Joe Biden`) is a place and passes the mark on; a body's
///   one-word head alone after a form of address that gives a gender is a name (`thầy Hội`, `Mr Bank`), and
///   after a word that announces a body it is the body's short name (`tờ Telegraph`);
/// - a capitalised Vietnamese organisation head (`Bộ`, `Đại học`) starts an organisation that runs over
///   capitalised syllables, each allowed one lowercase syllable after it (`Bộ Ngoại giao Nga`), on past
///   a place inside it (`Ngân hàng TMCP Sài Gòn Thương Tín`) but to a foreign short name after a Vietnamese
///   place, a person's name, or a holder's name after a title and `của` (`Người phát ngôn của Hải quân X | Y`);
/// - the capitalised words right after a noun for a work (`the film X`, `bộ phim X`) are its title: no
///   entity, nor are their repeats (but for a form the article addresses or has speak: `ông X`, `X:` before
///   a quotation, `"...", X nói`); after a word for a language (`tiếng Anh`) they name the language: none;
/// - a capitalised Vietnamese venue or landform word (`Sân vận động`, `Mũi`, `Vịnh`, `Dinh`) opens a
///   place's name (at a sentence's start, before a known place's whole name, it is that place's noun);
/// - a capitalised compass word before a known place of two or more syllables is part of that place
///   (`Bắc Đại Tây Dương`);
/// - in Vietnamese, a known place right after a form of address is a person's name (`ông Vinh`), and a
///   place that is also a form of address opening a sentence (`Anh cho biết`) is the pronoun when the
///   article never capitalises it mid-sentence; a capitalised prefix that is a family name (`Hồ`) is none;
/// - a word of two Vietnamese syllables glued across a lost space (`Hà Nộikhoảng`) ends no name: the run
///   up to it is dropped; compass words alone (`Tây Nam`) name nothing; a capital glued to a lowercase
///   letter in a Vietnamese word is a word of its own (the tokenizer splits `tạiHà Nội`), and a name ends
///   before a word glued to it (`Thanh HuyềnĐầu tư`: a new sentence may have begun);
/// - in English, a capitalised `The` mid-sentence before unknown capitalised words opens a work's title
///   (`The Aviator`): no entity, nor its repeats; so do a quotation in Title Case (`"Call of Duty"`), a
///   capitalised function word mid-sentence (`for You Don't Know My Name`), a run right before a work's noun
///   (`the Harry Potter series`, `Vera Drake star X`) or after a person's possessive (`Clint Eastwood's
///   Million Dollar Baby`), and names listed with titles (`+Works`);
/// - in English, a sentence's first word capitalised nowhere else before an acronym or a known name is an
///   ordinary word (`Early HSDPA`), the tail of a longer title after `of the` names nothing (`News of the
///   World`), a run ending in a code of two capitals is a product (`Windows XP`), a body's head before
///   a full name ends the body (`Audit Committee | Peter Ainsworth`), and a run ending with a word that ends
///   companies' names and no person's is a company (`Deutsche Boerse`, `company-tails.txt`; in Vietnamese
///   text too, `quỹ Omega Advisors`); in either language, so is one opening with a word that opens bodies'
///   names (`Stade Toulousain`, `org-openers.txt`);
/// - an initial's full stop stays inside a name (`George C. Wolfe`, `T.Thủy`), and so does a nickname in
///   quotation marks (`Alexandre "Mano" Polking`);
/// - gazetteer places and organisations are what they are (in English a following capitalised word that
///   makes an organisation name wins: `New York Times`, but a compass word keeps a place: `Bristol South`;
///   right after a title a place before a surname opens a person's name: `striker Milan Baros`);
/// - a run of other capitalised words (in English also joined by `of`, `and`, ... inside organisation
///   names; in Vietnamese text by an English name's `of`, `for`) is a candidate, classified later when the
///   whole article is known;
/// - at a sentence's start, a function word is skipped, and a lone unknown capitalised word counts only
///   if the article also capitalises it mid-sentence;
/// - joined names stay whole (`Pratt & Whitney`, `Thể Công - Viettel`, `GE Aerospace`), and a body stops
///   before a full name after a title (`Bộ Công Thương | Phan Thị Ngọc Lan`) or a verb (`Nvidia | tổ chức`),
///   and before a spaced dash that a head, an acronym or a known body follows (`Trường Đại học Kinh tế |
///   - ĐHQGHN`: the parent is a body of its own);
/// - a one-word unknown name listed with known bodies or places takes their kind (in Vietnamese up to three
///   words, `Lang Chánh`), and cities listed with known clubs are clubs (`+Lists`);
/// - a Vietnamese noun for an outlet or a firm written lowercase (`tờ`, `công ty`, `bệnh viện`,
///   `org-cues.txt`) makes the name after it a body; a lowercase `trường` before a school's level opens the
///   school's name (`trường THPT X`); after a body's acronym a full name is its head's (`ĐHQG Hà Nội |
///   Phạm Bảo Sơn`);
/// - a Vietnamese body's name goes on over an administrative unit and its name (`Sở Y tế tỉnh X`); a
///   glued `&` keeps an acronym whole;
/// - Latin words after a product noun are a maker and its model (`đồng hồ Garmin | Enduro`: the model names
///   nothing);
/// - a quoted Title Case phrase of Latin words in Vietnamese text is a term (`nhóm "Big Six"`);
/// - runs with a model's code (`Galaxy A02`) or after a product's number (`iPhone 12 Pro Max`), headings in
///   capitals with Vietnamese marks and Roman numerals name nothing (`+RunRules`);
/// - after a Vietnamese family name a one-syllable head is a given name (`Nguyễn Trường Sơn`); a lane's
///   number may stand between a place prefix and the street's name (`ngõ 36 Giang Văn Minh`); an acronym
///   and Latin words in Vietnamese text name a company (`FE Credit`); a head with a unit's word and no
///   name (`UBND TP`, `UBND thành phố`) names nothing; a foreign firm's legal form after a comma stays in
///   its name (`X Foods, Inc`);
/// - a paragraph naming a team, then ten or more players set off by commas, is a line-up: the team is a
///   body, the players people; so is a paragraph of five or more names alone, most of them an initial and a
///   surname (a team sheet: `G Thomas (capt); H Luscombe, ...`), and one of five or more names after a
///   word for the substitutes (a bench: `Dự bị: Casilla, Koch, ...`, `Replacements: ...`); an English
///   paragraph of teams joined by `v` and `or` is a fixture (`Reading or Swansea v Leicester`) (`+LineUp`);
/// - a Vietnamese article's last line of one or two short names is its byline: people (`+Byline`), even
///   one opening with a one-syllable head (`Trường Thịnh`).
///
/// The rule tables (`+MatchRules`, `+RunRules`, `+KnownNames`) name each rule by a case that `apply` runs
/// with a switch: bound methods made a closure on the heap for every rule tried at every word, and a table
/// of closures retained and released each one it called.
/// A class, not a struct, so that passing it copies no tables.
final class EntityRecognizer: Sendable {
    let gazetteer: Gazetteer
    let dates: DateRecognizer
    let vietnamese: Bool
    /// Keys of words capitalised somewhere other than a sentence's start.
    let midSentenceCapitals: KeySet
    /// An English football report: a city's name with a match cue is its club (`EntityRecognizer+Football`).
    let footballReport: Bool
    /// `locatives` or `englishLocatives`, chosen once: `markLocative` asks at every lowercase word.
    let locativeWords: KeySet
    /// `of`, which `markLocative` compares every lowercase English word with (held here: a static's every
    /// read calls its lazy initialiser).
    let ofKey = EntityRecognizer.of

    init(gazetteer: Gazetteer, dates: DateRecognizer, vietnamese: Bool, midSentenceCapitals: KeySet,
         footballReport: Bool = false) {
        self.gazetteer = gazetteer
        self.dates = dates
        self.vietnamese = vietnamese
        self.midSentenceCapitals = midSentenceCapitals
        self.footballReport = footballReport
        locativeWords = vietnamese ? Self.locatives : Self.englishLocatives
    }

    static let locatives = KeySet(list: "locatives")
    static let englishLocatives = KeySet(list: "english-locatives")
    static let from = Tokenizer.key(of: "from".unicodeScalars[...])
    static let of = Tokenizer.key(of: "of".unicodeScalars[...])
    /// `the people of X`, `the town of X`: nouns whose `of` names a place.
    static let placeNouns = KeySet(list: "place-nouns")
    static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}"]
    static let va = Tokenizer.key(of: "và".unicodeScalars[...])
    static let numberedPlaces = KeySet(list: "numbered-places")
    static let placeLeads = KeySet(list: "place-leads")
    static let coordinators = KeySet(words: ["and", "&"])
    static let suffixHeads = KeySet(list: "suffix-heads")
    /// English words that end a company's name and no person's (`Deutsche Boerse`).
    static let companyTails = KeySet(list: "company-tails")
    /// Words that open bodies' names and no person's (`Stade Toulousain`, `Air Deccan`).
    static let orgOpeners = KeySet(list: "org-openers")
    static let the = Tokenizer.key(of: "the".unicodeScalars[...])
    static let who = Tokenizer.key(of: "who".unicodeScalars[...])
    /// A saint's word before a name (`St Albans`; `CLB San Martin`, a club named after the saint).
    static let saints = KeySet(words: ["St", "Saint", "San", "Santa", "Santo", "São", "Sankt"])
    static let founded = Tokenizer.key(of: "founded".unicodeScalars[...])
    /// People described by where they come from (`a pensioner from X`).
    static let residents = KeySet(list: "resident-nouns")
    static let shares = Tokenizer.key(of: "shares".unicodeScalars[...])
    static let cityWord = Tokenizer.key(of: "City".unicodeScalars[...])
    static let clubSuffixes = KeySet(list: "club-suffixes")
    static let matchVerbsBefore = KeySet(list: "match-verbs-before")
    static let matchVerbsAfter = KeySet(list: "match-verbs-after")
    /// English professions before a name (`actor Jamie Foxx`): the name after one is a person's.
    static let professions = KeySet(list: "english-professions")

    /// `actor Jamie Foxx`, `Actor Michael Douglas`: an English profession at `c.i` ends a title, so the name
    /// after it is a person's. Whether the word is one.
    @discardableResult
    @inline(__always)
    func markProfession(_ c: inout ScanContext) -> Bool {
        // (Only before a name: `a heavy metal artist. Sales of` passes no mark over the full stop.)
        guard !vietnamese, c.i + 1 < c.n, c.tokens[c.i + 1].isNameLike, Self.professions.contains(c.tokens[c.i].key) else {
            return false
        }
        c.titleEnd = c.i + 1
        return true
    }
    /// Adjectives that open company names (`Southern Water`, `British Steel`).
    static let nameAdjectives = KeySet(list: "name-adjectives")

    static let khoa = Tokenizer.key(of: "khoa".unicodeScalars[...])
    /// The fields a minister or secretary holds (`Science minister`, `Health secretary`).
    static let governmentFields = KeySet(list: "government-fields")

    /// What the scan asks the gazetteer about each word.
    static let wanted: Gazetteer.Category = [.place, .organization, .title, .honorific, .orgHead, .placePrefix,
                                             .stopword, .notEntity, .city, .orgCue, .vesselWord, .eventHead, .venueHead,
                                             .languageWord, .workCue, .determinedWorkCue]

    /// The block's mentions, left to right: at each token a date, else the rules for words the
    /// gazetteer knows (`vietnameseMatchRules`, `englishMatchRules`), else for a run of capitalised words
    /// (`vietnameseRunRules`, `englishRunRules`), else a candidate (`candidate`).
    func scan(_ block: BlockText) -> [Mention] {
        if let lineUp = lineUpNames(block) { return lineUp }
        var c = ScanContext(block: block)
        let matchRules = vietnamese ? Self.vietnameseMatchRules : Self.englishMatchRules
        let runRules = vietnamese ? Self.vietnameseRunRules : Self.englishRunRules
        let wanted = Self.wanted  // (read once: a static's every read goes through its lazy initialiser)
        let tokens = block.tokens, n = tokens.count
        while c.i < n {
            let token = tokens[c.i]
            if token.kind == .punct {
                // `Mr.`: the period keeps the honorific attached to the name.
                if token.first == ".", c.i == c.honorificEnd { c.honorificEnd = c.i + 1 }
                // (Not a sentence's end after a place the title passed its mark to: `Ngoại trưởng Malaysia. | Dự kiến`,
                // nor after a title that is a whole word: `moved from wing. | Ulster wing X`.)
                if token.first == ".", c.i == c.titleEnd, c.i != c.placeAfterTitleEnd, abbreviationBefore(c, c.i) {
                    c.titleEnd = c.i + 1
                }
                c.i += 1
                continue
            }
            if let range = dates.date(tokens, block.scalars, at: c.i) {
                c.add(c.mention(range.lowerBound, range.upperBound, .date), next: range.upperBound)
                continue
            }
            guard token.kind == .word else { c.i += 1; continue }
            if let match = gazetteer.match(tokens, at: c.i, wanted) {
                let end = c.i + match.length
                let hit = GazetteerHit(match: match, end: end, nextIsName: end < n && tokens[end].isNameLike)
                if matchRules.contains(where: { apply($0, &c, hit) }) { continue }
            }
            if !token.isNameLike {
                markProfession(&c)
                markLocative(&c)
                markEmployer(&c)
                c.i += 1
                continue
            }
            let chunk = capitalisedRun(tokens, from: c.i, afterPrefix: vietnamese && c.i == c.prefixEnd,
                                       addressed: c.i == c.honorificEnd)
            let alone = chunk.upperBound == n || tokens[chunk.upperBound].kind == .punct
                && Self.opensAside(tokens[chunk.upperBound].first)
            let afterParenthesis = c.i > 0 && tokens[c.i - 1].kind == .punct && tokens[c.i - 1].first == "("
            let run = NameRun(chunk: chunk, alone: alone, afterParenthesis: afterParenthesis,
                              titled: c.i == c.titleEnd || c.i == c.honorificEnd)  // `TS. Lê Đăng Doanh`
            if runRules.contains(where: { apply($0, &c, run) }) { continue }
            candidate(&c, run)
        }
        spreadListKinds(&c.mentions, c.tokens)
        joinNamesBeforeShortName(&c.mentions, c.tokens)
        joinFieldLists(&c.mentions, c.tokens)
        return c.mentions
    }

    /// Whether the word before the full stop at `i` is an abbreviation (`Gen.`, `Dr.`, `TS.`): capitalised,
    /// of five letters at most, and glued to the stop.
    func abbreviationBefore(_ c: ScanContext, _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let word = c.tokens[i - 1]
        return word.kind == .word && (word.isCapitalized || word.isAllCaps) && word.end - word.start <= 5
            && word.end == c.tokens[i].start
    }

    /// `(`, `-`, `–` after a run: what follows is an aside, so the run stands alone.
    @inline(__always) static func opensAside(_ s: Unicode.Scalar) -> Bool { s == "(" || s == "-" || s == "\u{2013}" }

    /// A locative (`tại`, `in`; `from` after a comma, `of` after a place noun) marks the name after it.
    /// `from` after a comma names a hometown (`, 17, from Wymondham`); elsewhere as often an employer
    /// (`David Noone from X`) or a person (`takes over from X`).
    @inline(__always)
    func markLocative(_ c: inout ScanContext) {
        let i = c.i, token = c.tokens[i], tokens = c.tokens
        if locativeWords.contains(token.key)
            && (token.key != Self.from || i > 0 && tokens[i - 1].kind == .punct && tokens[i - 1].first == ","
                || i > 0 && Self.residents.contains(tokens[i - 1].key))  // `a widow from X`
            || !vietnamese && token.key == ofKey && i > 0 && Self.placeNouns.contains(tokens[i - 1].key) {
            c.locativeEnd = i + 1
        }
    }

    /// A run no rule took: a candidate mention with the clues the classifier will weigh, unless it turns
    /// out to be an alias, part of a title, or a head word alone.
    func candidate(_ c: inout ScanContext, _ run: NameRun) {
        let i = c.i, tokens = c.tokens, n = c.n, chunk = run.chunk, token = tokens[i]
        var mention = c.mention(chunk.lowerBound, chunk.upperBound, nil, clues: c.clues(at: i))
        if vietnamese, let alias = aliasEnd(tokens, chunk, after: c.mentions) {
            mention.end = alias
            mention.kind = .organization
            c.add(mention, next: alias)
            return
        }
        if vietnamese, endsWithKnownBody(tokens, chunk) { mention.clues.insert(.hasOrgHead) }
        if vietnamese, isForeignCredit(c.block, chunk) { mention.clues.insert(.afterOrgCue) }
        // English `Villa chairman Doug Ellis`, `United goalkeeper Roy Carroll`: a lowercase role between
        // a capitalised word and a name makes the word the person's organisation.
        // (Not a rank's word opening the sentence: `Former world number one X`.)
        if !vietnamese, mention.length <= 3, chunk.upperBound < n, !tokens[chunk.upperBound].isCapitalized,
           !(mention.length == 1 && token.sentenceStart && Analyzer.rankWords.contains(token.key)),
           let role = gazetteer.match(tokens, at: chunk.upperBound, [.title])?.length
               // (`Beach Boys veteran X`; not one word opening the sentence, `Diminutive wing X`.)
               ?? (Self.professions.contains(tokens[chunk.upperBound].key) && !(mention.length == 1 && token.sentenceStart) ? 1 : nil),
           chunk.upperBound + role < n, tokens[chunk.upperBound + role].isNameLike {
            // `Science minister Rachel Hurst`: a government's field before the office is part of the title.
            if mention.length == 1, Self.governmentFields.contains(token.key) {
                c.i = chunk.upperBound
                return
            }
            mention.clues.insert(.beforeRole)
        }
        // (`(VFA)`: an acronym in parentheses names the body before it.)
        if mention.length == 1, token.sentenceStart, !(token.isAllCaps && run.afterParenthesis),
           !midSentenceCapitals.contains(token.key), vietnamese || !speaksAsBody(c.block, i, chunk.upperBound),
           mention.clues.isDisjoint(with: [.afterTitle, .afterHonorific, .afterPlacePrefix, .beforeRole]),
           !gazetteer.categories(tokens, at: i).contains(.givenName) {
            mention.clues.insert(.weak)
        }
        // `Transport Secretary Mark Harper`: words that qualify a capitalised title are part of it.
        if let end = titleAfterField(c, chunk, mention.clues) {
            c.titleEnd = end
            c.i = end
            return
        }
        // A head word alone (`Quỹ`, `Bộ`, `Government`) names no particular organisation, nor with a unit's
        // word only (`UBND TP`); but for a one-word head that is a person's name, `isAddressedWord`, or a
        // body's short name after a word that announces one (`tờ Telegraph`, `tờ Guardian`).
        if let head = gazetteer.match(tokens, at: i, [.orgHead]),
           head.length >= mention.length || vietnamese && onlyUnitWords(tokens, (i + head.length)..<chunk.upperBound),
           !(head.length == 1 && (isAddressedWord(c.block, chunk) || mention.length == 1 && mention.clues.contains(.afterOrgCue))),
           !gazetteer.categories(tokens, at: i).contains(.organization),
           vietnamese || !mention.clues.contains(.beforeRole) {  // (`United goalkeeper X` is a club)
            c.i = chunk.upperBound
            return
        }
        mention.clues.formUnion(runClues(c, chunk))
        if namesWorkBefore(tokens, chunk, clues: mention.clues) || namesWorkAfterPossessor(c, chunk, clues: mention.clues) {
            markWorkTitle(&c, &mention)
        }
        c.add(mention, next: chunk.upperBound)
        if !vietnamese, mention.clues.contains(.afterLocative), continuesList(tokens, after: chunk.upperBound) {
            c.locativeEnd = chunk.upperBound + 1
        }
    }

    /// `thầy Hội`, `ông Đàn`, `Mr Bank`: one word right after a form of address that tells a man from a
    /// woman is a person's name, even when it is also a body's head. (Not after a title or an address that
    /// is also a verb: `Chủ tịch Hội`, `đã bầu Ban chấp hành`, `tờ DR Sport`.)
    func isAddressedWord(_ block: BlockText, _ chunk: Range<Int>) -> Bool {
        chunk.count == 1 && !PersonGender.addressed(before: chunk.lowerBound, in: block).isEmpty
    }

    /// What the words of a candidate run say of it: an organisation's head, a place word, an acronym, a
    /// given name first.
    private func runClues(_ c: ScanContext, _ chunk: Range<Int>) -> Mention.Clues {
        let tokens = c.tokens, i = c.i
        var clues: Mention.Clues = []
        if hasOrgHead(tokens, chunk), !(vietnamese && i == c.prefixEnd), !isAddressedWord(c.block, chunk),
           !(vietnamese && headIsGivenName(tokens, chunk, c.block.scalars)),
           !(chunk.lowerBound == i && familyNameOpensPerson(c) && !hasOrgHead(tokens, (i + 1)..<chunk.upperBound)) {
            clues.insert(.hasOrgHead)
        }
        // `Luton Town`, `Hull City`: a town's name with `Town` or `City` after it is its club (the towns
        // called `X City` are in the gazetteer); `Deutsche Boerse`, `Mittal Steel`: a company's (not after a
        // given name: `Helen Steel`), in Vietnamese text too (`quỹ Omega Advisors`).
        if chunk.count >= 2, tokens[chunk.upperBound - 1].isCapitalized,
           !vietnamese && isClubSuffix(tokens[chunk.upperBound - 1])
            || Self.companyTails.contains(tokens[chunk.upperBound - 1].key)
                && !gazetteer.categories(tokens, at: chunk.lowerBound).contains(.givenName) {
            clues.insert(.hasOrgHead)
        }
        // `Stade Toulousain`, `Air Deccan`: a word that opens bodies' names and no person's.
        if chunk.count >= 2, tokens[chunk.lowerBound].isCapitalized, Self.orgOpeners.contains(tokens[chunk.lowerBound].key) {
            clues.insert(.hasOrgHead)
        }
        if gazetteer.categories(tokens, at: chunk.upperBound - 1).contains(.placeSuffix)
            || !vietnamese && chunk.count >= 2 && Self.placeLeads.contains(tokens[i].key) {  // `River Avon`
            clues.insert(.placeSuffix)
        }
        if !vietnamese, chunk.count == 3, isAmpersandPair(tokens, chunk, at: chunk.lowerBound + 1) {
            clues.insert(.hasOrgHead)
        }
        if vietnamese, isAcronymAndLatinWords(c.block, chunk) { clues.insert(.hasOrgHead) }
        if tokens[chunk].allSatisfy({ $0.isAllCaps || $0.kind != .word }) { clues.insert(.acronym) }
        // (`Xuân Trường`: a syllable and a closing head are a Vietnamese given name, `isTwoSyllableGivenName`.)
        if gazetteer.categories(tokens, at: chunk.lowerBound).contains(.givenName)
            || vietnamese && chunk.count == 2 && isTwoSyllableGivenName(tokens, chunk.lowerBound) {
            clues.insert(.givenName)
        }
        return clues
    }

    /// `FE Credit`, `SHB Finance`, `AC Milan`: in Vietnamese text an acronym and Latin words after it, with
    /// no Vietnamese letter, name a company or club (a person's name there has its marks).
    private func isAcronymAndLatinWords(_ block: BlockText, _ chunk: Range<Int>) -> Bool {
        let tokens = block.tokens, first = tokens[chunk.lowerBound]
        guard chunk.count >= 2, first.isAllCaps,
              tokens[(chunk.lowerBound + 1)...].prefix(chunk.count - 1).allSatisfy({ $0.kind == .word && !$0.isAllCaps }),
              gazetteer.match(tokens, at: chunk.lowerBound, [.title, .honorific]) == nil else { return false }
        return block.hasNoVietnameseLetter(chunk)
    }

    /// `in Kent, Hampshire and Sussex`: a place's list goes on with `and` or with a comma before another
    /// listed name (`, X,` or `, X and`), so the next name is read as if after `in` too.
    func continuesList(_ tokens: [Token], after end: Int) -> Bool {
        guard end + 1 < tokens.count, tokens[end + 1].isNameLike else { return false }
        if Self.coordinators.contains(tokens[end].key) { return true }
        guard tokens[end].kind == .punct, tokens[end].first == "," else { return false }
        let run = capitalisedRun(tokens, from: end + 1)
        guard run.upperBound < tokens.count else { return false }
        let after = tokens[run.upperBound]
        return Self.coordinators.contains(after.key) || after.kind == .punct && after.first == ","
    }

    /// Capitalised words from `start`; in English, connectors stay inside only when the run names an
    /// organisation (`Department of Trade and Industry`, but `England and Ireland` are two).
    /// `afterPrefix`: a place prefix came before (`sân Thiên Trường`), so a head word is part of the name;
    /// `addressed`: a form of address came before, so an initial opening the run opens a name (`ông K. Preetham`).
    func capitalisedRun(_ tokens: [Token], from start: Int, afterPrefix: Bool = false, addressed: Bool = false) -> Range<Int> {
        var last = start
        var j = start + 1
        var firstConnector: Int?
        var firstPossessive: Int?
        while j < tokens.count {
            let token = tokens[j]
            if token.isNameLike {
                if vietnamese {
                    if titleEndsRun(tokens, at: j, from: start) || isGluedWord(tokens, j) { break }
                    if foreignNameAfterKnown(tokens, at: j, from: start) { break }
                    // `Giám đốc ĐHQG Hà Nội | Phạm Bảo Sơn`: a full name after a body's acronym is its head's.
                    if tokens[start].isAllCaps, !tokens[j].isAllCaps,
                       personNameStarts(tokens, at: j, j..<tokens.count) {
                        break
                    }
                    if !afterPrefix, let head = gazetteer.match(tokens, at: j, [.orgHead]), j > start,
                       !isGivenNameInRun(tokens, head: j, from: start),
                       // (`Bá Trung tâm sự`: a head whose last word opens a speech verb is a name's end and the verb.)
                       (gazetteer.match(tokens, at: j + head.length - 1, [.speechVerb])?.length ?? 0) < 2 {
                        // `Masan Group`, `Hà Nội FC`: a Latin head after the name ends it; a Vietnamese head
                        // starts another name.
                        if isSuffixHead(tokens, j), j + 1 >= tokens.count || !tokens[j + 1].isNameLike {
                            last = j
                        }
                        break
                    }
                } else if isFullNameAfterBody(tokens, at: j) {
                    break
                } else if let title = gazetteer.match(tokens, at: j, [.title]), !tokens[j].sentenceStart,
                          gazetteer.match(tokens, at: j, [.orgHead]) == nil {
                    // `Ollie Pope,`, `Mark King said`: a one-word title that introduces no name is a surname.
                    // (Not one in capitals, a role's letters after the name: `Andrew Tyrie MP`.)
                    let surname = title.length == 1 && j == last + 1 && !tokens[last].isAllCaps && !tokens[j].isAllCaps
                        && gazetteer.match(tokens, at: last, [.place, .organization, .title]) == nil
                        && (j + 1 >= tokens.count || !tokens[j + 1].isNameLike)
                    // `Norfolk Coroner's Court`: a role's possessive before a head is inside a body's name.
                    let bodyPart = j + 2 < tokens.count && tokens[j + 1].kind == .possessive
                        && tokens[j + 2].isNameLike && gazetteer.categories(tokens, at: j + 2).contains(.orgHead)
                    if !surname && !bodyPart { break }
                }
                last = j
                j += 1
                continue
            }
            // `George C. Wolfe`, `T.Thủy`: an initial's full stop stays inside a name when a capitalised word
            // follows, at once or after other words of the name (not a function word: `Plan B. The`); so does
            // another initial glued to it, whatever the letter (`anh P.A`).
            if token.kind == .punct, token.first == ".", j == last + 1, j + 1 < tokens.count,
               tokens[last].end - tokens[last].start == 1, tokens[last].isCapitalized || tokens[last].isAllCaps,
               tokens[j + 1].isNameLike, !tokens[j + 1].isAllCaps,
               last > start || tokens[j + 1].start == token.end || addressed,  // `ông K. Preetham`
               tokens[j + 1].start == token.end && tokens[j + 1].end - tokens[j + 1].start == 1
                || gazetteer.categories(tokens, at: j + 1).isDisjoint(with: [.stopword, .functionWord, .conjunction,
                                                                          .pronoun, .honorific, .title]) {
                last = j + 1
                j += 2
                continue
            }
            // `GD&ĐT`, `LĐ-TB&XH`, `AT&T`: an `&` written without spaces between two capitalised words
            // joins one acronym.
            if token.kind == .punct, token.first == "&", j == last + 1, j + 1 < tokens.count,
               tokens[j - 1].end == token.start, tokens[j + 1].start == token.end, tokens[j + 1].isNameLike {
                last = j + 1
                j += 2
                continue
            }
            // `Park Jin-woo`, `Son Heung-min`: a hyphenated given name ends a name.
            if token.kind == .word, j == last + 1, !token.isCapitalized, CharTable.isUppercase(token.first),
               tokens[last].isCapitalized, !tokens[last].isAllCaps,
               j + 1 >= tokens.count || !tokens[j + 1].isNameLike {
                last = j
                break
            }
            // `BBC Radio 4`, `Capital Radio 2`: a number right after a head word is part of the name.
            if !vietnamese, token.kind == .number, j == last + 1, gazetteer.categories(tokens, at: last).contains(.orgHead) {
                last = j
                j += 1
                continue
            }
            if !vietnamese, token.kind == .word, j == last + 1,
               gazetteer.categories(tokens, at: j).contains(.orgHead) {
                last = j  // `Harwick plc`
                j += 1
                continue
            }
            if token.kind == .word, j + 1 < tokens.count, !token.isCapitalized,
               tokens[j + 1].isNameLike || j + 2 < tokens.count && tokens[j + 2].isNameLike  // `von der Leyen`
                && tokens[j + 1].kind == .word && gazetteer.categories(tokens, at: j + 1).contains(.nameParticle),
               gazetteer.categories(tokens, at: j).contains(.nameParticle) {
                j += 1  // `Paolo di Canio`
                continue
            }
            // (In Vietnamese text only an English name's `of`, `for`: `British Journal of Haematology`.)
            if !vietnamese || Self.englishConnectors.contains(token.key),
               token.kind == .word || token.first == "&", j + 1 < tokens.count,
               tokens[j + 1].isNameLike, gazetteer.categories(tokens, at: j).contains(.connector) {
                if firstConnector == nil { firstConnector = j }
                j += 1
                continue
            }
            // `Department for Culture, Media and Sport`: after a head and its `for`, a list of capitalised
            // words closed by `and` stays inside the name.
            if !vietnamese, token.kind == .punct, token.first == ",", j == last + 1, let connector = firstConnector,
               hasOrgHead(tokens, start..<connector), let close = listClose(tokens, after: j) {
                j = close
                continue
            }
            // `People's Bank of China`: a possessive stays inside only a name that ends up an organisation.
            if !vietnamese, token.kind == .possessive, j + 1 < tokens.count, tokens[j + 1].isNameLike {
                if firstPossessive == nil { firstPossessive = j }
                j += 1
                continue
            }
            break
        }
        // (`SMBC Consumer Finance Co., LTD`: a firm's legal form after a comma is part of its name.)
        let end = vietnamese ? legalFormEnd(tokens, from: last + 1) ?? last + 1 : last + 1
        return trimmedRun(tokens, start..<end, firstConnector: firstConnector, firstPossessive: firstPossessive)
    }

    /// A scanned run cut back where its possessive or connector does not belong inside one name, and two
    /// bodies joined by `and` split at it.
    private func trimmedRun(_ tokens: [Token], _ scanned: Range<Int>, firstConnector: Int?,
                            firstPossessive: Int?) -> Range<Int> {
        var run = scanned
        let start = scanned.lowerBound
        // (Not one body's part: `Institute of Education's | Centre for ...`.)
        // Nor a person's (`Marine Le Pen's | National Rally`): one word that is no given name, or a role
        // (`Norfolk Coroner's Court`).
        if let cut = firstPossessive, cut < run.upperBound,
           !hasOrgHead(tokens, cut..<run.upperBound)
            || cut - start > 1 && gazetteer.match(tokens, at: cut - 1, [.title]) == nil
            || gazetteer.categories(tokens, at: start).contains(.givenName) {
            run = start..<cut
        }
        // `of`, `for` join only onto an organisation's head (`Bank of England`, `University of Leeds`), not a
        // person to their employer (`Raj Patel of West Midlands Police`); `and` may come before the head.
        // `Pratt & Whitney`, `Marks & Spencer`: two words joined by `&` are one firm's name.
        if let cut = firstConnector, cut < run.upperBound, !isAmpersandPair(tokens, run, at: cut),
           !hasOrgHead(tokens, run) || !Self.coordinators.contains(tokens[cut].key) && !hasOrgHead(tokens, start..<cut) {
            run = start..<cut
        }
        // `University of Cambridge and Oxford University`: two bodies, each with its head.
        if !vietnamese, run.count > 2 {
            for j in (run.lowerBound + 1)..<(run.upperBound - 1) where Self.coordinators.contains(tokens[j].key) {
                // (`Department for Culture, Media and Sport` is one: a list, with commas.)
                // (`Securities and Exchange Commission`: a head alone before `and` is no body of its own.)
                if hasOrgHead(tokens, run.lowerBound..<j), hasOrgHead(tokens, (j + 1)..<run.upperBound),
                   (run.lowerBound..<j).contains(where: { tokens[$0].kind == .word
                       && !gazetteer.categories(tokens, at: $0).contains(.orgHead) && !Self.coordinators.contains(tokens[$0].key)
                       && gazetteer.match(tokens, at: $0, [.connector]) == nil }),
                   !tokens[run.lowerBound..<j].contains(where: { $0.kind == .punct && $0.first == "," }),
                   !tokens[j + 1].isAllCaps || tokens[j + 1].end - tokens[j + 1].start > 1 {
                    run = run.lowerBound..<j
                }
                break
            }
        }
        return run
    }

    /// The `and` closing a list of capitalised words that starts after the comma at `comma`
    /// (`, Housing and`), or nil.
    func listClose(_ tokens: [Token], after comma: Int) -> Int? {
        var k = comma + 1
        let limit = min(tokens.count - 1, comma + 12)
        guard k < limit, tokens[k].isNameLike else { return nil }
        while k < limit {
            if tokens[k].isNameLike { k += 1; continue }
            guard tokens[k + 1].isNameLike else { return nil }
            if Self.coordinators.contains(tokens[k].key), tokens[k].kind == .word { return k }
            guard tokens[k].kind == .punct, tokens[k].first == "," else { return nil }
            k += 1
        }
        return nil
    }

    /// A place that is also a given name, before a capitalised word that is nothing known: a person
    /// (`Jordan Henderson`, `Georgia Harrison`).
    func startsPersonName(_ tokens: [Token], at i: Int, _ match: Gazetteer.Match, afterTitle: Bool = false) -> Bool {
        // (A club that is also a given name, `Chelsea`, starts a person's name only outside a football report.)
        // (`striker Milan Baros`: right after a title, a city's name before a surname is a given name too.)
        guard !vietnamese, match.length == 1, !match.category.contains(.organization) || !footballReport, i + 1 < tokens.count,
              tokens[i + 1].isCapitalized, !tokens[i + 1].isAllCaps,
              afterTitle || gazetteer.categories(tokens, at: i).contains(.givenName) else { return false }
        let next = gazetteer.categories(tokens, at: i + 1)
        if !next.isDisjoint(with: [.placeSuffix, .orgHead, .eventWord, .notEntity, .stopword]) { return false }
        return gazetteer.match(tokens, at: i + 1, [.place, .organization, .title]) == nil
    }

    /// The name after `St` when it ends with an organisation head (`St Thomas' Hospital`) or a place word
    /// (`St James's Park`), through a possessive; `body` tells which.
    func saintsName(_ tokens: [Token], from start: Int) -> (upperBound: Int, body: Bool)? {
        var j = start
        if j < tokens.count, tokens[j].kind == .punct, tokens[j].first == "." { j += 1 }
        guard j < tokens.count, tokens[j].isCapitalized else { return nil }
        let limit = min(tokens.count, j + 5)
        // (`Thomas'`: a bare apostrophe is a possessive too.)
        while j < limit, tokens[j].isNameLike || (tokens[j].kind == .possessive || tokens[j].kind == .punct
            && (tokens[j].first == "'" || tokens[j].first == "\u{2019}")) && j + 1 < limit && tokens[j + 1].isNameLike {
            let word = gazetteer.categories(tokens, at: j)
            if tokens[j].kind == .word, word.contains(.orgHead) || word.contains(.placeSuffix) {
                // Take the whole run of heads and place words (`St Thomas' Hospital Trust`).
                var end = j + 1
                while end < tokens.count, tokens[end].isNameLike,
                      !gazetteer.categories(tokens, at: end).isDisjoint(with: [.orgHead, .placeSuffix]) { end += 1 }
                return (end, hasOrgHead(tokens, j..<end) && !gazetteer.categories(tokens, at: end - 1).contains(.placeSuffix))
            }
            j += 1
        }
        return nil
    }

    /// A capitalised word that names nothing by itself: no head, suffix, event, title, given name or
    /// known non-name.
    func isUnknownNameWord(_ tokens: [Token], _ j: Int) -> Bool {
        guard tokens[j].kind == .word, tokens[j].isCapitalized, !tokens[j].isAllCaps else { return false }
        return gazetteer.categories(tokens, at: j).isDisjoint(with: [.placeSuffix, .orgHead, .eventWord, .notEntity,
                                                                     .stopword, .title, .givenName, .place,
                                                                     .organization, .connector])
    }

    /// `beat Leeds`, `host Leeds`, `Leeds drew`, `Leeds, who`: only a team plays (a city is no `who`).
    func playsMatch(_ tokens: [Token], _ i: Int, _ end: Int) -> Bool {
        if i > 0, tokens[i - 1].kind == .word, Self.matchVerbsBefore.contains(tokens[i - 1].key) { return true }
        guard end < tokens.count else { return false }
        if tokens[end].kind == .word { return Self.matchVerbsAfter.contains(tokens[end].key) }
        return end + 1 < tokens.count && tokens[end].kind == .punct && tokens[end].first == ","
            && tokens[end + 1].key == Self.who
    }

    /// `Tesco said`, `Tesco shares fell`: a lone word at a sentence's start that speaks or is traded is a
    /// name even if the article never repeats it mid-sentence (plural nouns, `Officials said`, are not).
    func speaksAsBody(_ block: BlockText, _ i: Int, _ end: Int) -> Bool {
        let tokens = block.tokens
        // `Tesco, founded in 1919,`: only a body is founded.
        if end == i + 1, end + 1 < tokens.count, tokens[end].kind == .punct, tokens[end].first == ",",
           tokens[end + 1].key == Self.founded {
            return true
        }
        guard end == i + 1, end < tokens.count, tokens[end].kind == .word, !tokens[i].isAllCaps,
              tokens[end].key == Self.shares || gazetteer.match(tokens, at: end, [.speechVerb]) != nil else {
            return false
        }
        return tokens[i].end - tokens[i].start > 2 && block.scalars[tokens[i].end - 1] != "s"
            && gazetteer.categories(tokens, at: i).isDisjoint(with: [.unnamedHead, .pronoun, .title, .functionWord])
    }

    /// An organisation head written after the name in Vietnamese text (`Masan Group`, `Hà Nội FC`), unlike
    /// the Vietnamese heads, which come first (`Công ty`, `Sở`).
    func isSuffixHead(_ tokens: [Token], _ j: Int) -> Bool {
        tokens[j].kind == .word && Self.suffixHeads.contains(tokens[j].key)
    }

    /// `Match of the Day`: one capitalised word that is nothing known on its own, then `of` (`the`) and
    /// capitalised words, is a work's title; the index after it, or nil. (A body's or place's head before
    /// `of the`, `Bank of the West`, makes a name instead.)
    ///
    /// Without `the` (`Call of Duty`, `Goblet of Fire`), every capitalised word after `of` must be nothing
    /// known either (`Duke of Edinburgh`, `Houses of Parliament`, `Tessa Kwan of Cumbria Police` are names).
    func titleOfWorkEnd(_ tokens: [Token], from j: Int) -> Int? {
        let n = tokens.count
        guard j + 2 < n, isUnknownNameWord(tokens, j), tokens[j + 1].key == Self.of, !tokens[j + 1].isCapitalized else { return nil }
        if tokens[j + 2].key != Self.the || tokens[j + 2].isCapitalized {
            var k = j + 2
            while k < n, isUnknownNameWord(tokens, k) { k += 1 }
            return k > j + 2 && (k == n || !tokens[k].isNameLike) ? k : nil
        }
        guard j + 3 < n, tokens[j + 3].isCapitalized, !tokens[j + 3].isAllCaps,
              gazetteer.match(tokens, at: j + 3, [.place, .organization]) == nil else { return nil }
        var k = j + 4
        while k < n, tokens[k].isCapitalized, !tokens[k].isAllCaps { k += 1 }
        return k
    }

    /// `Pratt & Whitney`: one capitalised word on each side of an `&`, nothing else in the run.
    func isAmpersandPair(_ tokens: [Token], _ run: Range<Int>, at j: Int) -> Bool {
        tokens[j].first == "&" && tokens[j].kind != .word && run.count == 3 && j == run.lowerBound + 1
            && tokens[j - 1].isCapitalized && tokens[j + 1].isCapitalized
    }

    /// `Nguyễn Trường Sơn`, `Nguyễn Văn Trường cho biết`: a one-syllable head one or two words into a run
    /// that opens with a family name is a given name, before another one or closing the name.
    func isGivenNameInRun(_ tokens: [Token], head j: Int, from start: Int) -> Bool {
        guard j == start + 1 || j == start + 2 else { return false }
        let closes = j + 1 >= tokens.count || !tokens[j + 1].isNameLike
        return isHeadGivenNameAfterFamilyName(tokens, at: j)
            || closes && isHeadGivenNameAfterFamilyName(tokens, at: j, followedByName: false)
            || closes && j == start + 1 && isTwoSyllableGivenName(tokens, start)
    }

    func hasOrgHead(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        for j in run where tokens[j].kind == .word && gazetteer.categories(tokens, at: j).contains(.orgHead) {
            return true
        }
        return false
    }

    /// Where a Vietnamese organisation name that starts with a head word ends, or nil when no name follows
    /// the head. A capitalised word that starts a compound may bring one lowercase syllable (`Ngoại giao`,
    /// `Quốc phòng`, `Y tế`); a proper name (two capitals in a row, or a place) may not (`Công ty Sông Đà |
    /// trúng thầu`), and a place ends the name unless another place or head follows (`Hải quân Pháp |
    /// Antoine Beaussant`). `UBND tỉnh Quảng Nam`: a place prefix may follow the head.
    /// `nameFollows`: a title came before the head, so a person's name may follow the body (`Bộ trưởng Bộ
    /// Kế hoạch và Đầu tư | Nguyễn Văn A`): a family name opening two capitalised words after a lowercase
    /// syllable ends the body. A foreign word brings no lowercase syllable (`Hãng tin Dispatch | tung`).
    func organizationEnd(_ tokens: [Token], after head: Int, placesOnly: Bool = false, nameFollows: Bool = false,
                         scalars: [Unicode.Scalar]) -> Int? {
        let n = tokens.count
        var walk = OrganizationWalk(head: head)
        while walk.j < n {
            let token = tokens[walk.j]
            // (Before the name's words: `UBND TP. Hà Nội`, where `TP` is in capitals.)
            if vietnamese, token.kind == .word, walk.end == walk.j && walk.end > head || walk.j == head, !walk.endedWithPlace,
               !placesOnly, let unit = administrativeUnitEnd(tokens, at: walk.j, nameFollows: nameFollows) {
                return unit
            }
            if token.isNameLike {
                guard nameWordInOrganization(tokens, &walk, placesOnly: placesOnly, nameFollows: nameFollows,
                                             scalars: scalars) else { break }
                continue
            }
            if token.kind == .number, walk.end == walk.j || walk.j == head {  // (`Quân khu 7`, `Bệnh viện 108`)
                walk.j += 1
                walk.end = walk.j
                continue
            }
            // (Right after the head too, `Trung tâm y tế huyện X`: a name in sentence case.)
            if vietnamese, token.kind == .word, walk.end == walk.j && walk.end > head || walk.j == head, !walk.endedWithPlace,
               !placesOnly, let fields = orgFieldsEnd(tokens, from: walk.j) {
                walk.j = fields
                walk.end = walk.j
                walk.previousCapital = false
                continue
            }
            // `nhà nước`, `quốc gia` continue the name; a one-word one (`tỉnh`) only before a name.
            if token.kind == .word, walk.end == walk.j && walk.end > head || walk.j == head,  // `Trường THPT | chuyên Lê Hồng Phong`
               let words = gazetteer.match(tokens, at: walk.j, [.orgWord]),
               words.length > 1 || (walk.j + 1 < n && tokens[walk.j + 1].isNameLike) {
                walk.j += words.length
                walk.end = walk.j
                walk.previousCapital = false
                walk.endedWithPlace = false
                continue
            }
            // `Ngân hàng Trung ương châu Âu`: a place written with a lowercase first word closes the name.
            if vietnamese, token.kind == .word, walk.end == walk.j, walk.end > head, !walk.endedWithPlace,
               let place = gazetteer.match(tokens, at: walk.j, [.place]), place.length >= 2,
               tokens[walk.j + place.length - 1].isNameLike {
                return walk.j + place.length
            }
            if vietnamese, token.kind == .word, walk.end == walk.j, walk.end > head, let region = regionSuffixEnd(tokens, at: walk.j) {
                return region
            }
            if vietnamese, token.kind == .word, walk.end == walk.j, !placesOnly, !walk.endedWithPlace,
               let next = lowercaseInsideCompanyName(tokens, at: walk.j, head: head) {
                walk.j = next
                walk.previousCapital = false
                continue
            }
            if vietnamese, token.kind == .word, walk.end == walk.j, !placesOnly, !walk.endedWithPlace,
               lowercaseBeforeClosingPlace(tokens, at: walk.j, head: head) {
                walk.j += 1
                walk.previousCapital = false
                continue
            }
            if vietnamese, token.kind == .word, walk.end == walk.j, !placesOnly, !walk.endedWithPlace,
               let tail = sentenceCaseTail(tokens, at: walk.j, head: head) ?? fieldAfterVe(tokens, at: walk.j) {
                walk.j = tail
                walk.end = tail
                walk.previousCapital = false
                continue
            }
            // (Not after a foreign word, which starts no Vietnamese compound: `Hãng tin Dispatch | tung`.)
            if token.kind == .word, walk.end == walk.j, walk.previousCapital, !walk.previousProper,
               !vietnamese || !Self.isForeignWord(scalars, tokens[walk.j - 1]),
               gazetteer.match(tokens, at: walk.j, [.functionWord, .speechVerb, .timeWord]) == nil
                || gazetteer.match(tokens, at: walk.j - 1, [.orgWord, .orgField])?.length == 2 {  // `Hàng không`
                walk.j += 1
                walk.end = walk.j
                walk.previousCapital = false
                continue
            }
            // `UBND quận 3`
            if walk.j == head, token.kind == .word, Self.numberedPlaces.contains(token.key), walk.j + 1 < n,
               tokens[walk.j + 1].kind == .number {
                return walk.j + 2
            }
            if walk.j == head, token.kind == .word, let prefix = gazetteer.match(tokens, at: walk.j, [.placePrefix]),
               walk.j + prefix.length < n, tokens[walk.j + prefix.length].isNameLike {
                walk.j += prefix.length
                // `UBND thành phố | Lê Văn A`: the body of the city the article is about.
                if nameFollows, gazetteer.match(tokens, at: walk.j, [.place]) == nil,
                   gazetteer.categories(tokens, at: walk.j).contains(.familyName) {
                    walk.end = walk.j
                    break
                }
                continue
            }
            // (`... và Bộ Y tế`: a head after `và` starts another body; `... và HLV X`, a title a person.)
            if walk.end == walk.j, walk.j + 1 < n, tokens[walk.j + 1].isNameLike,
               (token.kind == .punct && Self.dashes.contains(token.first)) || token.key == Self.va
                || token.kind == .punct && token.first == "&" && tokens[walk.j - 1].end == token.start,  // `Bộ GD&ĐT`
               token.key != Self.va || gazetteer.match(tokens, at: walk.j + 1, [.orgHead, .organization, .title]) == nil,
               !vietnamese || !personNameStarts(tokens, at: walk.j + 1, (walk.j + 1)..<n),  // `X - Bùi Phương Nga`
               !opensBodyAfterSpacedDash(tokens, at: walk.j) {
                walk.j += 1
                walk.previousCapital = false  // `Công Thương - Tài chính`: a new compound starts
                walk.endedWithPlace = false
                continue
            }
            break
        }
        guard walk.end > head else { return nil }
        return vietnamese ? legalFormEnd(tokens, from: walk.end) ?? walk.end : walk.end  // `Công ty X, Inc.`
    }

    /// Whether a title at token `j` ends a Vietnamese run from `start`; not `Phạm Quốc Vương`: right after a
    /// family name opening the run, a title written in capitals whose words end the run (`Quốc vương`, a
    /// monarch) is the person's middle and given names.
    func titleEndsRun(_ tokens: [Token], at j: Int, from start: Int) -> Bool {
        guard let title = gazetteer.match(tokens, at: j, [.title]) else { return false }
        guard j == start + 1, gazetteer.categories(tokens, at: start).contains(.familyName),
              tokens[j..<(j + title.length)].allSatisfy({ $0.isCapitalized }) else { return true }
        return j + title.length < tokens.count && tokens[j + title.length].isNameLike
    }

    /// `Giám đốc Targa Australia | Eugene Arocca`, `bang Alaska | Sarah Palin`: a foreign given name and a
    /// surname right after a known place or body (of one or two words from `start`) are a person's name.
    func foreignNameAfterKnown(_ tokens: [Token], at j: Int, from start: Int) -> Bool {
        guard j + 1 < tokens.count, tokens[j + 1].isNameLike, !tokens[j + 1].isAllCaps,
              gazetteer.categories(tokens, at: j).contains(.givenName) else { return false }
        return gazetteer.match(tokens, at: j - 1, [.place, .organization])?.length == 1
            || j - 2 >= start && gazetteer.match(tokens, at: j - 2, [.place, .organization])?.length == 2
    }

    /// `Trường Đại học Kinh tế | - ĐHQGHN`, `Đại học Cambridge | - Đại học Oxford`: after a dash set off by
    /// spaces, a head, an acronym or a known body opens a body of its own (the parent, or a partner), not
    /// the rest of this one (`Bộ Lao động - Thương binh và Xã hội` goes on).
    func opensBodyAfterSpacedDash(_ tokens: [Token], at dash: Int) -> Bool {
        guard tokens[dash].kind == .punct, Self.dashes.contains(tokens[dash].first), dash > 0, dash + 1 < tokens.count,
              tokens[dash].start > tokens[dash - 1].end, tokens[dash + 1].start > tokens[dash].end else { return false }
        let next = dash + 1
        if gazetteer.match(tokens, at: next, [.orgHead, .organization]) != nil { return true }
        // (Not `Sở GD - ĐT`, an acronym in two halves, nor a legal form, `- TNHH một thành viên X`.)
        return tokens[next].isAllCaps && !tokens[dash - 1].isAllCaps && !Self.legalForms.contains(tokens[next].key)
    }

    static let legalForms = KeySet(words: ["tnhh", "mtv", "cp", "jsc"])

    /// A Latin word that is no Vietnamese syllable (`Dispatch`, `Chosun`): a foreign name's.
    static func isForeignWord(_ scalars: [Unicode.Scalar], _ token: Token) -> Bool {
        token.kind == .word && !BlockText.hasVietnameseLetter(scalars, token.start..<token.end)
            && !isVietnameseSyllable(scalars[token.start..<token.end])
    }

    /// Whether the words are an administrative unit's word (`TP`, `thành phố`, `tỉnh`) and no name.
    func onlyUnitWords(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, Self.administrativeUnits.contains(tokens[range.lowerBound].key) else { return false }
        return gazetteer.match(tokens, at: range.lowerBound, [.placePrefix])?.length == range.count
    }

    static let chuyen = Tokenizer.key(of: "chuyên".unicodeScalars[...])

    /// `Ngân hàng TMCP Sài Gòn Thương Tín`, `Đại học Manchester Metropolitan`: a capitalised word after a
    /// place inside a body's name goes on with the name, where no title calls for its holder's name after
    /// the body, and the word opens no person's name, nor an acronym or a sentence. In Vietnamese text a
    /// foreign word after a Vietnamese place is the body's own short name (`Cơ quan Vũ trụ Liên bang Nga |
    /// Roscosmos`); after a foreign place it goes on (`Manchester Metropolitan`).
    private func nameGoesOnAfterPlace(_ tokens: [Token], _ j: Int, nameFollows: Bool, scalars: [Unicode.Scalar]) -> Bool {
        guard !nameFollows, tokens[j].isCapitalized, !tokens[j].isAllCaps, !tokens[j].sentenceStart,
              !personNameStarts(tokens, at: j, j..<tokens.count),
              gazetteer.match(tokens, at: j, [.title, .honorific, .organization, .speechVerb]) == nil else { return false }
        guard vietnamese, j > 0 else { return true }
        let syllable = { (t: Token) in Self.isVietnameseSyllable(scalars[t.start..<t.end]) }
        return syllable(tokens[j]) || !syllable(tokens[j - 1])
    }

    /// The connectors an English name's words are joined by in Vietnamese text too (`capitalisedRun`):
    /// no Vietnamese word is spelt so.
    static let englishConnectors = KeySet(words: ["of", "for"])

    /// `của`, `of`: what joins a title to the body it is held in.
    static let titleBodyJoints = KeySet(words: ["của", "of"])

    /// Whether a title and `của` stand before the body starting at `start`, so its holder's name may follow
    /// the body (`Người phát ngôn của Hải quân Indonesia | Julius Widjojono`).
    func titleOfBodyBefore(_ tokens: [Token], _ start: Int) -> Bool {
        start >= 2 && Self.titleBodyJoints.contains(tokens[start - 1].key) && gazetteer.titleLength(tokens, endingAt: start - 2) != nil
    }

    /// One capitalised word of a Vietnamese organisation's name (`organizationEnd`): takes it (and a known
    /// name, place or compound it starts) into the name and says true, or says false where the name ends.
    private func nameWordInOrganization(_ tokens: [Token], _ walk: inout OrganizationWalk, placesOnly: Bool,
                                        nameFollows: Bool, scalars: [Unicode.Scalar]) -> Bool {
        let n = tokens.count, head = walk.head, token = tokens[walk.j]
        if walk.endedWithPlace || placesOnly, gazetteer.match(tokens, at: walk.j, [.place, .orgHead]) == nil,
           placesOnly || !nameGoesOnAfterPlace(tokens, walk.j, nameFollows: nameFollows, scalars: scalars) {
            return false
        }
        // `Bộ Y tế | PGS.TS Nguyễn Văn A`: a degree in capitals after the body's words opens the next person's
        // name, no word of the body's.
        if vietnamese, walk.j > head, token.isAllCaps, gazetteer.categories(tokens, at: walk.j).contains(.degree) {
            return false
        }
        // (Not after `chuyên`: `Hiệu trưởng Trường THPT chuyên Nguyễn Tất Thành`, a school named after a person.)
        if nameFollows, walk.j > head, !tokens[walk.j - 1].isNameLike, tokens[walk.j - 1].kind == .word,
           tokens[walk.j - 1].key != Self.chuyen, walk.j + 1 < n, tokens[walk.j + 1].isNameLike,
           gazetteer.categories(tokens, at: walk.j).contains(.familyName),
           gazetteer.match(tokens, at: walk.j, [.place, .orgHead]) == nil {
            return false
        }
        // `Đô đốc Hải quân | Charles Richard`, `chủ tịch CLB Tottenham | Daniel Levy`: after a title, a foreign
        // given name and a surname after the head (or after the body's name) are the holder's, not the body's;
        // not after a saint's word, which names a place or a club after the saint (`CLB San Martin Burzaco`).
        if nameFollows, walk.j + 1 < n, walk.j == head || !Self.saints.contains(tokens[walk.j - 1].key),
           tokens[walk.j + 1].isNameLike, !tokens[walk.j + 1].isAllCaps,
           gazetteer.categories(tokens, at: walk.j).contains(.givenName),
           gazetteer.match(tokens, at: walk.j, [.place, .organization, .orgHead, .familyName]) == nil {
            return false
        }
        // `Thứ trưởng Bộ Công Thương | Phan Thị Ngọc Lan`: a full name of three syllables or more
        // after a body named by two capitalised words or by an acronym (`Bộ LĐ-TB&XH | Nguyễn Văn A`).
        if nameFollows, walk.j >= head + 2 && tokens[walk.j - 1].isNameLike && tokens[walk.j - 2].isNameLike
            || walk.j > head && tokens[walk.j - 1].isAllCaps, !walk.endedWithPlace,
           personNameStarts(tokens, at: walk.j, walk.j..<n) {
            return false
        }
        // `Tập đoàn Nvidia | tổ chức`: a known company's name takes no lowercase syllable after it.
        if !placesOnly, let known = gazetteer.match(tokens, at: walk.j, [.organization]),
           gazetteer.match(tokens, at: walk.j, [.orgHead, .place]) == nil {
            walk.take(known.length, capital: true, proper: true, place: false)
            return true
        }
        // (`Đại học Tôn Đức Thắng`: a one-syllable place between a family name and another capitalised word
        // is a syllable of the person the body is named after; after a title the person may be the holder.)
        if let place = gazetteer.match(tokens, at: walk.j, [.place]),
           !(!nameFollows && place.length == 1 && walk.j > head && walk.j + 1 < n && tokens[walk.j + 1].isNameLike
             && tokens[walk.j - 1].isCapitalized && gazetteer.categories(tokens, at: walk.j - 1).contains(.familyName)
             && gazetteer.match(tokens, at: walk.j + 1, [.place, .orgHead]) == nil) {
            walk.take(place.length, capital: true, proper: true, place: true)
            return true
        }
        // `Bệnh viện Nhi Trung ương`: a field compound written with its capital is one word of the name.
        if walk.j + 1 < n, !tokens[walk.j + 1].isNameLike, let words = gazetteer.match(tokens, at: walk.j, [.orgWord, .orgField]),
           words.length >= 2 {
            walk.take(words.length, capital: false, proper: false, place: false)
            return true
        }
        walk.previousProper = walk.previousCapital
        walk.previousCapital = !token.isAllCaps  // an acronym does not make the next word a proper name
        walk.endedWithPlace = false
        walk.j += 1
        walk.end = walk.j
        return true
    }
}
