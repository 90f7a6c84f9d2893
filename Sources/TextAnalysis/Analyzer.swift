import ArticleModel

/// Finds quotations, their speakers, and named entities in an article's blocks.
/// Pure: no I/O (beyond the bundled gazetteers, read once), no shared mutable state, safe from any thread.
/// Linear in the text: every step is one pass over the tokens with bounded look-around.
///
/// Steps: tokenise each block; find entity mentions (`EntityRecognizer`) and classify the open ones with
/// the whole article known (`EntityClassifier`); in a headline in Title Case keep only the names the rest
/// of the article or the gazetteer gives (`rereadTitleCase`); group people's names (`NameCanonicalizer`); pair quote
/// marks (`QuoteFinder`); attribute each quotation from its own sentence (`SpeakerAttributor`); last, a learned
/// second look at the entities' kinds (`EntityKindModel`), which leaves quotations and speakers alone.
///
/// Quotations of fewer than four words (a CJK word per two characters) are terms; so are unattributed
/// ones of fewer than eight words with no sentence punctuation (scare quotes, titles), and ones of fewer
/// than eight right after a noun for a work or an event (`ca khúc "..."`, `cuộc thi "..."`: titles). A pronoun speaker
/// (`he said`, `ông nói`) is the latest person named outside quotations who opened a clause (`X apologised
/// to Y. He said` is X; `According to X,` opens one; so do `"...," said X`, `but X`, `nhưng X` and a name right
/// before a speech verb, not in a clause that hangs on another, `when X argued`; the names of a list open one only if its first
/// does), else the latest person
/// named, else the latest named speaker (a name after a preposition or a form of address before a title,
/// `over President X`, `accused Mr X`, or reported, `X said Mr Y had`, opens none; an inverted `..., said Mr Y.`
/// does); `it said` (and `the company said`, `tổ chức này cho biết`) is the latest organisation named, under the fullest name the article gives it (`Harwood` → `Harwood plc`); `the
/// Dutchman said` is a pronoun too, and in English so is a role with qualifying words, `the Oscar-nominated
/// actor`, `the England coach`, when no earlier `economy minister X` names it. A described speaker (`a spokeswoman for the
/// council`, `người phát ngôn của quân đội`) is the person that description was attached to earlier
/// (`Lena Brookes, a spokeswoman for the council,`); in Vietnamese a description that refers back (a
/// profession opening the sentence, `vị chuyên gia này`, `Nhật báo ...` after `tờ X`, a describing noun with
/// a nationality wherever its clause opens, `HLV người Italy`) is whom it means
/// (`SpeakerResolver+BackReference`); otherwise the phrase, with `named: false`. A medium relaying someone's
/// words (`Tờ X dẫn lời ông Y`) is not the speaker: the person after the relaying phrase is.
/// A gendered pronoun (`she`, `ông`) whose usual choice is known to be of the other gender takes the latest
/// person who fits (`PersonGender`); `it said` prefers a body just seen speaking (`X said it ...`). A titled
/// short form (`luật sư Đức`, `Dr Washington`), a one-word name whose full form the recogniser missed, and a
/// description by age with only one person named in the paragraph are linked by `SpeakerNameLinker`.
/// A quotation that runs on into paragraphs with no opening mark of their own is attributed after the
/// closing mark where it ends (`"Khi mang thai ...` / `... của mình", bà chia sẻ.`).
/// A quotation with no attribution of its own takes, in this order: the person who speaks in reported speech
/// in the sentence right before it (`X said the war had hit trust. "..."`), else the describing phrase that
/// does (`A spokesman for the council said ... "..."`, which a `she said` after the quotation means too);
/// the person who opens its own
/// sentence or the one right before it (`Double try scorer X was keen not to talk about it. "..."`, not a
/// name that only qualifies the subject, `Ms X's lawyer`); the speaker of the previous quotation
/// in its paragraph (or of the run-on quotation it continues); the latest person named earlier in its
/// paragraph; the person a pronoun earlier in its paragraph stands for; if it runs on into paragraphs
/// opening with a quotation mark, the speaker named where it ends; the speaker of the next quotation in its
/// paragraph if that is the person named last; if it opens its paragraph, the person who speaks in reported
/// speech in the previous paragraph's last sentence, past its last quotation (`..., Mr Howard said.`); the
/// speaker of the last quotation of the previous paragraph
/// (past headings that name no one, or of a quotation that ran on through up to two paragraphs before);
/// the speaker of the next attributed quotation in its paragraph; if it opens its paragraph, the person who
/// opens the paragraph before as its subject when that one holds no quotation mark (`X trở thành đội trưởng
/// sau khi Y ra đi.` / `"..."`); the latest person named within the three paragraphs before.
public struct Analyzer: Sendable {
    public init() {}

    /// Quotations shorter than this many words are terms (scare quotes, titles, nicknames).
    static let minimumQuoteWords = 4
    /// An unattributed quotation without sentence punctuation is a term up to this many words.
    static let unattributedTermWords = 8

    public func analyze(_ blocks: [Block]) -> Analysis {
        analyzed(blocks, samplingKinds: false).analysis
    }

