import ArticleModel

/// Who a quotation's own sentence says spoke it.
enum SpeakerRef: Sendable, Equatable {
    /// An entity mention (index into the article's mentions).
    case mention(Int)
    /// `he`, `ông`, `bà ấy`: the most recent named speaker.
    case pronoun(block: Int, tokens: Range<Int>)
    /// `a spokesman`, `một người dân`: kept as written.
    case unnamed(block: Int, tokens: Range<Int>)
    /// A name kept as written, where no entity mention stands for it (`王毅说`: CJK text).
    case written(block: Int, scalars: Range<Int>)

    /// A pronoun or a description: no name of its own.
    var isDescription: Bool {
        switch self {
        case .pronoun, .unnamed: return true
        case .mention, .written: return false
        }
    }
}

/// Finds the attribution of one quotation in its own block.
///
/// Rules, tried in order:
/// 1. After the closing mark (`"...," X said`, `"...," said X`, `"...", X cho biết`, `"...", theo X`),
///    unless the quotation ended its sentence and a new capitalised sentence follows that is more than
///    a short `X said.`; then after a stray closing mark later in the block, if any (the writer closed
///    the quotation twice: `"...". Y ... họ", ông X nói`). A verb more than 25 tokens after the mark
///    attributes only to a person named right after it, past a title (`"...", X, giáo sư ... tại Đại học Y ở
///    Z, cho biết`, `" - tiến sĩ X, ..., giải thích`). In English, a verb after a comma with its subject after
///    it, `the` or a name, ending the sentence, is the attribution (`"..." on the EU is used to ..., say the
///    Tories.`), unless a person named before that comma is the subject (`X, an analyst at Y, told Reuters`).
///    With no speech verb, a person's name right after the mark and a comma speaks whatever the verb
///    (`"...", Thủ hiến Delhi X gửi lời thỉnh cầu`), unless the quotation is a short phrase ending no sentence.
///    In Vietnamese, a short sentence after the mark's full stop that ends with its speech verb is the
///    attribution (`"...". GS X cho biết.`). Lowercase words that go on with the quotation's sentence, then
///    a comma and a pronoun right before the verb, give the pronoun, however far (`"..." within the US, he
///    said`). In English, `the` and lowercase words ending with a body's head describe a speaker (`said
///    the council`).
/// 2. Before the opening mark, in the same sentence: a speech verb close to the mark (`X said: "`,
///    `X told the BBC: "`, `X nói rằng "`, `X cho biết: "`), or however far when its words run with no comma
///    to `rằng`, `that` right before the mark (`X nói với Y trong cuộc điện đàm hôm 26/4 rằng: "`), its
///    subject being the person (else organisation, else place) nearest before the verb in its clause, else a
///    pronoun, else the phrase;
///    a clause opened by a conjunction whose own subject is a short describing phrase (`, mặc dù một nguồn
///    tin nói`, `, but an FA spokesman said`) is that phrase's, not a person's named earlier in the sentence.
///    A personal pronoun in the verb's own clause (`which, he says, "`) wins over a person named earlier in
///    the sentence. A place is a speaker only standing for its people or government (`Mỹ cho biết`,
///    `Russia said`), never after `ở`, `tại`, `in` (`một nhà kinh doanh ở Đan Đông cho biết` is the phrase);
///    after a noun it qualifies (`nhà ngoại giao Việt Nam`, `tờ báo của Thái Lan`, `a court in France`)
///    the speaker is that phrase, not named. A clause after a comma that opens in lowercase is an
///    apposition (`X, bạn diễn của Y, nói:`, `X, who played Y, told ...`): the person before it speaks; so
///    does the person before a chain of them, the last opening with a title (`thầy X, hiện giảng dạy tại Y,
///    đồng thời là Phó Tổng GĐ Công ty Z, Chủ tịch HĐQT Công ty W cũng cho biết:`);
///    the names of a relative clause right before the verb (`The actor, whose films include ..., said:`)
///    are not its subject, the words before the clause are. A verb right after a comma with no subject of
///    its own shares the sentence's, the person who opens it (`X chỉ trích Y và Z, nói:`, `X, director of
///    Y Rights, said:`); a verb joined by `và`, `and` shares its clause's subject, the first person or the
///    pronoun that opens it (`anh đã xem ... trước khi gặp Y và nói:`), and a name right before that `và` is
///    no subject of the verb; so does a body before a dash and a lowercase description that runs to that comma
///    (`Ủy ban Bầu cử - cơ quan chuyên giám sát ..., cho biết:`). An apostrophe after a plural's or a name's
///    `s` is no quotation mark (`he told ITV Wales' Waterfront programme:`, `Atticus' David Slager told`).
///    A person's possessive before the words that speak (`Tony Blair's official spokesman said:`) names
///    whose spokesman it is: the phrase speaks, not named; after a person named with a comma it is that
///    person's apposition (`Mr Prettejohn, Lloyd's chief executive said`), and the person speaks. In
///    Vietnamese a relative's word and `của` before a person's name (`cha nuôi của X chia sẻ:`, relative-nouns.txt)
///    make the relative the speaker, described.
///    A short capitalised subject the recogniser left untyped (`"...", CCTV cho biết`) is kept as written;
///    a name after a description and a comma speaks (`cựu tiền vệ Chelsea, Fabregas chia sẻ`).
///    A describing word that opens an organisation's name (`Đại sứ quán Bỉ nhấn mạnh:`) describes no one:
///    the body speaks. A described speaker ends before the words that mark the verb's time or addition
///    (`Người phát ngôn cũng cho biết`, `A spokesman also said`) and after a joining word before it (`thì`),
///    no word inside a name describes (`báo The Economist` is named), and a title's abbreviation with a full
///    stop before a name ends no sentence (`PGS. X kể lại`), nor does an initial before a lowercase word
///    (`bà C. nói`, `Chủ doanh nghiệp Đ.H. tại X cho biết`). A speech verb in the passive or used as a noun
///    (`được mô tả là "..."`, `những lời chỉ trích "..."`) attributes nothing.
///    In both 1 and 2, a relaying phrase (`Tờ X dẫn lời ông Y:`, `"...", báo X dẫn lời Y`, `X quoted Y as
///    saying`) gives the person after it, not the medium before it (`SpeakerAttributor+Relay`). In 1, so does
///    a phrase saying whose words they were, even in a new sentence (`" - vẫn là lời của X`, `". Đó là phát
///    biểu cuối cùng của X`, `", lời ông X.`).
/// 3. `Theo X, "...` and `According to X, "...`. A short phrase with none of these is a term, unless its
///    sentence reports someone's words before it (`X said it expects to lose "hundreds of millions"`:
///    `reportedInSameSentence`).
/// 4. A quotation introduced by a colon takes the medium that opens its sentence (`Tờ X chạy tít: "`), else
///    the first person of its sentence (`Putin ký sắc lệnh ...: "`).
/// Chinese and Japanese quotations are attributed first by their own rules (`SpeakerAttributor+CJK`).
struct SpeakerAttributor {
    /// English bodies' one-word heads (`Council`, `Commission`, `Government`), by key: the same word in
    /// lowercase after `the` describes a body (`said the council`).
    static let bodyHeads = KeySet(Gazetteer.listEntries("org-heads").compactMap { head in
        head.contains(" ") || !head.unicodeScalars.allSatisfy(\.isASCII) ? nil : Tokenizer.key(of: head.unicodeScalars[...])
    })

