import ArticleModel

/// Gives every quotation of an article its speaker, in reading order, following `Analyzer`'s documented
/// rules: a named speaker as the fullest name the article gives; a pronoun as the person (or, for `it`,
/// the organisation, under the name an acronym spells out; for `they`, `họ`, a body that just spoke) it
/// stands for; a description as the person it was attached to, a body's statement (`An IAAF statement`,
/// `thông cáo của X`) as the body (two joined, `thông cáo của Mỹ - Nhật`, as both);
/// a description that refers back (`SpeakerResolver+BackReference`) as whom it means; a quotation with no
/// attribution of its own by the fallback order in `unattributed`. Walks the mentions once, alongside
/// the quotations, keeping who was named last (not a photographer a credit names, `Ảnh: X`, nor a
/// character someone played, `vai X`, nor a person in what a pronoun reports, `X has failed, he claimed`).
/// A form of address before a word for a relative is that relative's classifier, no pronoun (`dành cho cô
/// con gái nhỏ:`, the daughter; `Analyzer.isKinClassifier`).
final class SpeakerResolver {
    let texts: [BlockText]
    let mentions: [Mention]
    let written: [String]
    let canonicals: [String]
    let found: [Analyzer.FoundQuote]
    let gazetteer: Gazetteer
    let vietnamese: Bool
    /// Per mention: outside every quotation (a person quoted is not a speaker).
    let outsideQuotes: [Bool]
    /// Per mention: the first name of its clause (`Analyzer.clauseSubjects`), or the speaker a quotation's
    /// attribution names.
    let subjects: [Bool]
    let appositions: KeyTable<Int>

    private var lastNamed: (speaker: String, span: TextSpan)?
    private(set) var nextMention = 0
    /// People mentioned outside quotations, in order (the latest last).
    private(set) var seenPersons: [Int] = []
    /// The latest such person who was the first name of a sentence.
    private(set) var lastSubjectSeen: Int?
    /// Each canonical name's first mention as a clause's subject; built on first use, which few articles
    /// make (hashing every subject's name as the resolver walks cost the walk a third more).
    private(set) lazy var firstSubjectMention: [String: Int] = {
        var first: [String: Int] = [:]
        for index in mentions.indices where subjects[index] && mentions[index].kind == .person && outsideQuotes[index]
            && first[canonicals[index]] == nil {
            first[canonicals[index]] = index
        }
        return first
    }()
    /// What `it said` means.
    private(set) var lastOrganizationSeen: Int?
    /// `Microsoft said ...`: what `it said` means first, if recent.
    private(set) var lastSpeakingOrganization: Int?
    /// The latest body named right after a word for a medium (`tờ X`): what `Nhật báo này viết` means.
    private(set) var lastMediumSeen: Int?
    /// The speakers given so far, by quotation.
    private(set) var resolved: [Speaker?] = []
    /// The speakers of terms someone says (`FoundQuote.shortSpeech`), by position in `found`.
    private var shortSpeakers: [Int: Speaker] = [:]
    /// A body speaks under the fullest name the article gives it (`Harwood` said → `Harwood plc`).
    private var longestOrganization = KeyTable<Int>()
    /// Acronyms the article spells out (`the British Chamber of Commerce (BCC)`, or a name whose initials
    /// spell one, `Scottish Football Association`), keyed by the acronym: the body then speaks under the
    /// spelt-out name (`the BCC said` → `British Chamber of Commerce`).
    private var speltOut = KeyTable<Int>()
    // Built on first need: most articles have no gendered pronoun to check or short form to link.
    private var gendersMade: PersonGender?
    private var linkerMade: SpeakerNameLinker?
    /// One-word speaker names and their fuller forms, looked up once each.
    private var fuller: [UInt64: String?] = [:]

    init(texts: [BlockText], mentions: [Mention], written: [String], canonicals: [String],
         found: [Analyzer.FoundQuote], outsideQuotes: [Bool], gazetteer: Gazetteer, vietnamese: Bool) {
        self.texts = texts
        self.mentions = mentions
        self.written = written
        self.canonicals = canonicals
        self.found = found
        self.outsideQuotes = outsideQuotes
        self.gazetteer = gazetteer
        self.vietnamese = vietnamese
        appositions = Analyzer.appositions(mentions, texts, gazetteer)
        // A person a quotation's own attribution names (`"...," said X`) is the subject of that clause.
        var subjects = Analyzer.clauseSubjects(mentions, texts, gazetteer)
        for quote in found where quote.isQuote {
            if case .mention(let index)? = quote.ref, mentions[index].kind == .person { subjects[index] = true }
        }
        self.subjects = subjects
        for (index, m) in mentions.enumerated() where m.kind == .organization && m.length >= 2 {
            let first = texts[m.block].tokens[m.first].key
            if let other = longestOrganization[first], mentions[other].length >= m.length { continue }
            longestOrganization[first] = index
        }
        var initialled: [(UInt64, Int)] = []
        for (index, m) in mentions.enumerated() where m.kind == .organization && m.length >= 2 {
            if let acronym = Self.acronymInParentheses(after: m, texts[m.block], anyInitial: vietnamese) {
                speltOut[acronym] = index
            }
            if let initials = Self.initials(of: m, texts[m.block]) { initialled.append((initials, index)) }
        }
        // (`Scottish Football Association` ... `the SFA said`: a name whose words' initials spell the acronym,
        // when the article spells out none in parentheses.)
        for (initials, index) in initialled where speltOut[initials] == nil { speltOut[initials] = index }
    }