    /// The paragraph that may hold a Vietnamese article's byline: the last, or the one before it when the
    /// last is a credit line of its own (`Đức Hoàng` above `Theo Reuters`, `Ảnh: X`).
    private static func bylineBlock(_ texts: [BlockText], _ recognizer: EntityRecognizer) -> BlockText? {
        guard let last = texts.last else { return nil }
        guard texts.count >= 2, recognizer.isCreditLine(last) else { return last }
        return texts[texts.count - 2]
    }

    /// Each distinct name of the article as `EntityKindModel` sees it before it changes anything: what
    /// `Benchmarks/train-entity-kinds.py` trains the model on.
    public func entityKindSamples(_ blocks: [Block]) -> [EntityKindSample] {
        analyzed(blocks, samplingKinds: true).samples
    }

    private func analyzed(_ blocks: [Block], samplingKinds: Bool) -> (analysis: Analysis, samples: [EntityKindSample]) {
        guard !blocks.isEmpty else { return (Analysis(), []) }
        let gazetteer = Gazetteer.shared
        let (texts, midSentenceCapitals, readTitleCase) = Self.blockTexts(blocks, gazetteer)
        var titleCase = readTitleCase
        let vietnamese = BlockText.looksVietnamese(texts)
        let recognizer = EntityRecognizer(gazetteer: gazetteer, dates: .shared, vietnamese: vietnamese,
                                          midSentenceCapitals: midSentenceCapitals,
                                          footballReport: !vietnamese && EntityRecognizer.isFootballReport(texts))
        var mentions = texts.flatMap { recognizer.scan($0) }
        // (The byline's names are people whatever their syllables mean elsewhere: `EntityRecognizer+Byline`.)
        if vietnamese, let last = Self.bylineBlock(texts, recognizer), let byline = recognizer.bylineNames(last),
           let end = byline.last?.end {
            // (A credit's names are its sources, media: `Theo The Verge/PA`.)
            let after = mentions.filter { $0.block == last.index && $0.first >= end }.map { m in
                var source = m
                if source.kind != .date { source.kind = .organization }
                return source
            }
            mentions.removeAll { $0.block == last.index }
            mentions += byline + after
            titleCase[last.index] = false  // (a byline's capitals are its names': nothing to reread)
        }
        let classifier = EntityClassifier(gazetteer: gazetteer, vietnamese: vietnamese)
        classifier.classify(&mentions, blocks: texts)
        mentions.removeAll { $0.kind == nil }
        classifier.joinMissions(&mentions, blocks: texts)
        classifier.completeCutNames(&mentions, blocks: texts)
        Self.rereadTitleCase(&mentions, texts, titleCase, gazetteer)

        // Each mention's text and canonical form, made once.
        let written = mentions.map { texts[$0.block].text($0.first..<$0.end) }
        let canonicals = Self.canonicalForms(mentions, written, texts)
        var analysis = Analysis()
        analysis.entities.reserveCapacity(mentions.count)
        for (index, m) in mentions.enumerated() {
            let tokens = texts[m.block].tokens
            analysis.entities.append(Entity(
                text: written[index], type: m.kind!, canonical: canonicals[index],
                span: TextSpan(block: m.block, start: tokens[m.first].start, end: tokens[m.end - 1].end)))
        }

        // Quotations, block by block, with the attribution their own sentences give; then their speakers.
        let quotedByBlock = texts.map { QuoteFinder.find($0.scalars, $0.tokens) }
        let found = Self.foundQuotes(quotedByBlock, texts, mentions, gazetteer, vietnamese: vietnamese)
        let resolved = SpeakerResolver(
            texts: texts, mentions: mentions, written: written, canonicals: canonicals, found: found,
            outsideQuotes: Self.outsideQuotes(mentions, quotedByBlock, texts), gazetteer: gazetteer,
            vietnamese: vietnamese
        ).resolveAll()

        for (position, quote) in found.enumerated() {
            let text = texts[quote.block]
            let quoteText = text.text(scalarsFrom: quote.span.start, to: quote.span.end)
            let quoteSpan = TextSpan(block: quote.block, start: quote.span.start, end: quote.span.end)
            if quote.isQuote {
                let who = resolved[position]
                analysis.quotes.append(Quote(text: quoteText, speaker: who?.name, named: who?.named ?? false,
                                             span: quoteSpan, speakerSpan: who?.span))
            } else {
                analysis.terms.append(Quote(text: quoteText, speaker: nil, named: false, span: quoteSpan))
            }
        }
        // The learned second look at the entities' kinds, once the speakers are known.
        let speakers = analysis.quotes.compactMap { $0.named ? $0.speaker : nil }
        if samplingKinds {
            return (analysis, EntityKindModel.samples(analysis.entities, mentions, texts, speakers: speakers))
        }
        (vietnamese ? EntityKindModel.vietnamese : EntityKindModel.english)
            .review(&analysis.entities, mentions, texts, speakers: speakers)
        return (analysis, [])
    }

    /// The blocks tokenised, the keys of the words capitalised in mid-sentence anywhere but in a Title Case
    /// headline, and which blocks are such headlines (`BlockText.isTitleCase`).
    static func blockTexts(_ blocks: [Block], _ gazetteer: Gazetteer) -> ([BlockText], KeySet, [Bool]) {
        var texts: [BlockText] = []
        texts.reserveCapacity(blocks.count)
        var midSentenceCapitals = KeySet()
        var titleCase: [Bool] = []
        titleCase.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() {
            let text = BlockText(index: index, text: block.text)
            // (A headline in Title Case capitalises every word: no evidence of a name.)
            titleCase.append(text.isTitleCase(gazetteer))
            // While the block's tokens are still in cache.
            for token in text.tokens where !titleCase[index] && token.kind == .word && token.isCapitalized
                && !token.sentenceStart {
                midSentenceCapitals.insert(token.key)
            }
            texts.append(text)
        }
        return (texts, midSentenceCapitals, titleCase)
    }