    let gazetteer: Gazetteer
    let block: BlockText
    /// Indices into `mentions` of this block's person, organisation and place mentions, in order.
    let named: [Int]
    let mentions: [Mention]
    /// The article's language (`BlockText.looksVietnamese`), for the rules only one language writes.
    let vietnamese: Bool

    static let theo = Tokenizer.key(of: "theo".unicodeScalars[...])
    static let according = Tokenizer.key(of: "according".unicodeScalars[...])
    static let to = Tokenizer.key(of: "to".unicodeScalars[...])
    /// `it said`, `It added:`: the body last named (not a gazetteer pronoun, which would stand for a person).
    static let it = Tokenizer.key(of: "it".unicodeScalars[...])
    static let maxRegion = 40
    /// Words that make the speech verb after them passive or a noun.
    static let noVerbBefore = KeySet(words: ["bị", "được", "lời", "sự"])
    /// How far after a closing mark a speech verb attributes the quotation to whoever comes before it.
    static let attributionReach = 25
    /// How far after a closing mark a stray second one is looked for.
    static let strayMarkReach = 120
    static let allNamed: [Entity.Kind] = [.person, .organization, .place]
    static let personOnly: [Entity.Kind] = [.person]
    static let organizationOnly: [Entity.Kind] = [.organization]
    static let placeOnly: [Entity.Kind] = [.place]

    private var tokens: [Token] { block.tokens }

    func attribute(_ quote: QuotedSpan) -> SpeakerRef? {
        if let found = cjkAttribution(quote) { return found }
        if isEmbedded(quote), let found = beforeOpeningMark(quote) { return found }
        if let found = afterClosingMark(quote) { return found }
        return beforeOpeningMark(quote)
    }

    /// `"It's incredible," the youngster said.`: the attribution after a short quoted span that ends as
    /// speech does (with `,`, `.`, `!` or `?` inside its marks), which a term has too when someone says it.
    func shortSpeechAttribution(_ quote: QuotedSpan) -> SpeakerRef? {
        guard quote.end > quote.start, block.scalars[quote.end - 1].isOne(of: ",.!?") else { return nil }
        return afterClosingMark(quote)
    }

    func isStop(_ token: Token) -> Bool {
        token.kind == .punct && (token.first.isOne(of: ".!?;\u{2026}") || QuoteMarks.isQuoteMark(token.first))
    }

    func speechVerb(at j: Int) -> Int? {
        // (`TS Đặng Quốc Bảo`: a verb capitalised inside a sentence is a word of a name.)
        guard tokens[j].kind == .word, !tokens[j].isCapitalized || tokens[j].sentenceStart else { return nil }
        guard let length = gazetteer.match(tokens, at: j, [.speechVerb])?.length else { return nil }
        // (`bị chỉ trích "..."`, `được nhận xét là "..."`: in the passive, the subject did not say it;
        // `những lời chỉ trích "..."`: a noun, no verb.)
        if j > 0, !tokens[j - 1].isCapitalized, Self.noVerbBefore.contains(tokens[j - 1].key) { return nil }
        return length
    }

    /// `said the council`, `the assembly government said`: in English, `the` and one or two lowercase words
    /// ending with a body's head describe a body (`SpeakerResolver.bodyNamedBack` finds which).
    private func describesABody(_ range: Range<Int>) -> Bool {
        let tokens = block.tokens
        return !vietnamese && (2...3).contains(range.count) && tokens[range.lowerBound].key == EntityRecognizer.the
            && tokens[(range.lowerBound + 1)..<range.upperBound].allSatisfy { $0.kind == .word && !$0.isCapitalized }
            && Self.bodyHeads.contains(tokens[range.upperBound - 1].key)
    }

    private func afterClosingMark(_ quote: QuotedSpan) -> SpeakerRef? {
        guard let close = quote.closeToken else { return nil }
        // (A short phrase, a saying's or a nickname's, is attributed only by a speech verb: `"cố đấm ăn xôi", X`.)
        let anyVerb = endsSentence(quote)
            || Analyzer.wordCount(tokens[quote.firstToken..<quote.endToken]) >= Analyzer.unattributedTermWords
        if let found = afterClosingMark(close, endedSentence: endsSentence(quote), anyVerb: anyVerb) { return found }
        // `"...". GS Mùi cho biết.`: in Vietnamese, a full stop after the mark, then a sentence that is only the
        // attribution, ending with its speech verb.
        if vietnamese, close + 1 < tokens.count,
           tokens[close + 1].kind == .punct, tokens[close + 1].first == ".", sentenceEndsWithSpeechVerb(after: close + 1),
           let found = afterClosingMark(close + 1, endedSentence: false, anyVerb: false) {
            return found
        }
        // `"...". Bóng đá là ... của họ", ông X nói`: the writer closed the quotation twice; its attribution
        // follows the stray second mark.
        guard let stray = strayClosingMark(after: close) else { return nil }
        return afterClosingMark(stray, endedSentence: false, anyVerb: anyVerb)
    }