    /// The key of the acronym the capitalised words of a body's name spell (`European Union`: `EU`), when
    /// every word of the name is capitalised: the key `Tokenizer.key` gives the acronym, built from the
    /// initials without making a string.
    static func initials(of m: Mention, _ block: BlockText) -> UInt64? {
        var key = TokenKey.seed
        for word in block.tokens[m.first..<m.end] {
            guard word.kind == .word, word.isCapitalized, !word.isAllCaps else { return nil }
            key = TokenKey.mix(key, CharTable.shared.lowercase(block.scalars[word.start]))
        }
        return key
    }

    /// The key of `(ACRONYM)` right after the body's name, if the acronym starts with the name's first letter
    /// (with `anyInitial`, whatever its letters: Vietnamese text gives the English acronym, `Cơ quan Hàng
    /// không Liên bang Mỹ (FAA)`); also of one written as a word (`British American Tobacco (Bat)`, as the
    /// BBC writes acronyms), if it spells the name's initials.
    static func acronymInParentheses(after m: Mention, _ block: BlockText, anyInitial: Bool = false) -> UInt64? {
        let t = block.tokens
        guard m.end + 2 < t.count, t[m.end].kind == .punct, t[m.end].first == "(", t[m.end + 2].kind == .punct,
              t[m.end + 2].first == ")", t[m.end + 1].kind == .word, t[m.end + 1].end - t[m.end + 1].start >= 2,
              t[m.end + 1].isAllCaps ? anyInitial || t[m.end + 1].first == t[m.first].first
                  : t[m.end + 1].end - t[m.end + 1].start >= 3 && t[m.end + 1].key == initials(of: m, block) else { return nil }
        return t[m.end + 1].key
    }

    /// The speaker of every quotation of `found` (nil for terms and for quotations nobody said).
    func resolveAll() -> [Speaker?] {
        for (position, quote) in found.enumerated() {
            guard quote.isQuote else {
                if let said = quote.shortSpeech {
                    advance(to: quote)
                    var speech = quote
                    speech.ref = said
                    shortSpeakers[position] = resolve(position, speech)
                }
                resolved.append(nil)
                continue
            }
            advance(to: quote)
            let result = resolve(position, quote)
            if let result, result.named { lastNamed = (result.name, result.span) }
            resolved.append(result)
        }
        return resolved
    }

    /// Takes in the mentions before the quotation's opening mark.
    private func advance(to quote: Analyzer.FoundQuote) {
        let openStart = texts[quote.block].tokens[quote.span.openToken].start
        while nextMention < mentions.count, mentions[nextMention].block < quote.block
            || (mentions[nextMention].block == quote.block
                && texts[quote.block].tokens[mentions[nextMention].first].start < openStart) {
            if mentions[nextMention].kind == .person, outsideQuotes[nextMention],
               vietnamese || !Self.modifiesANoun(mentions[nextMention], texts[mentions[nextMention].block]),
               !Self.isCredited(mentions[nextMention], texts[mentions[nextMention].block]),
               !Self.isRoleName(mentions[nextMention], texts[mentions[nextMention].block]),
               !Self.isReportedByPronoun(mentions[nextMention], texts[mentions[nextMention].block], gazetteer) {
                seenPersons.append(nextMention)
                if subjects[nextMention] { lastSubjectSeen = nextMention }
            }
            if mentions[nextMention].kind == .organization, outsideQuotes[nextMention] {
                lastOrganizationSeen = nextMention
                if Self.isMedium(mentions[nextMention], texts) { lastMediumSeen = nextMention }
                if Analyzer.speaksNext(mentions[nextMention], texts, gazetteer) { lastSpeakingOrganization = nextMention }
            }
            nextMention += 1
        }
    }

    /// `(Ảnh: Hoàng Dung)`: a person named in a credit took the photograph; they take no part in the
    /// story, so no later `chị` or `he` stands for them.
    static func isCredited(_ m: Mention, _ text: BlockText) -> Bool {
        m.first >= 2 && EntityRecognizer.isCreditLabel(text.tokens, at: m.first - 2)
    }

    /// Words before a fictional character's name (`vai Lâm Đại Ngọc`, `nhân vật X`, `the role of X`).
    static let roleWords: [[UInt64]] = [["vai"], ["vai", "diễn"], ["nhân", "vật"], ["role", "of"]]
        .map { $0.map { Tokenizer.key(of: $0.unicodeScalars[...]) } }