    static let familyNames = KeySet(list: "family-names")

    /// Each mention's canonical form: a person's the fullest form of their name in the article
    /// (`NameCanonicalizer`), anything else as written.
    static func canonicalForms(_ mentions: [Mention], _ written: [String], _ texts: [BlockText]) -> [String] {
        var personWords: [[UInt64]] = []
        var personIndices: [Int] = []
        personWords.reserveCapacity(mentions.count)  // (once, not grown mention by mention)
        personIndices.reserveCapacity(mentions.count)
        for (index, m) in mentions.enumerated() where m.kind == .person {
            var keys: [UInt64] = []
            keys.reserveCapacity(m.length)
            for index in m.first..<m.end where texts[m.block].tokens[index].kind == .word {
                keys.append(texts[m.block].tokens[index].key)
            }
            personWords.append(keys)
            personIndices.append(index)
        }
        let addressed = personIndices.map { PersonGender.addressed(mentions[$0], texts[mentions[$0].block]) }
        let names = NameCanonicalizer(zip(personWords, personIndices).enumerated().map { position, form in
            (form.0, written[form.1], addressed[position])
        }, femaleWords: [PersonGender.femaleMiddle], familyNames: Self.familyNames)
        var canonicals = written
        for (position, (keys, index)) in zip(personWords, personIndices).enumerated() {
            canonicals[index] = names.canonical(keys, text: written[index], gender: addressed[position])
        }
        linkAliases(&canonicals, mentions, texts)
        return canonicals
    }

    /// Per mention: whether it is outside every quotation. Mentions and quotations are both in reading
    /// order: one merge pass.
    static func outsideQuotes(_ mentions: [Mention], _ quotedByBlock: [[QuotedSpan]], _ texts: [BlockText]) -> [Bool] {
        var outside = [Bool](repeating: true, count: mentions.count)
        var cursor = (block: 0, quote: 0)
        for (index, m) in mentions.enumerated() {
            if cursor.block != m.block { cursor = (m.block, 0) }
            let start = texts[m.block].tokens[m.first].start
            let quotes = quotedByBlock[m.block]
            while cursor.quote < quotes.count, quotes[cursor.quote].end <= start { cursor.quote += 1 }
            if cursor.quote < quotes.count, quotes[cursor.quote].start <= start { outside[index] = false }
        }
        return outside
    }

    /// Every pair of quotation marks, with the attribution its own sentence gives and whether it is a
    /// quotation or a term (short, or unattributed and short without sentence punctuation).
    static func foundQuotes(_ quotedByBlock: [[QuotedSpan]], _ texts: [BlockText], _ mentions: [Mention],
                            _ gazetteer: Gazetteer, vietnamese: Bool) -> [FoundQuote] {
        // (Each block's list made at its full size: grown mention by mention, each list was allocated again
        // at every doubling.)
        var namedCount = [Int](repeating: 0, count: texts.count)
        for m in mentions where m.kind != .date { namedCount[m.block] += 1 }
        var namedByBlock = namedCount.map { count in
            var list: [Int] = []
            list.reserveCapacity(count)
            return list
        }
        for (index, m) in mentions.enumerated() where m.kind != .date { namedByBlock[m.block].append(index) }
        var found: [FoundQuote] = []
        for text in texts {
            let attributor = SpeakerAttributor(gazetteer: gazetteer, block: text, named: namedByBlock[text.index],
                                               mentions: mentions, vietnamese: vietnamese)
            var previousClose = -1, previousEndedSentence = false
            for quoted in quotedByBlock[text.index] {
                let wordCount = Self.wordCount(text.tokens[quoted.firstToken..<quoted.endToken])
                var ref = wordCount >= Self.minimumQuoteWords ? attributor.attribute(quoted) : nil
                var isQuote = wordCount >= Self.minimumQuoteWords
                if isQuote, ref == nil, wordCount < Self.unattributedTermWords,
                   !text.scalars[quoted.start..<quoted.end].contains(where: { $0.isOne(of: ".!?,;:\u{2026}") }) {
                    // (A short phrase is a term, unless its sentence reports someone's words: `X said it
                    // expects to lose "hundreds of millions of dollars"`.)
                    ref = attributor.reportedInSameSentence(quoted)
                    isQuote = ref != nil
                }
                // (`ca khúc "Khóc mùa đông Hà Nội"`, `cuộc thi "Hiểu đúng về tiền"`: a work's or event's title.)
                if isQuote, wordCount < Self.unattributedTermWords, afterWorkNoun(quoted.openToken, text.tokens, gazetteer) {
                    isQuote = false
                }
                let reporter = isQuote && ref == nil
                    ? attributor.reportedInSentenceBefore(quoted, after: previousClose,
                                                          previousEndedSentence: previousEndedSentence) : nil
                var quote = FoundQuote(block: text.index, span: quoted, ref: ref, isQuote: isQuote, reporter: reporter)
                if !isQuote, wordCount >= 2 { quote.shortSpeech = attributor.shortSpeechAttribution(quoted) }
                if isQuote, reporter == nil, ref == nil || Self.isPersonalPronoun(ref, in: text) {
                    quote.describedReporter = attributor.describedInSentenceBefore(
                        quoted, after: previousClose, previousEndedSentence: previousEndedSentence)
                }
                if isQuote, reporter == nil, ref == nil, quote.describedReporter == nil {
                    quote.pronounReporter = attributor.pronounReportedInSentenceBefore(
                        quoted, after: previousClose, previousEndedSentence: previousEndedSentence)
                }
                if isQuote, ref == nil, quoted.openToken == 0, text.index > 0 {
                    quote.paragraphReporter = reportedClosing(paragraph: text.index - 1, quotedByBlock, texts, mentions,
                                                              namedByBlock, gazetteer, vietnamese: vietnamese)
                }
                found.append(quote)
                // (Scare quotes inside the reported sentence, `said instead of the "bonfire of quangos" ...`, are
                // terms: the sentence goes on through them.)
                if isQuote {
                    previousClose = quoted.closeToken ?? quoted.endToken
                    previousEndedSentence = quoted.end > quoted.start && attributor.endsSentence(quoted)
                }
            }
        }
        attributeRunOns(&found, texts, mentions, namedByBlock, gazetteer, vietnamese: vietnamese)
        return found
    }