    /// `... khi dạy các con mình", bà chia sẻ.`: in a paragraph that a quotation from an earlier one runs
    /// on into, the attribution after the first closing mark that closes nothing, if the mark comes before
    /// token `limit` (the paragraph's first quotation of its own) and within its first `maxRunOnTokens`.
    func runOnEnd(before limit: Int) -> SpeakerRef? {
        var inTerm = false
        for k in 0..<min(limit, tokens.count, Self.maxRunOnTokens) where tokens[k].kind == .punct
            && QuoteMarks.isQuoteMark(tokens[k].first) && !QuoteMarks.isSingle(tokens[k].first) {
            // (`thấy rất "phê", ngỡ ... mọi thứ", TS X kể.`: a quoted word inside the quotation is passed over.)
            if inTerm {
                inTerm = !closesNothing(k)
                continue
            }
            if k > 0, opensTerm(k) {
                inTerm = true
                continue
            }
            guard closesNothing(k) else { return nil }
            // (`... cho bệnh nhân". BS X - Phó trưởng khoa nhận định.`: the full stop after the mark ends the
            // quotation's sentence, and the attribution is the sentence after it.)
            if k + 1 < tokens.count, tokens[k + 1].kind == .punct, tokens[k + 1].first == "." {
                return afterClosingMark(k + 1, endedSentence: false)
            }
            return afterClosingMark(k, endedSentence: false)
        }
        return nil
    }

    static let maxRunOnTokens = 600

    func endsSentence(_ quote: QuotedSpan) -> Bool {
        block.scalars[quote.end - 1].isOne(of: ".!?\u{2026}")
    }

    /// The next quotation mark of the block after token `close`, if it can only close (glued to the word
    /// before it, not to the word after it): a mark that closes nothing.
    private func strayClosingMark(after close: Int) -> Int? {
        // (Bounded: a paragraph may hold thousands of marks.)
        let window = tokens[(close + 1)..<min(tokens.count, close + 1 + Self.strayMarkReach)]
        guard let k = window.firstIndex(where: { $0.kind == .punct && QuoteMarks.isQuoteMark($0.first) }) else { return nil }
        return closesNothing(k) ? k : nil
    }

    /// Whether the quotation mark at token `k` can only close: a double mark that is no opening one (or a
    /// straight one), glued to the word before it and not to the word after it.
    private func closesNothing(_ k: Int) -> Bool {
        let mark = tokens[k].first
        guard !QuoteMarks.isSingle(mark), mark == "\"" || !QuoteMarks.canOpen(mark) else { return false }
        let pos = tokens[k].start
        let scalars = block.scalars
        let gluedBefore = pos > 0 && !scalars[pos - 1].properties.isWhitespace
        let gluedAfter = pos + 1 < scalars.count && (scalars[pos + 1].properties.isAlphabetic || scalars[pos + 1].properties.numericType != nil)
        return gluedBefore && !gluedAfter
    }

    /// Whether the straight mark at token `k` opens a quoted word mid-paragraph: a space before it, a word
    /// glued after it.
    private func opensTerm(_ k: Int) -> Bool {
        let pos = tokens[k].start
        let scalars = block.scalars
        return tokens[k].first == "\"" && pos > 0 && scalars[pos - 1].properties.isWhitespace && pos + 1 < scalars.count
            && (scalars[pos + 1].properties.isAlphabetic || scalars[pos + 1].properties.numericType != nil)
    }

    /// `anyVerb`: a person's name right after the mark and a comma speaks whatever the verb after it.
    private func afterClosingMark(_ close: Int, endedSentence: Bool, anyVerb: Bool = true) -> SpeakerRef? {
        let n = tokens.count
        var a = close + 1
        while a < n, tokens[a].kind == .punct, tokens[a].first.isOne(of: ",-\u{2013}\u{2014}") { a += 1 }
        let e = regionEnd(from: a)
        // (`". Đó là phát biểu của X`: whose words they were may follow the full stop after the mark.)
        if let found = wordsOf(in: a < e ? a..<e : sentence(after: a)) { return found }
        guard a < e else { return nil }
        // (`"... miệng...", Thúy Hạnh viết (Ảnh: X).`: a comma after the mark carries the sentence on.)
        let commaAfter = close + 1 < n && tokens[close + 1].kind == .punct && tokens[close + 1].first == ","
        if endedSentence, !commaAfter, tokens[a].isCapitalized, e - a > 6 || e >= n || tokens[e].first != "." { return nil }
        if let found = relayed(in: a..<e) { return found }
        if tokens[a].key == Self.theo || (tokens[a].key == Self.according && a + 1 < e && tokens[a + 1].key == Self.to) {
            let start = tokens[a].key == Self.theo ? a + 1 : a + 2
            return subject(in: start..<e, preferLast: false)
        }
        // "..., when X said": a new clause, not the attribution.
        if tokens[a].kind == .word, !tokens[a].isCapitalized,
           gazetteer.match(tokens, at: a, [.conjunction]) != nil { return nil }
        var v = a
        while v < e {
            if let length = speechVerb(at: v) {
                if v == a {  // "...," said X
                    return subject(in: (v + length)..<e, preferLast: false)
                }
                // (`"..." within the US, he said`: words that go on with the quotation's own sentence, then a
                // comma and a pronoun: the pronoun is the subject.)
                if tokens[a].kind == .word, !tokens[a].isCapitalized, let pronoun = pronounAfterComma(before: v, from: a) {
                    return .pronoun(block: block.index, tokens: pronoun)
                }
                // (`"..." on the EU is being used to lull the public, say the Tories.`: in English, a verb after a
                // comma with its subject after it, `the` or a name, ending the sentence, is its attribution; not
                // where a person named before the comma is the subject, `X, an analyst at Y, told Reuters`.)
                if !vietnamese, v - 1 > a, tokens[v - 1].kind == .punct, tokens[v - 1].first == ",",
                   !Analyzer.objectVerbs.contains(tokens[v].key), v + length < e, e - (v + length) <= 4,
                   e == n || Tokenizer.endsSentence(tokens[e].first),
                   tokens[v + length].key == EntityRecognizer.the || tokens[v + length].isCapitalized,
                   firstNamed(in: a..<v, kinds: Self.personOnly) == nil,
                   let inverted = subject(in: (v + length)..<e, preferLast: false) {
                    return inverted
                }
                if v - a <= Self.attributionReach { return possessedSpeaker(a, v) ?? subject(in: a..<v, preferLast: false) }
                // (`"...", Zachary Abuza, giáo sư ... tại Đại học X có trụ sở tại Washington, cho biết`: a verb
                // further away attributes only when a person's name opens the words after the mark.)
                // (`" - tiến sĩ Noah Koblinsky, nhà sinh lý học ..., giải thích`: past a title or a form of address.)
                let first = firstNamed(in: a..<v, kinds: Self.personOnly)
                guard let person = first.flatMap({ mentions[$0].first - a <= 1 ? $0 : nil }) ?? openingPerson(a, before: v)
                else { return nil }
                return .mention(person)
            }
            v += 1
        }
        // (`"...", Thủ hiến Delhi Arvind Kejriwal gửi lời thỉnh cầu tới ...`: with no speech verb, a comma after
        // the mark and a person's name opening the words after it, that person, whatever the verb.)
        if anyVerb, commaAfter, let person = openingPerson(a, before: e) { return .mention(person) }
        return nil
    }