    /// `ngoài vai Lâm Đại Ngọc`, `vào vai ông Ngọc`: a character the person played takes no part in the
    /// story either, so no later description or pronoun (`Cô gái 20 tuổi ... trả lời:`) stands for them.
    static func isRoleName(_ m: Mention, _ text: BlockText) -> Bool {
        let end = m.clues.contains(.afterHonorific) ? m.first - 1 : m.first  // (past `ông`, `bà`)
        return roleWords.contains { text.tokens.hasKeys($0, at: end - $0.count, before: end) }
    }

    static let indefiniteArticles = KeySet(words: ["a", "an"])

    /// `an Alan Shearer strike`: in English a name between an indefinite article and a lowercase noun
    /// describes the noun; the person takes no part in the sentence, so no later `he` stands for them.
    /// (Not in Vietnamese, where `an` ends `Bộ Công an`.)
    static func modifiesANoun(_ m: Mention, _ text: BlockText) -> Bool {
        let t = text.tokens
        guard m.first > 0, m.end < t.count, indefiniteArticles.contains(t[m.first - 1].key) else { return false }
        return t[m.end].kind == .word && !t[m.end].isCapitalized
    }

    /// The speaker from the quotation's own attribution, else by the fallback order.
    private func resolve(_ position: Int, _ quote: Analyzer.FoundQuote) -> Speaker? {
        switch quote.ref {
        case .mention(let index)?:
            if mentions[index].kind == .organization, let leader = leaderOfBody(index) { return named(leader) }
            return jointSpeakers(index) ?? named(index)
        case .pronoun(let block, let tokens)?:
            if texts[block].tokens[tokens.lowerBound].key == SpeakerAttributor.it || Self.standsForABody(tokens, texts[block]) {
                // (A body seen speaking in the paragraph before gives way to one named in this paragraph.)
                let namedHere = lastOrganizationSeen.map { mentions[$0].block == block } ?? false
                let speaking = lastSpeakingOrganization.flatMap {
                    block == mentions[$0].block || block - mentions[$0].block == 1 && !namedHere ? $0 : nil
                }
                return (speaking ?? lastOrganizationSeen).map(named)
            }
            if Self.pluralPronouns.contains(texts[block].tokens[tokens.lowerBound].key), let body = bodyThatSpoke(before: block) {
                return named(body)
            }
            if let phrase = quote.describedReporter {
                return unnamed(quote.block, phrase)
            }
            if let who = pronounSpeaker(span(block, tokens), PersonGender.gender(ofPronoun: tokens, in: texts[block])) {
                return who
            }
            // (`said the coach` with no one named before it: the description, not named.)
            guard tokens.count >= 2, texts[block].tokens[tokens.lowerBound].key == EntityRecognizer.the else { return nil }
            return unnamed(block, tokens)
        case .unnamed(let block, let tokens)?:
            return described(block, tokens, quote)
        case .written(let block, let scalars)?:
            var name = texts[block].text(scalarsFrom: scalars.lowerBound, to: scalars.upperBound)
            // (`"...", Trung tâm sự`: a one-word name the recogniser left untyped is the person the article
            // names in full, `Hồ Văn Trung`, as a typed one is.)
            if !name.contains(" "), let full = linker().fullerForm(of: Tokenizer.key(of: name.unicodeScalars[...])) {
                name = full
            }
            return Speaker(name: name, named: true, span: TextSpan(block: block, start: scalars.lowerBound, end: scalars.upperBound))
        case nil:
            return unattributed(position, quote)
        }
    }

    /// Words that, after `the` (or before `này`), make a pronoun-like phrase stand for a body, as `it` does
    /// (`the organisation said`, `công ty này cho biết`).
    static let bodyWords = KeySet(words: ["organisation", "organization", "company", "firm", "group", "union", "charity",
                                          "agency", "club", "công", "tổ", "hãng", "cơ", "tập", "doanh"])

    static let pluralPronouns = KeySet(words: ["they", "họ"])

    /// What a plural pronoun (`Police said ... They said`, `Tờ Indosport cho rằng ... Họ viết thêm:`) stands
    /// for: a body that spoke in the pronoun's paragraph or the one before, when no person has spoken since.
    private func bodyThatSpoke(before block: Int) -> Int? {
        guard let body = lastSpeakingOrganization, block - mentions[body].block <= 1, (lastSubjectSeen ?? -1) < body else {
            return nil
        }
        return body
    }

    /// `Họ viết thêm: "..."`: an unattributed quotation in a sentence a plural pronoun opens, read as
    /// `bodyThatSpoke` reads one. (`họ` stays out of the pronoun gazetteer: the paths that read pronouns
    /// take one for a person.)
    private func pluralPronounBody(_ quote: Analyzer.FoundQuote) -> Int? {
        let tokens = texts[quote.block].tokens
        guard let j = sentenceStart(before: quote.span.openToken, in: tokens), Self.pluralPronouns.contains(tokens[j].key) else {
            return nil
        }
        return bodyThatSpoke(before: quote.block)
    }