    /// A quotation with no attribution that runs on (no closing mark) into following paragraphs that open
    /// with no mark of their own (`"Khi mang thai ...` / `Bố mẹ tôi ... của mình", bà chia sẻ.`): by news
    /// style its speaker is named where it ends, after the closing mark that closes nothing.
    static func attributeRunOns(_ found: inout [FoundQuote], _ texts: [BlockText], _ mentions: [Mention],
                                _ namedByBlock: [[Int]], _ gazetteer: Gazetteer, vietnamese: Bool) {
        for p in found.indices where found[p].isQuote && found[p].ref == nil && found[p].span.closeToken == nil {
            var next = p + 1
            while next < found.count, found[next].block == found[p].block { next += 1 }
            for block in (found[p].block + 1)..<min(texts.count, found[p].block + 1 + runOnParagraphs) {
                while next < found.count, found[next].block < block { next += 1 }
                // (A quoted word, `"phê"`, is no quotation of the paragraph's own: the run-on passes over it.)
                var own = next
                while own < found.count, found[own].block == block, !found[own].isQuote { own += 1 }
                let firstOwn = own < found.count && found[own].block == block ? found[own].span.openToken : Int.max
                if firstOwn == 0 { break }  // (a paragraph opening with a mark: `runOnAttribution`)
                let attributor = SpeakerAttributor(gazetteer: gazetteer, block: texts[block], named: namedByBlock[block],
                                                   mentions: mentions, vietnamese: vietnamese)
                if let ref = attributor.runOnEnd(before: firstOwn) {
                    found[p].ref = ref
                    break
                }
                if firstOwn != Int.max { break }
            }
        }
    }

    /// How many paragraphs a quotation may run on into before its closing mark (a photo's caption may stand
    /// among them).
    static let runOnParagraphs = 5

    /// Whether a noun for a work, a programme or an event (`.workCue`: `bộ phim`, `cuộc thi`, `the song`)
    /// ends right before the opening mark at `open`.
    static func afterWorkNoun(_ open: Int, _ tokens: [Token], _ gazetteer: Gazetteer) -> Bool {
        (max(0, open - 3)..<open).contains { k in
            tokens[k].kind == .word && gazetteer.match(tokens, at: k, [.workCue]).map { k + $0.length == open } == true
        }
    }

    /// Words of a quotation, up to `unattributedTermWords`; a run of CJK characters (written without
    /// spaces) counts a word per two characters.
    static func wordCount(_ tokens: ArraySlice<Token>) -> Int {
        var count = 0
        for token in tokens where token.kind == .word || token.kind == .number {
            count += SpeakerAttributor.isCJK(token.first) ? max(1, (token.end - token.start) / 2) : 1
            if count >= unattributedTermWords { return unattributedTermWords }
        }
        return count
    }

    struct FoundQuote {
        var block: Int
        var span: QuotedSpan
        var ref: SpeakerRef?
        var isQuote: Bool
        /// Without an attribution of its own: the person whose reported speech the sentence before it
        /// gives (`SpeakerAttributor.reportedInSentenceBefore`).
        var reporter: Int? = nil
        /// Without a name: the describing phrase that speaks in the sentence right before it
        /// (`SpeakerAttributor.describedInSentenceBefore`), for a quotation unattributed or given a pronoun.
        var describedReporter: Range<Int>? = nil
        /// Unattributed and opening its paragraph: the person who speaks in reported speech at the end of the
        /// paragraph before (`reportedClosing`).
        var paragraphReporter: Int? = nil
        /// Unattributed, with no reporter named: the pronoun that reports the sentence right before it
        /// (`..., he argued.`: `SpeakerAttributor.pronounReportedInSentenceBefore`).
        var pronounReporter: Range<Int>? = nil
        /// A term that someone says (`"It's incredible," the youngster said.`): its attribution, whose
        /// speaker the quotation right after it goes on in (`SpeakerResolver.inherited`).
        var shortSpeech: SpeakerRef? = nil
    }