    /// Whether the sentence after the full stop at `stop` is at most `attributionReach` tokens and ends
    /// with a speech verb right before its own full stop: `. TS. BS X - Phó trưởng khoa nhận định.`
    private func sentenceEndsWithSpeechVerb(after stop: Int) -> Bool {
        let start = stop + 1
        let end = regionEnd(from: start)
        // (Ended by a full stop or the paragraph, not by a quotation mark: `X cho biết: "` opens another.)
        guard start < end, end - start <= Self.attributionReach,
              end == tokens.count || tokens[end].first.isOne(of: ".!?\u{2026}") else { return false }
        return (max(start, end - 3)..<end).contains { v in speechVerb(at: v).map { v + $0 == end } ?? false }
    }

    /// The tokens of the sentence after the marks that end one at `stop` (`.`, `!`, `?`, `…`), if any.
    private func sentence(after stop: Int) -> Range<Int> {
        var start = stop
        while start < tokens.count, tokens[start].kind == .punct, Tokenizer.endsSentence(tokens[start].first) { start += 1 }
        guard start > stop else { return stop..<stop }
        return start..<regionEnd(from: start)
    }

    /// Where the words from token `start` stop: at the sentence's end or a quotation mark, within `maxRegion`.
    private func regionEnd(from start: Int) -> Int {
        var e = start
        while e < tokens.count, e < start + Self.maxRegion, !isStop(tokens[e]) || isInsideWord(e) { e += 1 }
        return e
    }

    private func beforeOpeningMark(_ quote: QuotedSpan) -> SpeakerRef? {
        let o = quote.openToken
        var s = o - 1
        while s >= 0, o - s <= Self.maxRegion, !isStop(tokens[s]) || isInsideWord(s) { s -= 1 }
        s += 1
        guard s < o else { return nil }
        if let found = relayed(in: s..<o) { return found }
        // (`X đã nói với Thủ tướng Y trong cuộc điện đàm hôm 26/4 rằng: "`: a speech verb whose words run, with
        // no comma, to `rằng` or `that` right before the mark is the quotation's, however far back.)
        let that = complementizerBefore(o, from: s)
        var v = o - 1
        while v >= s, o - v <= 10 || that != nil {
            if let length = speechVerb(at: v), v + length <= o,
               o - (v + length) <= 6 || that.map({ that in !tokens[(v + length)..<that].contains { $0.kind == .punct } }) == true {
                // The verb's clause: back to a comma or dash outside parentheses.
                var clause = s
                var depth = 0
                for j in stride(from: v - 1, through: s, by: -1) where tokens[j].kind == .punct {
                    let mark = tokens[j].first
                    if mark == ")" { depth += 1 } else if mark == "(" { depth = max(0, depth - 1) }
                    if depth == 0, mark.isOne(of: ",;-\u{2013}\u{2014}") {
                        clause = j + 1
                        break
                    }
                }
                // `X, bạn diễn của Y trong Z, nói:`, `X, who played Y, said:`: the clause is an apposition
                // to the person before its comma, who is the subject.
                if let person = appositionSubject(clause, from: s)
                    ?? (clause == v ? personEnding(at: v, from: s) ?? bodyBeforeApposition(v, from: s) : nil)
                    ?? appositionChainSubject(clause, before: v, from: s) {
                    return .mention(person)
                }
                // (`The Oscar-nominated actor, whose films include ... The Phantom Menace, said:`: the names of
                // a relative clause before the verb are not its subject; what stands before the clause is.)
                if clause == v, let relative = relativeClauseComma(before: v - 1, from: s) {
                    switch subject(in: s..<relative, preferLast: true) {
                    case .mention(let index)? where mentions[index].kind == .person: return .mention(index)
                    case let found? where found.isDescription: return found
                    case nil where relative - s <= 8: return .unnamed(block: block.index, tokens: s..<relative)
                    default: break
                    }
                }
                // `Ông Ceferin chỉ trích Ed Woodward và Agnelli, nói:`, `X criticised Y and Z, saying:`: a speech
                // verb right after a comma, with no subject of its own, shares the sentence's, the person who
                // opens it (after a title or a form of address), not the object named last.
                if clause == v, let person = openingPerson(s, before: v - 1) { return .mention(person) }
                // `X criticised Y and said:`, `X đã chỉ trích Y và tuyên bố`: a verb joined to an earlier one
                // shares its subject, the clause's first person, not the object named last; or the pronoun
                // that opens the clause (`anh đã xem video của nhóm Spice Girls ... và nói với bạn:`).
                if v > clause, tokens[v - 1].kind == .word, Self.verbJoiners.contains(tokens[v - 1].key) {
                    if let pronoun = gazetteer.match(tokens, at: clause, [.pronoun]), clause + pronoun.length < v - 1,
                       !tokens[clause].isCapitalized || tokens[clause].sentenceStart,
                       !(pronoun.length == 1 && Analyzer.isKinClassifier(tokens, at: clause)) {
                        return .pronoun(block: block.index, tokens: clause..<(clause + pronoun.length))
                    }
                    if let person = firstNamed(in: clause..<(v - 1), kinds: Self.personOnly), mentions[person].end < v - 1,
                       // (Not across a reported clause: `X told the magazine that the star ... and asked:`.)
                       !tokens[mentions[person].end..<(v - 1)].contains(where: { Self.complementizers.contains($0.key) }) {
                        return .mention(person)
                    }
                }
                if let phrase = possessedSpeaker(clause, v) ?? relativeOfPerson(clause, v) { return phrase }
                // (`Chị Hằng (con gái bà Lữ - chủ cửa hàng) chia sẻ`: a name in parentheses describes the
                // subject before them.)
                if let person = lastNamedOutsideParentheses(in: clause..<v) ?? lastSubjectPerson(in: clause..<v) {
                    return .mention(person)
                }
                if let own = describedClauseSubject(clause, v) { return own }
                // (`... Johnny Carson of podcasting which, he says, "`: the clause's own personal pronoun, not a
                // person named earlier in the sentence.)
                if clause < v, case .pronoun(let b, let words)? = subject(in: clause..<v, preferLast: true),
                   tokens[words.lowerBound].key != Self.it, !SpeakerResolver.standsForABody(words, block),
                   !tokens[words.lowerBound].isCapitalized || tokens[words.lowerBound].sentenceStart {  // (not `Lê Hoài Anh`)
                    return .pronoun(block: b, tokens: words)
                }
                if let person = lastNamed(in: s..<v, kind: .person) { return .mention(person) }
                if let found = subject(in: clause..<v, preferLast: true) { return found }
                // (A verb reached through `rằng` far back has its object after it, no subject: the rules after
                // this loop decide.)
                guard o - (v + length) <= 6 else { break }
                if let found = subject(in: (v + length)..<o, preferLast: false) { return found }
                return nil
            }
            v -= 1
        }
        // (`Theo X:`; also after a comma or a contrasting word, `Mặc dù X đã nỗ lực, song theo Bộ GTVT:"`.)
        if let opening = (s..<o).last(where: { j in
            (tokens[j].key == Self.theo || tokens[j].key == Self.according && j + 1 < o && tokens[j + 1].key == Self.to)
                && (j == s || tokens[j - 1].kind == .punct && tokens[j - 1].first == ","
                    || Analyzer.contrastWords.contains(tokens[j - 1].key))
        }) {
            let start = tokens[opening].key == Self.theo ? opening + 1 : opening + 2
            var end = start
            while end < o, !(tokens[end].kind == .punct && tokens[end].first == ",") { end += 1 }
            if let found = firstNamed(in: start..<end, kinds: Self.allNamed) { return .mention(found) }
        }
        if o - 1 >= s, tokens[o - 1].kind == .punct, tokens[o - 1].first == ":" {
            if let medium = mediumOpening(s..<(o - 1)) { return .mention(medium) }
            let main = mainClauseStart(s, before: o - 1)
            if let person = firstNamed(in: main..<(o - 1), kinds: Self.personOnly)
                ?? firstNamed(in: s..<(o - 1), kinds: Self.personOnly) { return .mention(person) }
        }
        return reportedEarlier(before: o, from: s)
    }