    /// The first token of the sentence before token `open` (past a mark that ends it right there), looked
    /// for at most `speechVerbReach` tokens back: a paragraph may hold thousands of quotations and no stop.
    private func sentenceStart(before open: Int, in tokens: [Token]) -> Int? {
        var j = open - 1
        if j >= 0, tokens[j].kind == .punct, Tokenizer.endsSentence(tokens[j].first) { j -= 1 }
        while j > 0, open - j < Self.speechVerbReach, !tokens[j].sentenceStart { j -= 1 }
        return j >= 0 && j < open && (j == 0 || tokens[j].sentenceStart) ? j : nil
    }

    static func standsForABody(_ tokens: Range<Int>, _ text: BlockText) -> Bool {
        guard tokens.count >= 2 else { return false }
        let t = text.tokens
        let head = t[tokens.lowerBound].key == EntityRecognizer.the ? t[tokens.lowerBound + 1].key : t[tokens.lowerBound].key
        return bodyWords.contains(head)
    }

    /// A described speaker (`a spokeswoman for the council`): the person the description belongs to,
    /// else the phrase itself, not named.
    private func described(_ block: Int, _ tokens: Range<Int>, _ quote: Analyzer.FoundQuote) -> Speaker {
        if texts[block].tokens[tokens.upperBound - 1].isNameLike,
           let person = linker().titledShortForm(tokens, in: texts[block]) {
            return named(person)
        }
        if let person = linker().titleWordAsSurname(tokens, in: texts[block]) {
            return named(person)
        }
        if let body = bodyInside(block, tokens), let leader = leaderOfBody(body) {
            return named(leader)
        }
        if let person = Analyzer.apposition(of: tokens, in: texts[block], appositions) {
            return named(person)
        }
        // `An IAAF statement`, `thông cáo của Mỹ - Nhật`: a body's document speaks for the body; so does a
        // medium's word for itself (`the China Daily newspaper said`).
        if Self.namesADocument(tokens, in: texts[block]) || !vietnamese && namesAMedium(tokens, in: texts[block]),
           let body = bodyInside(block, tokens) {
            return jointBody(body, within: tokens) ?? named(body)
        }
        if SpeakerNameLinker.describesByAge(tokens, in: texts[block]),
           let person = Analyzer.onlyPersonOfParagraph(quote.block, seenPersons, mentions, canonicals) {
            return named(person)
        }
        if let earlier = referredBack(block, tokens, quote) ?? mediumReferredBack(block, tokens, quote)
            ?? bodyNamedBack(block, tokens, quote) ?? describedInEnglish(block, tokens, quote) {
            return named(earlier)
        }
        return unnamed(block, tokens)
    }

    static let documentWords = KeySet(words: ["statement", "communique", "communiqué"])
    static let documentPairs: [(UInt64, UInt64)] = [("thông", "cáo"), ("tuyên", "bố"), ("thông", "báo")].map {
        (Tokenizer.key(of: $0.0.unicodeScalars[...]), Tokenizer.key(of: $0.1.unicodeScalars[...]))
    }

    /// Whether the English phrase is a body's name and a word for a medium after it, after `the` at most
    /// (`the China Daily newspaper`; not `one reviewer in Rolling Stone magazine`).
    private func namesAMedium(_ range: Range<Int>, in block: BlockText) -> Bool {
        let t = block.tokens
        guard range.count >= 2, Self.englishMediumWords.contains(t[range.upperBound - 1].key) else { return false }
        let start = t[range.lowerBound].key == EntityRecognizer.the ? range.lowerBound + 1 : range.lowerBound
        let low = firstMention(from: block.index, start)
        return low < mentions.count && mentions[low].block == block.index && mentions[low].first == start
            && mentions[low].end == range.upperBound - 1
    }

    /// Whether the phrase holds a word for a body's written statement.
    static func namesADocument(_ range: Range<Int>, in block: BlockText) -> Bool {
        let t = block.tokens
        return range.contains { j in
            documentWords.contains(t[j].key)
                || j + 1 < range.upperBound && documentPairs.contains { $0.0 == t[j].key && $0.1 == t[j + 1].key }
        }
    }

    /// Whether the quotation's own words name the person (`"Tôi đã hiểu thông điệp của Tổng thống Putin"` is
    /// not Putin's): someone spoken of, not the speaker.
    /// (Of an unclosed one, only its first words: it may end with its own attribution, `"... tốn kém, chị
    /// Thủy chia sẻ.`)
    private func quotationNames(_ person: Int, _ quote: Analyzer.FoundQuote) -> Bool {
        let name = canonical(person)
        let end = quote.span.closeToken == nil ? min(quote.span.endToken, quote.span.firstToken + Self.unclosedOpening)
            : quote.span.endToken
        var low = firstMention(from: quote.block, quote.span.firstToken)
        while low < mentions.count, mentions[low].block == quote.block, mentions[low].first < end {
            if mentions[low].kind == .person, canonical(low) == name { return true }
            low += 1
        }
        return false
    }

    static let unclosedOpening = 20