    /// Whether the attribution is a personal pronoun (`he`, `she`), not `it` nor `the company`.
    static func isPersonalPronoun(_ ref: SpeakerRef?, in text: BlockText) -> Bool {
        guard case .pronoun(_, let tokens)? = ref else { return false }
        return tokens.count == 1 && text.tokens[tokens.lowerBound].key != SpeakerAttributor.it
    }

    /// `... Mr Howard said.` / `"We watched the scenes ...`: the person who speaks in reported speech in the
    /// paragraph's last sentence, past its last quotation (a quoted term of fewer words is no quotation);
    /// none when a quotation runs on out of it.
    static func reportedClosing(paragraph b: Int, _ quotedByBlock: [[QuotedSpan]], _ texts: [BlockText],
                                _ mentions: [Mention], _ namedByBlock: [[Int]], _ gazetteer: Gazetteer,
                                vietnamese: Bool) -> Int? {
        var lastMark = -1
        // (A term quoted inside the last sentence, `X said the plans "lacked compulsion".`, is part of it.)
        if let last = quotedByBlock[b].last(where: {
            wordCount(texts[b].tokens[$0.firstToken..<$0.endToken]) >= minimumQuoteWords
        }) {
            guard let close = last.closeToken else { return nil }
            lastMark = close
        }
        let attributor = SpeakerAttributor(gazetteer: gazetteer, block: texts[b], named: namedByBlock[b], mentions: mentions,
                                           vietnamese: vietnamese)
        return attributor.reportedInLastSentence(after: lastMark)
    }

    /// Whether each person mention opens its clause (at most a few words, such as a title, before it):
    /// the likely subject, whom a later `he said` means (`X apologised to Y. He said: "..."` is X).
    static let clauseLead = 8

    static func clauseSubjects(_ mentions: [Mention], _ texts: [BlockText], _ gazetteer: Gazetteer) -> [Bool] {
        var subjects = mentions.indices.map { index in
            let m = mentions[index]
            guard m.kind == .person else { return false }
            let tokens = texts[m.block].tokens
            // (`Mr Blair's government was ...`: a possessive qualifies the subject; it is not one.)
            if m.end < tokens.count, tokens[m.end].kind == .possessive { return false }
            if tokens[m.first].sentenceStart { return true }
            // (`Conservative co-chairman Liam Fox said`: whatever stands before it, a name right before a
            // speech verb is its subject; not in a clause that hangs on another, `when Mr X argued`.)
            if speechVerbFollows(m.end, tokens, gazetteer), !hangsOnAnotherClause(m.first, m.end, tokens, gazetteer) {
                return true
            }
            // `..., and Michael Owen is confident`: a name after `and` with a copula or an auxiliary after it
            // opens a clause of its own; not one of two joined subjects (`he and Barker were`, `X and Y has`).
            if m.first > 1, listEnds.contains(tokens[m.first - 1].key), m.end < tokens.count,
               clauseVerbLeads.contains(tokens[m.end].key),
               gazetteer.match(tokens, at: m.first - 2, [.pronoun]) == nil,
               !(index > 0 && listJoint(mentions[index - 1], m, texts) != nil) {
                return true
            }
            if opensAfterAPlacePhrase(m, tokens) || namedByCopula(m, tokens, gazetteer) { return true }
            // Only titles, capitalised words, determiners and conjunctions may come between the clause's
            // start and the name (`but Villa chairman Doug Ellis`), not a verb (`X apologised to Y`).
            var j = m.first - 1
            var lead = 0
            var previous = index - 1  // the mention before, whose words may stand before the name
            while j >= 0, lead < clauseLead {
                lead += 1
                if previous >= 0, mentions[previous].block == m.block, mentions[previous].end > j {
                    if mentions[previous].first <= j {  // `Chủ tịch UBND tỉnh Quảng Ngãi | Trần Thị A`
                        if tokens[mentions[previous].first].sentenceStart { return true }
                        j = mentions[previous].first - 1
                        previous -= 1
                        continue
                    }
                    previous -= 1
                }
                let token = tokens[j]
                if token.kind == .punct {
                    // (`said he was "amazed" Mr Smith was`: a mark closing a quoted word mid-sentence opens no
                    // clause; one after a stop or a comma does, `"...," Mr X said`.)
                    if QuoteMarks.isQuoteMark(token.first), token.start > 0,
                       CharTable.shared.flags(texts[m.block].scalars[token.start - 1]).contains(.letter) {
                        return false
                    }
                    // (`..., which was conducted by the magazine's editor, Conservative MP Boris Johnson.`: a name
                    // after a comma that ends its sentence names the noun before the comma, in apposition: no
                    // subject, unless a speech verb came before it, `said the firm's boss, X.`)
                    let endsSentence = m.end >= tokens.count || tokens[m.end].kind == .punct && tokens[m.end].first == "."
                    if token.first == ",", endsSentence,
                       !(max(0, j - 6)..<j).contains(where: { isSpeechVerb($0, tokens, gazetteer) }) {
                        return false
                    }
                    return token.first.isOne(of: ",;:(") || QuoteMarks.isQuoteMark(token.first)
                        || Tokenizer.endsSentence(token.first)
                }
                if token.sentenceStart { return true }
                // `..., but Villa chairman Doug Ellis`, `Dù ... nhưng HLV X vẫn chê`: a word that sets a clause
                // against the one before opens a clause of its own.
                if contrastWords.contains(token.key) { return true }
                // `According to X,`, `Theo X,` open the sentence with X.
                if token.key == SpeakerAttributor.theo
                    || token.key == SpeakerAttributor.to && j > 0 && tokens[j - 1].key == SpeakerAttributor.according {
                    return true
                }
                // `..., said Mark Mulligan, a music analyst`: the subject of an inverted attribution (not the
                // object of `told`, which is never inverted: `X, an economist, told Agence France Presse.`).
                if token.kind == .word, !objectVerbs.contains(token.key), invertedAttribution(j, m.end, tokens, gazetteer) {
                    return true
                }
                if token.kind == .word, !token.isNameLike, !determiners.contains(token.key),
                   !(max(0, j - 2)...j).contains(where: { start in  // inside a title: `Đại tá`, `Phó Giám đốc`
                       (gazetteer.match(tokens, at: start, [.title, .honorific, .conjunction, .placePrefix])?.length ?? 0) > j - start
                   }),
                   // `opposition leader Tom Brennan`: a word qualifying the title (not `over President X`, not a
                   // verb in `-ed`, `defended coach X`, not a form of address, `accused Mr Y`, nor the verb of
                   // `X said President Y had ...`).
                   !(j + 1 < m.first && !prepositions.contains(token.key) && !isPastTense(token, texts[m.block])
                     && gazetteer.match(tokens, at: j + 1, [.title]) != nil
                     && (gazetteer.match(tokens, at: j + 1, [.honorific]) == nil || invertedAttribution(j, m.end, tokens, gazetteer))
                     && !reportingVerb(at: j, before: m.end, tokens, gazetteer)) {
                    return false
                }
                j -= 1
            }
            return false
        }
        listsShareTheirSubject(&subjects, mentions, texts)
        return subjects
    }