    /// `Dù không còn là chồng Củng Lợi nhưng Hòa Tường vẫn dành cho cô sự trân trọng:`, `Although X lost, Y
    /// was clear:`: a sentence that opens with a concession (concessive-openers.txt) says its main clause's
    /// subject, after the comma or the contrasting word (`nhưng`, `song`, `but`: `Analyzer.contrastWords`) that
    /// ends the concession. The first token of the main clause, or `s` when the sentence opens with none.
    private func mainClauseStart(_ s: Int, before end: Int) -> Int {
        guard Self.concessiveOpeners.startsPhrase(tokens, at: s) else { return s }
        for j in (s + 1)..<max(s + 1, end) {
            if tokens[j].kind == .punct ? tokens[j].first == "," : Analyzer.contrastWords.contains(tokens[j].key) {
                return j + 1
            }
        }
        return s
    }

    static let concessiveOpeners = PhraseSet(list: "concessive-openers")

    /// `Tờ Siam Sport chạy tít:`, `Tờ X tự hào vì thành tích của Y:`: a sentence that opens with a word
    /// for a medium and its name, whatever its verb, is the medium's.
    private func mediumOpening(_ range: Range<Int>) -> Int? {
        let start = range.lowerBound
        guard let head = SpeakerResolver.mediumHeadLength(tokens, at: start, within: range.upperBound),
              let first = named(in: range).first, mentions[first].first == start + head,
              mentions[first].kind == .organization else { return nil }
        return first
    }