    /// The organisation (else place, else person) named inside the phrase.
    private func bodyInside(_ block: Int, _ range: Range<Int>) -> Int? {
        var low = firstMention(from: block, range.lowerBound)
        var inside: [Int] = []
        while low < mentions.count, mentions[low].block == block, mentions[low].end <= range.upperBound {
            inside.append(low)
            low += 1
        }
        for kind in [Entity.Kind.organization, .place, .person] {
            if let found = inside.first(where: { mentions[$0].kind == kind }) { return found }
        }
        return nil
    }

    static let jointWords = KeySet(words: ["và", "and"])

    /// `thông cáo của Mỹ - Nhật`, `a joint statement by Japan and Korea`: two bodies (or places) of the
    /// same kind joined by a dash or `và`/`and` inside the phrase issued the document together, as written.
    private func jointBody(_ body: Int, within range: Range<Int>) -> Speaker? {
        let m = mentions[body]
        guard body + 1 < mentions.count else { return nil }
        let other = mentions[body + 1]
        let tokens = texts[m.block].tokens
        guard other.block == m.block, other.kind == m.kind, other.first == m.end + 1, other.end <= range.upperBound,
              tokens[m.end].kind == .punct ? tokens[m.end].first.isOne(of: "-\u{2013}")
                  : Self.jointWords.contains(tokens[m.end].key) else { return nil }
        return Speaker(name: texts[m.block].text(m.first..<other.end), named: true, span: span(m.block, m.first..<other.end))
    }