    /// `Một người khác cũng lên tiếng, ... đó là đạo diễn Võ Thanh Hòa.`: the person `đó là` / `chính là`
    /// names (past a title) is whom the sentence is about, the subject the next pronoun means.
    static func namedByCopula(_ m: Mention, _ tokens: [Token], _ gazetteer: Gazetteer) -> Bool {
        guard (max(0, m.first - 4)..<m.first).contains(where: { tokens[$0].key == copula }) else { return false }
        // The word before the name, or before a title of up to three words ending at it.
        let title = (max(0, m.first - 3)..<m.first).first { start in
            gazetteer.match(tokens, at: start, [.title, .profession]).map { start + $0.length == m.first } ?? false
        }
        let j = (title ?? m.first) - 1
        return j >= 1 && tokens[j].key == copula && copulaLeads.contains(tokens[j - 1].key)
    }

    static let copula = Tokenizer.key(of: "là".unicodeScalars[...])
    static let copulaLeads = KeySet(words: ["đó", "chính"])

    /// `On that day's Today programme Mr Johnson was asked`: a name after a sentence-opening phrase of a
    /// preposition and a few words (no comma), with a copula or an auxiliary after it, is its sentence's
    /// subject.
    static func opensAfterAPlacePhrase(_ m: Mention, _ tokens: [Token]) -> Bool {
        guard m.end < tokens.count, clauseVerbLeads.contains(tokens[m.end].key), !tokens[m.end].isCapitalized else { return false }
        var j = m.first - 1
        while j > 0, m.first - j < 8, tokens[j].kind == .word || tokens[j].kind == .possessive, !tokens[j].sentenceStart {
            j -= 1
        }
        return j >= 0 && j < m.first - 1 && tokens[j].kind == .word && tokens[j].sentenceStart
            && prepositions.contains(tokens[j].key)
    }

    /// `which also stars Robert De Niro, Barbra Streisand and Ben Stiller`: the names of a list (joined by
    /// commas, the last by `and`, `or`, `và`, or of three names or more by commas alone) open a clause only
    /// if its first name does.
    static func listsShareTheirSubject(_ subjects: inout [Bool], _ mentions: [Mention], _ texts: [BlockText]) {
        var index = 0
        while index < mentions.count {
            var last = index
            var closedByAnd = false
            var commas = 0
            while last + 1 < mentions.count, !closedByAnd, let joint = listJoint(mentions[last], mentions[last + 1], texts) {
                if joint == .comma { commas += 1 } else { closedByAnd = true }
                last += 1
            }
            // (`VĐV X, Y, Z.`: three names or more joined by commas alone are a list too.)
            if closedByAnd || commas >= 2 {
                for item in (index + 1)...last { subjects[item] = subjects[index] }
            }
            index = last + 1
        }
    }

    /// What joins two people's names one right after the other in a list: a comma, or a word that ends a
    /// list (`and`, `và`, `listEnds`).
    enum ListJoint { case comma, listEnd }

    /// The joint between person mentions `a` and `b`, when `b` follows `a` after it alone.
    static func listJoint(_ a: Mention, _ b: Mention, _ texts: [BlockText]) -> ListJoint? {
        guard a.kind == .person, b.kind == .person, a.block == b.block, b.first == a.end + 1 else { return nil }
        let joint = texts[a.block].tokens[a.end]
        if joint.kind == .punct { return joint.first == "," ? .comma : nil }
        return listEnds.contains(joint.key) ? .listEnd : nil
    }