    /// The position in `named` of the first mention starting at or after token `token`, by binary search:
    /// `named` is in reading order, and a paragraph may hold many thousands of them.
    func namedPosition(from token: Int) -> Int {
        var low = 0
        var high = named.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[named[mid]].first < token { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The block's mentions inside `range`.
    func named(in range: Range<Int>) -> ArraySlice<Int> {
        let low = namedPosition(from: range.lowerBound)
        var end = low
        while end < named.count, mentions[named[end]].end <= range.upperBound { end += 1 }
        return named[low..<end]
    }

    private func firstNamed(in range: Range<Int>, kinds: [Entity.Kind]) -> Int? {
        let inside = named(in: range)
        for kind in kinds {
            if let index = inside.first(where: { mentions[$0].kind == kind }) { return index }
        }
        return nil
    }

    /// The person whose name opens the words from `s` (after titles and forms of address, and a body or
    /// place a title holds: `Thủ hiến Delhi X`), if any and named before `end`; not one whose possessive
    /// follows (`Kenteris's lawyer, X, said`).
    func openingPerson(_ s: Int, before end: Int) -> Int? {
        guard s < end, let person = firstNamed(in: s..<end, kinds: Self.personOnly),
              mentions[person].end >= tokens.count || tokens[mentions[person].end].kind != .possessive else { return nil }
        var j = s
        var titled = false
        while j < mentions[person].first {
            if let title = gazetteer.match(tokens, at: j, [.title, .honorific]) {
                j += title.length
                titled = true
            } else if titled, let held = named(in: j..<end).first, mentions[held].first == j,
                      mentions[held].kind != .person {
                j = mentions[held].end
            } else {
                return nil
            }
        }
        return j == mentions[person].first ? person : nil
    }

    /// `Tiền vệ Paul Pogba cũng đồng quan điểm với HLV Solskjaer khi nói:`: the last person named in `range`,
    /// but one a preposition governs (`với`, `của`, `with`: past a title or a form of address) is the verb's
    /// object, not its subject, when a person not so governed is named before it.
    private func lastSubjectPerson(in range: Range<Int>) -> Int? {
        let people = named(in: range).filter { mentions[$0].kind == .person }
        return people.last { !isGoverned($0) } ?? people.last
    }

    /// Whether a preposition stands right before mention `m`, or before the titles or forms of address
    /// that open it, of one word or more (`với HLV X`, `với Bộ trưởng X`, `với ông Bộ trưởng X`).
    private func isGoverned(_ m: Int) -> Bool {
        var j = mentions[m].first - 1
        var hops = 0
        while j >= 0, hops < 3, tokens[j].kind == .word, !Self.objectPrepositions.contains(tokens[j].key),
              let length = gazetteer.titleLength(tokens, endingAt: j) {
            j -= length
            hops += 1
        }
        return j >= 0 && tokens[j].kind == .word && Self.objectPrepositions.contains(tokens[j].key)
    }

    /// Prepositions whose name is an object (`với X`, `của X`, `cho X`; `with X`, `to X`).
    static let objectPrepositions = KeySet(words: ["với", "cùng", "của", "cho", "về", "tới", "đến", "từ",
                                                   "with", "to", "of", "for", "about", "from"])

    private func lastNamed(in range: Range<Int>, kind: Entity.Kind) -> Int? {
        named(in: range).last { mentions[$0].kind == kind }
    }

    /// The last person named in `range` outside parentheses.
    private func lastNamedOutsideParentheses(in range: Range<Int>) -> Int? {
        var depth = 0
        var inside: [Range<Int>] = []
        var open = range.lowerBound
        for j in range where tokens[j].kind == .punct {
            if tokens[j].first == "(" {
                if depth == 0 { open = j }
                depth += 1
            } else if tokens[j].first == ")", depth > 0 {
                depth -= 1
                if depth == 0 { inside.append(open..<(j + 1)) }
            }
        }
        if depth > 0 { inside.append(open..<range.upperBound) }
        guard !inside.isEmpty else { return nil }
        return named(in: range).last { m in
            mentions[m].kind == .person && !inside.contains { $0.contains(mentions[m].first) }
        }
    }

    static let relatives = KeySet(words: ["who", "whom", "which", "that", "mà"])

    /// The comma that opens a relative clause (`, whose`, `, who`, `, which`) ending at the comma `end`,
    /// within 20 tokens (past the commas and colons of a list inside it).
    private func relativeClauseComma(before end: Int, from s: Int) -> Int? {
        var c = end - 1
        while c > s, end - c <= 20 {
            if tokens[c].kind == .punct, tokens[c].first == ",", c + 1 < end, Self.relativeOpeners.contains(tokens[c + 1].key) {
                return c
            }
            c -= 1
        }
        return nil
    }

    static let relativeOpeners = KeySet(words: ["who", "whose", "which"])
    /// Words that join a second verb to the first one's subject (`and said`, `và tuyên bố`, `rồi nói`).
    static let verbJoiners = KeySet(words: ["and", "và", "rồi"])
    static let complementizers = KeySet(words: ["that", "rằng"])

    /// The `rằng` or `that` right before the opening mark at `o` (past a colon), if the sentence from `s` has one.
    private func complementizerBefore(_ o: Int, from s: Int) -> Int? {
        var j = o - 1
        if j > s, tokens[j].kind == .punct, tokens[j].first == ":" { j -= 1 }
        return j > s && tokens[j].kind == .word && Self.complementizers.contains(tokens[j].key) ? j : nil
    }

    /// `..., mặc dù một nguồn tin nói với People rằng: "`: a clause that opens with a conjunction (not a
    /// relative: `who`) and has a describing subject of its own is spoken by that unnamed source, not by a
    /// person named earlier in the sentence.
    private func describedClauseSubject(_ clause: Int, _ v: Int) -> SpeakerRef? {
        guard clause < v, tokens[clause].kind == .word, !Self.relatives.contains(tokens[clause].key),
              let conjunction = gazetteer.match(tokens, at: clause, [.conjunction]), clause + conjunction.length < v,
              case let found? = subject(in: (clause + conjunction.length)..<v, preferLast: true),
              case .unnamed(_, let phrase) = found, phrase.count <= 8,
              // (A short describing phrase, not a clause of its own: `before he left ... the chancellor`.)
              !phrase.contains(where: { gazetteer.match(tokens, at: $0, [.pronoun]) != nil }) else { return nil }
        return found
    }

    static let relativeNouns = PhraseSet(list: "relative-nouns")

    /// `cha nuôi của Lưu Diệc Phi chia sẻ:`, `luật sư của X cho biết`: a clause that opens with a word for a
    /// relative or a representative (relative-nouns.txt), `của` and a person's name right before the verb
    /// is the relative's: the phrase speaks (the person it was attached to earlier, if any), not the one
    /// named.
    private func relativeOfPerson(_ clause: Int, _ v: Int) -> SpeakerRef? {
        guard vietnamese, let person = lastNamed(in: clause..<v, kind: .person) else { return nil }
        let cua = mentions[person].first - 1
        guard verbStart(at: v, after: mentions[person].end) == mentions[person].end, cua > clause,
              tokens[cua].key == Self.cua, !tokens[cua].isCapitalized, Self.relativeNouns.isPhrase(tokens, clause..<cua) else {
            return nil
        }
        return .unnamed(block: block.index, tokens: clause..<mentions[person].end)
    }

    /// Token `v`, or the first of the lowercase words that mark the verb's time or addition right before it
    /// (`đã`, `cũng`, `also`: `beforeVerb`), going back no further than token `floor`.
    private func verbStart(at v: Int, after floor: Int) -> Int {
        var end = v
        while end > floor, !tokens[end - 1].isCapitalized, Self.beforeVerb.contains(tokens[end - 1].key) { end -= 1 }
        return end
    }

    static let writings = KeySet(words: ["report", "statement", "letter", "book", "memoir", "memoirs", "autobiography",
                                         "blog", "website", "diary", "column", "article"])

    /// `Tony Blair's official spokesman said:`, `Ms Hollis's lawyer told`: a person's possessive and up to four
    /// lowercase words right before the verb name whose spokesman it is; the phrase speaks, not named. Not
    /// after a person named with a comma (`Mr Prettejohn, Lloyd's chief executive said`): the phrase is
    /// then that person's apposition, and the person speaks.
    private func possessedSpeaker(_ clause: Int, _ v: Int) -> SpeakerRef? {
        guard let owner = lastNamed(in: clause..<v, kind: .person) else { return nil }
        if let first = firstNamed(in: clause..<mentions[owner].first, kinds: Self.personOnly),
           tokens[mentions[first].end].kind == .punct, tokens[mentions[first].end].first == "," {
            return nil
        }
        let after = mentions[owner].end
        let end = verbStart(at: v, after: after + 1)
        guard after < end, tokens[after].kind == .possessive, (2...5).contains(end - after),
              tokens[(after + 1)..<end].allSatisfy({ $0.kind == .word && !$0.isNameLike }),
              // (`Kok's report said`: a person's own writing speaks for the person.)
              !Self.writings.contains(tokens[end - 1].key) else { return nil }
        return .unnamed(block: block.index, tokens: mentions[owner].first..<end)
    }

    /// The subject in `range`: a person (the last one before a verb, the first one after a quotation),
    /// else a pronoun next to the verb, else a describing phrase (`a spokesman for X`, `người phát ngôn`),
    /// else an organisation, else a place.
    func subject(in range: Range<Int>, preferLast: Bool) -> SpeakerRef? {
        guard !range.isEmpty else { return nil }
        func pick(_ kind: Entity.Kind) -> Int? {
            preferLast ? lastNamed(in: range, kind: kind) : firstNamed(in: range, kinds: kind == .person ? Self.personOnly : Self.placeOnly)
        }
        if let person = pick(.person) { return .mention(person) }
        var start = range.lowerBound
        // (`thì người dân này chỉ cười và nói`: a joining word before the subject is none of it.)
        while start < range.upperBound, tokens[start].kind == .punct
            || ((!tokens[start].isCapitalized || tokens[start].sentenceStart) && Self.joiningWords.contains(tokens[start].key)) {
            start += 1
        }
        var end = range.upperBound
        // (`HLV người Bồ Đào Nha từng nhấn mạnh`, `He will say`, `Vị chuyên gia này thẳng thắn chia sẻ`: the
        // words before the verb that mark its time, manner or mood are no part of who spoke.)
        while end > start {
            if tokens[end - 1].kind == .punct
                || (!tokens[end - 1].isCapitalized && Self.beforeVerb.contains(tokens[end - 1].key)) {
                end -= 1
            } else if let manner = Self.mannerWords.phraseLength(tokens, before: end), end - manner > start,
                      !tokens[end - manner].isCapitalized {
                end -= manner
            } else {
                break
            }
        }
        // A pronoun right next to the verb.
        let probe = preferLast ? max(range.lowerBound, end - 2) : range.lowerBound
        for j in probe..<min(range.upperBound, probe + 2) where tokens[j].kind == .word {
            if let m = gazetteer.match(tokens, at: j, [.pronoun]),
               preferLast ? j + m.length == end : j == range.lowerBound {
                return .pronoun(block: block.index, tokens: j..<(j + m.length))
            }
            if tokens[j].key == Self.it, preferLast ? j + 1 == end : j == range.lowerBound {
                return .pronoun(block: block.index, tokens: j..<(j + 1))
            }
        }
        // (`The England coach said`: a place or a body only qualifies the role, which refers back.)
        // (`Tờ báo này viết`: a word for a medium and no name open a description of the medium named before.)
        if SpeakerResolver.isQualifiedRole(start..<end, tokens, gazetteer) || describesABody(start..<end)
            || vietnamese && start < end && SpeakerResolver.mediumHeadLength(tokens, at: start, within: end) != nil
                && named(in: start..<end).isEmpty {
            return .unnamed(block: block.index, tokens: start..<end)
        }
        // An unnamed speaker: a short phrase that starts with a describing noun.
        // (`Đại sứ quán Bỉ cũng nhấn mạnh`: a describing word that opens a body's name is the body's.)
        if start < end, end - start <= 12, firstNamed(in: start..<end, kinds: Self.organizationOnly)
            .map({ mentions[$0].first != start }) ?? true {
            // (A word inside a name describes no one: `báo The Economist` is the paper, whatever `Economist`
            // means alone.)
            let inside = named(in: start..<end).map { mentions[$0].first..<mentions[$0].end }
            // (`A Labour Party spokesman`: right after a body named in the first words, the head may stand
            // further in.)
            let afterBody = named(in: start..<end).first.flatMap { m in
                mentions[m].kind == .organization && mentions[m].first - start <= 1 ? mentions[m].end : nil
            }
            let heads = Array(start..<min(end, start + 3)) + (afterBody.map { $0 < end ? [$0] : [] } ?? [])
            for j in heads where !inside.contains(where: { $0.contains(j) }) {
                // (`the 34-year-old told`, `said the 30-year-old, who is retiring`: an age alone describes
                // someone too, and ends the description.)
                if SpeakerNameLinker.isAge(tokens[j], in: block), j + 1 < end, tokens[j + 1].kind != .word {
                    return .unnamed(block: block.index, tokens: start..<(j + 1))
                }
                if tokens[j].kind == .word && gazetteer.match(tokens, at: j, [.unnamedHead, .title]) != nil
                    || SpeakerNameLinker.isAge(tokens[j], in: block) {
                    // (`Cư dân mạng | cũng vào trang cá nhân của X bình luận`: a word marking a verb's time or
                    // addition ends the description; the predicate goes on after it.)
                    let cut = ((j + 1)..<end).first { k in
                        !tokens[k].isCapitalized && Self.beforeVerb.contains(tokens[k].key) && !Self.verbJoiners.contains(tokens[k].key)
                    }
                    if let name = appositionName(start..<(cut ?? end)) { return name }
                    return .unnamed(block: block.index, tokens: start..<(cut ?? end))
                }
            }
        }
        // (`đăng trên tài khoản Facebook chính thức nói rằng`: a known site named after the noun for where one
        // posts is where, not who; the body named before it speaks, else the phrase that opens with the noun describes
        // who did: `một tài khoản Twitter bình luận`.)
        let bodies = named(in: range).filter { mentions[$0].kind == .organization }
        let speaking = bodies.filter { m in  // (an account's own name, `tài khoản The Fella`, still speaks)
            !Self.postingPlaces.endsPhrase(tokens, before: mentions[m].first)
                || gazetteer.match(tokens, at: mentions[m].first, [.organization]) == nil
        }
        if let organization = preferLast ? speaking.last : speaking.first { return .mention(organization) }
        if let site = bodies.last {
            let noun = mentions[site].first - (Self.postingPlaces.phraseLength(tokens, before: mentions[site].first) ?? 0)
            return noun - start <= 1 && end - start <= 12 ? .unnamed(block: block.index, tokens: start..<end) : nil
        }
        if let place = pick(.place) {
            // (`đơn vị lữ hành có trụ sở ở Hà Nội`: a place after `ở`, `tại`, `in` is where, not who.)
            let first = mentions[place].first
            if first > start, EntityRecognizer.locatives.contains(tokens[first - 1].key)
                || EntityRecognizer.englishLocatives.contains(tokens[first - 1].key) {
                return end - start <= 12 && first - 1 > start ? .unnamed(block: block.index, tokens: start..<end) : nil
            }
            // `nhà ngoại giao Việt Nam`, `tờ báo của Thái Lan`: the place only qualifies who spoke.
            if qualifiesNoun(mentions[place].first, from: start) {
                return start < end && end - start <= 12 ? .unnamed(block: block.index, tokens: start..<end) : nil
            }
            return .mention(place)
        }
        return unrecognizedName(start..<end)
    }

    /// `cựu tiền vệ Chelsea, Fabregas chia sẻ`: a description, a comma and a name (one to four capitalised
    /// words) ending the subject: the name speaks.
    private func appositionName(_ range: Range<Int>) -> SpeakerRef? {
        guard let comma = range.last(where: { tokens[$0].kind == .punct }), tokens[comma].first == ",",
              comma > range.lowerBound, (1...4).contains(range.upperBound - comma - 1) else { return nil }
        let name = (comma + 1)..<range.upperBound
        // (`ở Jammu, Kashmir`: places joined by a comma are a list.)
        guard !named(in: range.lowerBound..<comma).contains(where: { mentions[$0].end == comma && mentions[$0].kind == .place }) else {
            return nil
        }
        if let m = named(in: name).first, mentions[m].first == name.lowerBound, mentions[m].end == name.upperBound {
            return mentions[m].kind == .place ? nil : .mention(m)
        }
        return unrecognizedName(name)
    }

    /// `"...", CCTV cho biết`: a subject of one to four capitalised words (not opening the sentence, unless
    /// an acronym) that is no pronoun, title or stopword is a name the recogniser did not type (or took for
    /// a common acronym); kept as written, without a word for a medium before it (`Tờ Thai Rath viết:`).
    private func unrecognizedName(_ whole: Range<Int>) -> SpeakerRef? {
        var range = whole
        // `Tờ Thai Rath viết:`, `the newspaper Daily Sun said`: the medium's name after the word for it.
        while range.count > 1, tokens[range.lowerBound].kind == .word,
              Self.mediaWords.contains(tokens[range.lowerBound].key) {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        guard (1...4).contains(range.count) else { return nil }
        for j in range {
            let t = tokens[j]
            guard t.isNameLike, !t.sentenceStart || t.isAllCaps,
                  gazetteer.categories(tokens, at: j).isDisjoint(with: [.pronoun, .honorific, .title, .unnamedHead,
                                                                         .stopword, .speechVerb]) else {
                return nil
            }
        }
        return .written(block: block.index, scalars: tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// Whether the name at token `first` follows a lowercase noun it qualifies (past `của`/`of`): a word
    /// that is neither a function word nor a time word, a conjunction, a pronoun or a form of address.
    private func qualifiesNoun(_ first: Int, from start: Int) -> Bool {
        var j = first - 1
        if j > start, tokens[j].key == Self.cua || tokens[j].key == Self.of { j -= 1 }
        guard j >= start, tokens[j].kind == .word, !tokens[j].isCapitalized, !tokens[j].isAllCaps else { return false }
        return gazetteer.categories(tokens, at: j)
            .isDisjoint(with: [.functionWord, .timeWord, .conjunction, .pronoun, .honorific, .placePrefix])
    }

    static let of = Tokenizer.key(of: "of".unicodeScalars[...])
    /// Words that join a clause to the one before, in front of its subject (`thì`, `mà`, `and`).
    static let joiningWords = KeySet(words: ["thì", "mà", "và", "còn", "nhưng", "and", "but", "then"])

    /// Words that stand between a subject and its verb to mark time, manner, mood or addition (`đã`, `cũng`,
    /// `từng`, `tiếp tục`, `also`, `will`, `has`): no part of who spoke.
    static let beforeVerb = KeySet(words: ["đã", "đang", "sẽ", "vừa", "mới", "cũng", "vẫn", "còn", "đều", "lại",
                                           "từng", "thì", "và", "chỉ", "tiếp", "tục", "also", "and", "then", "later", "will",
                                           "would", "has", "have", "had", "can", "could", "may", "might",
                                           "should", "must", "did", "does", "once", "meanwhile", "today",
                                           "yesterday", "however", "previously", "recently", "earlier", "now"])

    /// Vietnamese words of manner between a speaker and the speech verb (`thẳng thắn`, `xúc động`).
    static let mannerWords = PhraseSet(list: "manner-words")
    static let postingPlaces = PhraseSet(list: "posting-places")

    /// Words for a newspaper, magazine or channel before its name.
    static let mediaWords = KeySet(words: ["tờ", "báo", "nhật", "tạp", "chí", "kênh", "đài", "the", "newspaper",
                                           "magazine", "broadcaster", "channel"])
}