    /// The first mention starting at or after token `token` of block `block`, by binary search.
    func firstMention(from block: Int, _ token: Int) -> Int {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if (mentions[mid].block, mentions[mid].first) < (block, token) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// A quotation without attribution of its own, in the documented order.
    private func unattributed(_ position: Int, _ quote: Analyzer.FoundQuote) -> Speaker? {
        // (`X said the war had hit trust hard. "..."`: the text has moved on to X, whoever spoke before.)
        if let reporter = quote.reporter { return named(reporter) }
        if let phrase = quote.describedReporter {
            return unnamed(quote.block, phrase)
        }
        if let pronoun = quote.pronounReporter,
           let who = pronounSpeaker(span(quote.block, pronoun), PersonGender.gender(ofPronoun: pronoun, in: texts[quote.block])) {
            return who
        }
        if let subject = sentenceSubject(position, quote) { return named(subject) }
        if let body = pluralPronounBody(quote) { return named(body) }
        if let result = inherited(position, sameParagraphOnly: true) { return result }
        if let person = seenPersons.last, mentions[person].block == quote.block {
            // (`Now he fears ... after players including fly-half Charlie Hodgson were away. "We're in ..."`: a
            // sentence whose subject is `he` speaks on through the people it names after it.)
            if !subjects[person], let pronoun = openingPronoun(before: quote.span.openToken, in: texts[quote.block]),
               pronoun.lowerBound < mentions[person].first,
               let result = pronounSpeaker(span(quote.block, pronoun),
                                           PersonGender.gender(ofPronoun: pronoun, in: texts[quote.block])) {
                return result
            }
            return named(person)
        }
        if let pronoun = Analyzer.pronounBefore(quote.span.openToken, in: texts[quote.block], gazetteer),
           let result = pronounSpeaker(span(quote.block, pronoun),
                                       PersonGender.gender(ofPronoun: pronoun, in: texts[quote.block])) {
            return result
        }
        // A quotation running on into the next paragraph is attributed where it ends.
        if let later = Analyzer.runOnAttribution(position, found), case .mention(let index)? = found[later].ref {
            return named(index)
        }
        // The next quotation of the paragraph is by the person named last (or the subject named last): so
        // is this one.
        if let next = nextAttributed(position), case .mention(let index)? = found[next].ref,
           mentions[index].kind == .person,
           [seenPersons.last, lastSubjectSeen].contains(where: { $0.map(canonical) == canonical(index) }) {
            return named(index)
        }
        if let person = quote.paragraphReporter, outsideQuotes[person], !quotationNames(person, quote) { return named(person) }
        if let result = inherited(position, sameParagraphOnly: false) { return result }
        if let next = nextAttributed(position), case .mention(let index)? = found[next].ref { return named(index) }
        if let subject = subjectOpeningParagraph(before: quote), !quotationNames(subject, quote) { return named(subject) }
        if let person = seenPersons.last, quote.block - mentions[person].block <= 3, !quotationNames(person, quote) {
            return named(person)
        }
        return nil
    }

    /// `Fernandinho trở thành đội trưởng sau khi David Silva ra đi.` / `"Đó là một khoảnh khắc ...`: a
    /// quotation opening its paragraph right after a paragraph (a sentence, not a heading) with no quotation
    /// mark that opens with a person as its subject is in that person's voice, not the last person's it names.
    private func subjectOpeningParagraph(before quote: Analyzer.FoundQuote) -> Int? {
        guard quote.span.openToken == 0, quote.block > 0 else { return nil }
        let previous = texts[quote.block - 1]
        // (A sentence, ended by its mark; not a caption, which reads as a headline: `Nick Cannon sắp đón cặp
        // sinh đôi với bạn gái X`.)
        guard let last = previous.tokens.last, last.kind == .punct, last.first.isOne(of: ".!?\u{2026}"),
              let firstWord = previous.tokens.firstIndex(where: { $0.kind == .word }),
              !previous.tokens.contains(where: { $0.kind == .punct && QuoteMarks.isQuoteMark($0.first) }) else { return nil }
        let first = firstMention(from: quote.block - 1, 0)
        guard first < mentions.count, mentions[first].block == quote.block - 1, mentions[first].kind == .person,
              subjects[first], outsideQuotes[first] else { return nil }
        // (The name opens the paragraph, or its title does: `Tiền vệ Fernandinho trở thành ...`.)
        let lead = mentions[first].first - firstWord
        guard lead == 0 || gazetteer.titleLength(previous.tokens, endingAt: mentions[first].first - 1) == lead else {
            return nil
        }
        return first
    }

    /// `Double try scorer Martyn Williams was keen not to talk about it. "We've got ..."`, `Mr Slattery
    /// called himself a customer who "was forced ..."`: the person who opens the sentence holding the
    /// quotation's opening mark, or the one right before it, when that sentence began after the previous
    /// quotation of the paragraph. (Found on no attribution at all: the sentence is about its subject, and
    /// a news report quotes whom it has just introduced.)
    private func sentenceSubject(_ position: Int, _ quote: Analyzer.FoundQuote) -> Int? {
        let tokens = texts[quote.block].tokens
        let open = quote.span.openToken
        var floor = -1
        if position > 0, found[position - 1].block == quote.block {
            floor = found[position - 1].span.closeToken ?? found[position - 1].span.endToken
        }
        var k = open - 1
        if k > floor, tokens[k].kind == .punct, SpeakerAttributor.endsReportedSentence(tokens[k].first) { k -= 1 }
        while k > floor, !tokens[k].sentenceStart { k -= 1 }
        guard k > floor else { return nil }
        let first = firstMention(from: quote.block, k)
        guard first < mentions.count, mentions[first].block == quote.block, mentions[first].kind == .person,
              mentions[first].first < open, outsideQuotes[first], subjects[first] else { return nil }
        // Not `When Carson died, ...`, `He said Mr Brown ...` (a clause or a subject before the name), nor
        // `Ms Clarkson's legal action`, `The Tory leader` (the name only qualifies the subject).
        let m = mentions[first]
        if m.end < tokens.count, tokens[m.end].kind == .possessive
            || !tokens[m.end].isCapitalized && gazetteer.match(tokens, at: m.end, [.title, .profession]) != nil {
            return nil
        }
        if (k..<m.first).contains(where: { j in
            // (`Bà Elena Reshetnyak`: a form of address, not a pronoun.)
            gazetteer.categories(tokens, at: j).contains(.pronoun) && gazetteer.match(tokens, at: j, [.honorific]) == nil
                || !Analyzer.contrastWords.contains(tokens[j].key) && gazetteer.match(tokens, at: j, [.conjunction]) != nil
        }) {
            return nil
        }
        return first
    }

    /// A pronoun's person: the latest subject, else the latest person (one of the pronoun's gender when
    /// the usual choice is known to be of the other), else the latest named speaker.
    private func pronounSpeaker(_ where: TextSpan, _ gender: PersonGender.Gender?) -> Speaker? {
        if var person = lastSubjectSeen ?? seenPersons.last {
            // (`Those allegations were put to Wenger after the game. At first he said only: "`: the one person
            // the pronoun's paragraph names, even as an object, before any speech verb, over a subject of an
            // earlier paragraph; as an object only when the paragraph does not open with a back-reference.)
            if mentions[person].block < `where`.block,
               let only = Analyzer.onlyPersonOfParagraph(`where`.block, seenPersons, mentions, canonicals),
               !speechVerbBefore(mentions[only].first, in: texts[`where`.block]),
               subjects[only] || !opensWithABackReference(texts[`where`.block]) {
                person = only
            }
            if let gender, let other = genders().gender(of: canonical(person)), other != gender,
               let fitting = Analyzer.latestFitting(gender, seenPersons, genders(), canonicals) {
                person = fitting
            }
            return Speaker(name: named(person).name, named: true, span: `where`)
        }
        if let lastNamed { return Speaker(name: lastNamed.speaker, named: true, span: `where`) }
        return nil
    }

    /// The personal pronoun (`he`, `she`, `ông`) that is the subject of the sentence right before token
    /// `open`, opening it or after one joining word (`Now he`, `But she`), if any.
    private func openingPronoun(before open: Int, in text: BlockText) -> Range<Int>? {
        let tokens = text.tokens
        guard let j = sentenceStart(before: open, in: tokens) else { return nil }
        for k in j...min(j + 1, open - 1) where tokens[k].kind == .word {
            if let pronoun = gazetteer.match(tokens, at: k, [.pronoun]),
               PersonGender.gender(ofPronoun: k..<(k + pronoun.length), in: text) != nil {
                return k..<(k + pronoun.length)
            }
            if !Self.sentenceOpeners.contains(tokens[k].key) { return nil }
        }
        return nil
    }

    /// Words that may open a sentence before its subject (`Now he`, `But she`, `Và ông`).
    static let sentenceOpeners = KeySet(words: ["now", "but", "and", "then", "so", "yet", "still", "however",
                                                "và", "nhưng", "còn"])

    /// Whether the paragraph opens with a pronoun (also past a word such as `Now` or `But`) or `the` (`He was
    /// once threatened by X`, `The 22-year-old pipped X`): its subject is someone named before, not the person
    /// it names.
    private func opensWithABackReference(_ text: BlockText) -> Bool {
        // (Not a paragraph opening inside a quotation: its words are someone's speech.)
        guard let first = text.tokens.firstIndex(where: { $0.kind == .word }),
              !text.tokens[..<first].contains(where: { QuoteMarks.isQuoteMark($0.first) }) else { return false }
        // (`Now he fears ...`, `But she ...`: a pronoun past one word that opens a sentence before its subject;
        // not `But the storm ...`.)
        if Self.sentenceOpeners.contains(text.tokens[first].key), first + 1 < text.tokens.count,
           text.tokens[first + 1].kind == .word {
            return gazetteer.categories(text.tokens, at: first + 1).contains(.pronoun)
        }
        return text.tokens[first].key == EntityRecognizer.the || gazetteer.categories(text.tokens, at: first).contains(.pronoun)
    }

    /// Whether a lowercase speech verb comes before token `end` in the block (`the chancellor said the cuts
    /// proposed by Oliver Letwin ...`: a name after one is in what was said, not the one who said it).
    /// (Within `speechVerbReach` tokens: bounded, as a paragraph may hold thousands of quotations.)
    private func speechVerbBefore(_ end: Int, in text: BlockText) -> Bool {
        (max(0, end - Self.speechVerbReach)..<end).contains { gazetteer.isLowercaseSpeechVerb(text.tokens, at: $0) }
    }

    static let speechVerbReach = 120

    /// The mention as a named speaker: an organisation under its fullest name, a one-word person under
    /// the fuller form the article gives.
    private func named(_ index: Int) -> Speaker {
        let m = mentions[index]
        var name = m.kind == .organization ? fullestOrganization(index) : canonical(index)
        if m.kind == .person, m.length == 1, !name.contains(" ") {
            let key = texts[m.block].tokens[m.first].key
            // A woman's `bà Hà` is not the `ông Trần Quốc Hà` of the same article.
            let gender = PersonGender.addressed(m, texts[m.block])
            let slot = TokenKey.combine(key, UInt64(gender.rawValue))
            if fuller[slot] == nil, fuller.count < 16 { fuller[slot] = linker().fullerForm(of: key, gender: gender) }
            if let found = fuller[slot] ?? nil { name = found }
        }
        if m.kind == .person { name = SpeakerNameLinker.withoutNickname(SpeakerNameLinker.withoutLeadingAcronym(name)) }
        return Speaker(name: name, named: true, span: span(m.block, m.first..<m.end))
    }

    /// `"...", Quốc Cơ và Quốc Nghiệp chia sẻ`, `"...", said Jonathan Wolpaw and Dennis McFarlane.`: two people
    /// joined by `và` or `and` right before the speech verb (past words such as `đều`, `cùng`), or right after
    /// it at the sentence's end, speak together; the speaker is both, joined as written. Nil when mention
    /// `index` is not one of such a pair.
    private func jointSpeakers(_ index: Int) -> Speaker? {
        guard mentions[index].kind == .person else { return nil }
        for first in [index - 1, index] where first >= 0 && first + 1 < mentions.count {
            let a = mentions[first], b = mentions[first + 1]
            let tokens = texts[a.block].tokens
            // (Joined by `and` or `và`, not `or`: `X hoặc Y nói` is one of them, no one knows which.)
            guard Analyzer.listJoint(a, b, texts) == .listEnd, Self.togetherJoints.contains(tokens[a.end].key),
                  !tokens[a.end].isCapitalized else { continue }
            var v = b.end
            while v < tokens.count, v - b.end < 3, tokens[v].kind == .word, !tokens[v].isCapitalized,
                  SpeakerAttributor.beforeVerb.contains(tokens[v].key) || Self.togetherWords.contains(tokens[v].key) {
                v += 1
            }
            // (`said Jonathan Wolpaw and Dennis McFarlane.`: or the verb stands before the pair, which ends the
            // sentence.)
            let verbBefore = gazetteer.isLowercaseSpeechVerb(tokens, at: a.first - 1)
                && (b.end == tokens.count || tokens[b.end].kind == .punct)
            guard verbBefore || gazetteer.isLowercaseSpeechVerb(tokens, at: v) else { continue }
            let and = texts[a.block].text(a.end..<(a.end + 1))
            return Speaker(name: named(first).name + " " + and + " " + named(first + 1).name, named: true,
                           span: span(a.block, a.first..<b.end))
        }
        return nil
    }

    /// Words between two joined speakers and their verb that say they spoke together (`cùng`, `both`).
    static let togetherWords = KeySet(words: ["cùng", "both", "together"])
    /// The list's last joints that make two speakers one (`and`, `và`; `Analyzer.listEnds` has `or` too).
    static let togetherJoints = KeySet(words: ["and", "và"])

    private func fullestOrganization(_ index: Int) -> String {
        let m = mentions[index]
        let tokens = texts[m.block].tokens
        // (`Bat` for `British American Tobacco`: the BBC writes acronyms of three letters or more as words.)
        if m.length == 1, tokens[m.first].isAllCaps || tokens[m.first].end - tokens[m.first].start >= 3,
           let expansion = speltOut[tokens[m.first].key] {
            return written[expansion]
        }
        // (`Bộ Giao thông vận tải (GTVT)`, then `Bộ GTVT cho biết`: the head and the acronym spelt out after
        // the full name with that head.)
        if m.length == 2, tokens[m.first + 1].isAllCaps, let expansion = speltOut[tokens[m.first + 1].key],
           texts[mentions[expansion].block].tokens[mentions[expansion].first].key == tokens[m.first].key {
            return written[expansion]
        }
        guard let other = longestOrganization[tokens[m.first].key], mentions[other].length > m.length else {
            return canonical(index)
        }
        let o = mentions[other]
        let longer = texts[o.block].tokens
        for k in 0..<m.length where longer[o.first + k].key != tokens[m.first + k].key { return canonical(index) }
        return written[other]
    }

    /// An unattributed quotation continues its run-on predecessor or takes the speaker of the previous
    /// quotation in its paragraph (or of a term someone says there: `"It's incredible," the youngster said.
    /// "I was not ...`), or, unless `sameParagraphOnly`, of the last one in the paragraph before, past
    /// headings that name no one (of one that ran on through up to two paragraphs before it).
    private func inherited(_ position: Int, sameParagraphOnly: Bool) -> Speaker? {
        var p = position - 1
        let block = found[position].block
        var before = block - 1
        if !sameParagraphOnly {
            while before > 0, Self.isHeadingLike(texts[before]), !names(.person, before, 0..<texts[before].tokens.count) {
                before -= 1  // (a heading: a caption names someone)
            }
        }
        while p >= 0, position - p <= 8 {
            let previous = found[p]
            if block - previous.block > 1, sameParagraphOnly || before - previous.block > 2 { return nil }
            if let who = previous.isQuote ? resolved[p] : shortSpeakers[p] {
                if previous.block == block || previous.span.closeToken == nil && previous.block == block - 1
                    || (!sameParagraphOnly && (previous.block == before
                        || previous.span.closeToken == nil && before - previous.block <= 2)) {
                    return who
                }
                return nil
            }
            p -= 1
        }
        return nil
    }

    /// A paragraph that reads as a heading: a dozen words at most, no quotation mark, and no full stop,
    /// colon, question or exclamation mark at its end (`2. Người mẹ đừng bỏ lỡ cơ hội`).
    static func isHeadingLike(_ text: BlockText) -> Bool {
        guard text.words <= 12, let last = text.tokens.last(where: { $0.kind != .number }) else { return false }
        if last.kind == .punct, last.first.isOne(of: ".:?!\u{2026}") { return false }
        return !text.tokens.contains { $0.kind == .punct && QuoteMarks.isQuoteMark($0.first) }
    }

    /// The next quotation in the same paragraph that names its speaker itself.
    private func nextAttributed(_ position: Int) -> Int? {
        var p = position + 1
        while p < found.count, p - position <= 8, found[p].block == found[position].block {
            if found[p].isQuote, found[p].ref != nil { return p }
            p += 1
        }
        return nil
    }

    private func canonical(_ index: Int) -> String { canonicals[index] }

    /// A described speaker kept as the words that describe it.
    private func unnamed(_ block: Int, _ tokens: Range<Int>) -> Speaker {
        Speaker(name: texts[block].text(tokens), named: false, span: span(block, tokens))
    }

    private func span(_ block: Int, _ tokens: Range<Int>) -> TextSpan {
        let t = texts[block].tokens
        return TextSpan(block: block, start: t[tokens.lowerBound].start, end: t[tokens.upperBound - 1].end)
    }

    func genders() -> PersonGender {
        if gendersMade == nil {
            gendersMade = PersonGender(mentions: mentions, texts: texts, canonicals: canonicals,
                                       vietnamese: vietnamese, gazetteer: gazetteer)
        }
        return gendersMade!
    }

    private func linker() -> SpeakerNameLinker {
        if linkerMade == nil {
            linkerMade = SpeakerNameLinker(gazetteer: gazetteer, texts: texts, mentions: mentions, vietnamese: vietnamese)
        }
        return linkerMade!
    }
}