    /// Whether a subordinating word (`when`, `if`, `because`, `khi`: a conjunction that neither joins nor
    /// contrasts) or a reporting verb (`Mr Howard said Mr Blunkett had complained`) stands right
    /// before the name at `first`, or before its form of address or title.
    static func hangsOnAnotherClause(_ first: Int, _ end: Int, _ tokens: [Token], _ gazetteer: Gazetteer) -> Bool {
        var j = first - 1
        while j >= 0, first - j <= 3, tokens[j].kind == .word,
              tokens[j].isNameLike, gazetteer.match(tokens, at: j, [.title, .honorific]) != nil {
            j -= 1
        }
        guard j >= 0, tokens[j].kind == .word, !contrastWords.contains(tokens[j].key), !listEnds.contains(tokens[j].key) else {
            return false
        }
        return gazetteer.match(tokens, at: j, [.conjunction]) != nil || reportingVerb(at: j, before: end, tokens, gazetteer)
    }

    /// Whether token `j` is a lowercase speech verb whose object is the name ending at `end` (`X said Mr Y
    /// had ...`, `X, for the party, accused Mr Y of ...`), not its subject in an inverted attribution
    /// (`..., said Mr Y.`, `Also, said Mr Y, ...`: a mark before the verb and after the name).
    static func reportingVerb(at j: Int, before end: Int, _ tokens: [Token], _ gazetteer: Gazetteer) -> Bool {
        isSpeechVerb(j, tokens, gazetteer) && !invertedAttribution(j, end, tokens, gazetteer)
    }

    static func invertedAttribution(_ j: Int, _ end: Int, _ tokens: [Token], _ gazetteer: Gazetteer) -> Bool {
        // (The marks first: they are cheap, and most words have none around them.)
        j > 0 && tokens[j - 1].kind == .punct && (end >= tokens.count || tokens[end].kind == .punct)
            && isSpeechVerb(j, tokens, gazetteer)
    }

    private static func isSpeechVerb(_ j: Int, _ tokens: [Token], _ gazetteer: Gazetteer) -> Bool {
        j > 0 && gazetteer.isLowercaseSpeechVerb(tokens, at: j)
    }

    /// Whether a lowercase speech verb comes at token `end`, past up to two words marking its time or
    /// addition (`Valve also said`, `X will also say`): the name ending at `end` is its subject.
    static func speechVerbFollows(_ end: Int, _ tokens: [Token], _ gazetteer: Gazetteer) -> Bool {
        var v = end
        // (`anh đã xem ... trước khi gặp Victoria và nói:`: a name right before `và` and a verb ends the
        // object of another verb; the joined verb is that verb's subject's.)
        while v < tokens.count, v - end < 2, tokens[v].kind == .word, !tokens[v].isCapitalized,
              SpeakerAttributor.beforeVerb.contains(tokens[v].key), !(v == end && listEnds.contains(tokens[v].key)) {
            v += 1
        }
        return gazetteer.isLowercaseSpeechVerb(tokens, at: v)
    }

    /// Speech verbs whose next name is their object, never their subject.
    static let objectVerbs = KeySet(words: ["told", "tell", "tells", "telling"])

    static let prepositions = KeySet(words: ["of", "over", "to", "for", "with", "by", "at", "on", "in", "from", "about",
                                             "against", "under", "than", "into", "between", "like", "near", "as",
                                             "including", "after", "before", "during", "without", "alongside", "behind",
                                             "của", "với", "cho", "về", "từ"])

    /// `X defended coach Y`: an English word in `-ed` before a title is a verb taking the title's holder
    /// as its object, not a word qualifying the title (`opposition leader Y`).
    static func isPastTense(_ token: Token, _ text: BlockText) -> Bool {
        let word = text.scalars[token.start..<token.end]
        return word.count > 4 && word.suffix(2).elementsEqual("ed".unicodeScalars) && word.allSatisfy(\.isASCII)
    }

    static let listEnds = KeySet(words: ["and", "or", "và", "hoặc"])
    /// Copulas and auxiliaries that start a clause's verb right after its subject.
    static let clauseVerbLeads = KeySet(words: ["is", "was", "has", "had", "will", "would", "could", "can", "must",
                                                "should", "also", "đã", "đang", "sẽ", "cũng", "vẫn"])

    static let determiners = KeySet(words: ["the", "a", "an", "một", "các", "những"])
    static let contrastWords = KeySet(words: ["nhưng", "song", "but", "yet", "although", "though", "whereas"])

    /// Phrases right before a person's name or right after it as an apposition, after a comma or a dash
    /// (`Tham mưu trưởng hải quân Indonesia | Yudo Margono`, `Achmad Riad, | người phát ngôn của quân đội
    /// Indonesia`, `ông Nguyễn Thanh Long - | Bộ trưởng Bộ Y tế`), keyed by their words, so that a later
    /// `người phát ngôn của quân đội Indonesia cho biết` names him.
    static let appositionWords = 8
    /// Words that make the office after them another one (`Deputy Prime Minister`, `Phó Thủ tướng`, `former
    /// president`, `shadow chancellor`): its holder is not whom `the prime minister` means.
    static let rankWords = KeySet(words: ["deputy", "vice", "assistant", "acting", "former", "shadow", "junior",
                                          "phó", "nguyên", "cựu"])
    /// Words that do not tell two descriptions apart (`người phát ngôn của quân đội` = `người phát ngôn quân đội`).
    static let appositionFillers = KeySet(words: ["của", "of", "the", "a", "an", "một", "các"])

    static func appositions(_ mentions: [Mention], _ texts: [BlockText], _ gazetteer: Gazetteer) -> KeyTable<Int> {
        var table = KeyTable<Int>()
        let skipped = appositionFillers
        for (index, m) in mentions.enumerated() where m.kind == .person {
            let tokens = texts[m.block].tokens
            var key = TokenKey.seed
            var j = m.end
            // (`Chia sẻ với MC X, nữ ca sĩ cho biết`: a phrase after a comma that goes on into a speech verb
            // is that verb's subject, no apposition; after a dash it is one, `X - một nhà đầu tư chia sẻ`.)
            if j < tokens.count, tokens[j].kind == .punct, Self.opensApposition(tokens[j].first),
               tokens[j].first != "," || !((j + 1)..<min(tokens.count, j + 2 + appositionWords))
                   .prefix(while: { tokens[$0].kind == .word })
                   .contains(where: { gazetteer.isLowercaseSpeechVerb(tokens, at: $0) }) {
                // (After a dash, two words at least: `anh Tuấn - một người dân` does not make every
                // `người` him.)
                let shortest = tokens[j].first == "," ? 1 : 2
                var words = 0
                j += 1
                while j < tokens.count, j < m.end + 1 + appositionWords, tokens[j].kind == .word {
                    if !skipped.contains(tokens[j].key) {
                        key = TokenKey.combine(key, tokens[j].key)
                        words += 1
                        if words >= shortest { table[key] = index }
                    }
                    j += 1
                }
            }
            // Backwards: the phrase ending right before the name, read forwards, for each start. (`Deputy
            // Prime Minister X`: the words after a lower rank's word are another office's, not his.)
            var start = m.first - 1
            while start >= 0, m.first - start <= appositionWords, tokens[start].kind == .word {
                if start == 0 || !rankWords.contains(tokens[start - 1].key) {
                    var phrase = TokenKey.seed
                    for token in tokens[start..<m.first] where !skipped.contains(token.key) {
                        phrase = TokenKey.combine(phrase, token.key)
                    }
                    table[phrase] = index
                }
                start -= 1
            }
        }
        return table
    }

    @inline(__always) static func opensApposition(_ s: Unicode.Scalar) -> Bool {
        s == "," || s == "-" || s == "\u{2013}" || s == "\u{2014}"
    }

    static func apposition(of range: Range<Int>, in block: BlockText, _ table: KeyTable<Int>) -> Int? {
        guard range.count <= appositionWords else { return nil }
        // The whole phrase, else (`chủ tịch UEFA tức giận`) its first words up to a name-like one, two words
        // at least, whose words after it only describe the speaker's mood or manner.
        var end = range.upperBound
        while end - range.lowerBound >= (end == range.upperBound ? 1 : 2) {
            let whole = end == range.upperBound
            if whole || block.tokens[end - 1].isNameLike {
                for skip in 0..<min(2, end - range.lowerBound) {  // with or without a leading determiner
                    var key = TokenKey.seed
                    var words = 0
                    for token in block.tokens[(range.lowerBound + skip)..<end] where !appositionFillers.contains(token.key) {
                        key = TokenKey.combine(key, token.key)
                        words += 1
                    }
                    if whole || words >= 2, let person = table[key] { return person }
                }
            }
            end -= 1
        }
        return nil
    }

    /// A pronoun (not an honorific before a name, nor a relative's classifier) earlier in the quotation's
    /// paragraph: `ông đều nhờ ...`.
    static func pronounBefore(_ open: Int, in block: BlockText, _ gazetteer: Gazetteer) -> Range<Int>? {
        var j = open - 1
        while j >= 0, open - j <= 60 {
            let token = block.tokens[j]
            if token.kind == .word, !token.isCapitalized || token.sentenceStart,
               let m = gazetteer.match(block.tokens, at: j, [.pronoun]),
               j + m.length >= block.tokens.count || !block.tokens[j + m.length].isNameLike,
               !(m.length == 1 && isKinClassifier(block.tokens, at: j)) {
                return j..<(j + m.length)
            }
            j -= 1
        }
        return nil
    }

    /// `dành cho cô con gái nhỏ`, `anh trai của X`, `bà mẹ`: a form of address right before a word for a
    /// relative is that relative's classifier (the daughter, the brother), not a pronoun for someone named.
    /// (The relatives' words a form of address makes a possessive of, `PersonGender.relativeWords`, and a
    /// child's, a grandchild's and a sibling's gender: `cô bé`, `cháu`, `anh trai`, `chị gái`.)
    static let kinAfterAddress = KeySet(words: PersonGender.relativeWords + ["bé", "cháu", "trai", "gái"])

    static func isKinClassifier(_ tokens: [Token], at j: Int) -> Bool {
        j + 1 < tokens.count && tokens[j + 1].kind == .word && kinAfterAddress.contains(tokens[j + 1].key)
    }
}
