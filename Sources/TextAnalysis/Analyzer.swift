import ArticleModel

/// Finds quotations, their speakers, and named entities in an article's blocks.
/// Pure: no I/O (beyond the bundled gazetteers, read once), no shared mutable state, safe from any thread.
/// Linear in the text: every step is one pass over the tokens with bounded look-around.
public struct Analyzer: Sendable {
    public init() {}

    /// Quotations shorter than this many words are terms (scare quotes, titles, nicknames).
    static let minimumQuoteWords = 4
    /// An unattributed quotation without sentence punctuation is a term up to this many words.
    static let unattributedTermWords = 8

    public func analyze(_ blocks: [Block]) -> Analysis {
        guard !blocks.isEmpty else { return Analysis() }
        let gazetteer = Gazetteer.shared
        let texts = blocks.enumerated().map { BlockText(index: $0.offset, text: $0.element.text) }
        let vietnamese = BlockText.looksVietnamese(texts)

        var midSentenceCapitals: Set<UInt64> = []
        for text in texts {
            for token in text.tokens where token.kind == .word && token.isCapitalized && !token.sentenceStart {
                midSentenceCapitals.insert(token.key)
            }
        }
        let recognizer = EntityRecognizer(gazetteer: gazetteer, dates: .shared, vietnamese: vietnamese,
                                          midSentenceCapitals: midSentenceCapitals)
        var mentions = texts.flatMap { recognizer.scan($0) }
        EntityClassifier(gazetteer: gazetteer, vietnamese: vietnamese).classify(&mentions, blocks: texts)
        mentions.removeAll { $0.kind == nil }

        func words(_ m: Mention) -> [UInt64] {
            texts[m.block].tokens[m.first..<m.end].filter { $0.kind == .word }.map(\.key)
        }
        func text(_ m: Mention) -> String { texts[m.block].text(m.first..<m.end) }
        func span(_ block: Int, _ tokens: Range<Int>) -> TextSpan {
            let t = texts[block].tokens
            return TextSpan(block: block, start: t[tokens.lowerBound].start, end: t[tokens.upperBound - 1].end)
        }
        let names = NameCanonicalizer(mentions.filter { $0.kind == .person }.map { (words($0), text($0)) })
        func canonical(_ m: Mention) -> String {
            m.kind == .person ? names.canonical(words(m), text: text(m)) : text(m)
        }

        var analysis = Analysis()
        analysis.entities = mentions.map {
            let written = text($0)
            return Entity(text: written, type: $0.kind!, canonical: $0.kind == .person ? canonical($0) : written,
                          span: span($0.block, $0.first..<$0.end))
        }

        // Quotations, block by block, with the attribution their own sentences give.
        var namedByBlock = [[Int]](repeating: [], count: texts.count)
        for (index, m) in mentions.enumerated() where m.kind != .date { namedByBlock[m.block].append(index) }
        var found: [FoundQuote] = []
        for text in texts {
            let attributor = SpeakerAttributor(gazetteer: gazetteer, block: text, named: namedByBlock[text.index],
                                               mentions: mentions)
            for quoted in QuoteFinder.find(text.scalars, text.tokens) {
                let wordCount = text.tokens[quoted.firstToken..<quoted.endToken].lazy
                    .filter { $0.kind == .word || $0.kind == .number }.prefix(Self.unattributedTermWords).count
                let ref = wordCount >= Self.minimumQuoteWords ? attributor.attribute(quoted) : nil
                var isQuote = wordCount >= Self.minimumQuoteWords
                if isQuote, ref == nil, wordCount < Self.unattributedTermWords,
                   !text.scalars[quoted.start..<quoted.end].contains(where: { ".!?,;:\u{2026}".unicodeScalars.contains($0) }) {
                    isQuote = false
                }
                found.append(FoundQuote(block: text.index, span: quoted, ref: ref, isQuote: isQuote))
            }
        }

        // Speakers: resolve pronouns and fill unattributed quotations from their neighbours.
        var lastNamed: (speaker: String, span: TextSpan)?
        var lastPerson = 0  // mentions before this index are already "seen"
        var lastPersonSeen: Int?
        var resolved: [(speaker: String, named: Bool, span: TextSpan)?] = []
        for (position, quote) in found.enumerated() {
            guard quote.isQuote else { resolved.append(nil); continue }
            let openStart = texts[quote.block].tokens[quote.span.openToken].start
            while lastPerson < mentions.count, mentions[lastPerson].block < quote.block
                || (mentions[lastPerson].block == quote.block
                    && texts[quote.block].tokens[mentions[lastPerson].first].start < openStart) {
                if mentions[lastPerson].kind == .person { lastPersonSeen = lastPerson }
                lastPerson += 1
            }
            var result: (speaker: String, named: Bool, span: TextSpan)?
            switch quote.ref {
            case .mention(let index)?:
                let m = mentions[index]
                result = (canonical(m), true, span(m.block, m.first..<m.end))
            case .pronoun(let block, let tokens)?:
                if let lastNamed {
                    result = (lastNamed.speaker, true, span(block, tokens))
                } else if let person = lastPersonSeen {
                    result = (canonical(mentions[person]), true, span(block, tokens))
                }
            case .unnamed(let block, let tokens)?:
                result = (texts[block].text(tokens), false, span(block, tokens))
            case nil:
                result = inherited(position, found, resolved, sameParagraphOnly: true)
                if result == nil, let person = lastPersonSeen, mentions[person].block == quote.block {
                    let m = mentions[person]
                    result = (canonical(m), true, span(m.block, m.first..<m.end))
                }
                if result == nil { result = inherited(position, found, resolved, sameParagraphOnly: false) }
                if result == nil, let next = nextAttributed(position, found) {
                    if case .mention(let index)? = found[next].ref {
                        let m = mentions[index]
                        result = (canonical(m), true, span(m.block, m.first..<m.end))
                    }
                }
                if result == nil, let person = lastPersonSeen, quote.block - mentions[person].block <= 3 {
                    let m = mentions[person]
                    result = (canonical(m), true, span(m.block, m.first..<m.end))
                }
            }
            if let result, result.named { lastNamed = (result.speaker, result.span) }
            resolved.append(result)
        }

        for (position, quote) in found.enumerated() {
            let text = texts[quote.block]
            let quoteText = text.text(scalarsFrom: quote.span.start, to: quote.span.end)
            let quoteSpan = TextSpan(block: quote.block, start: quote.span.start, end: quote.span.end)
            if quote.isQuote {
                let who = resolved[position]
                analysis.quotes.append(Quote(text: quoteText, speaker: who?.speaker, named: who?.named ?? false,
                                             span: quoteSpan, speakerSpan: who?.span))
            } else {
                analysis.terms.append(Quote(text: quoteText, speaker: nil, named: false, span: quoteSpan))
            }
        }
        return analysis
    }

    struct FoundQuote {
        var block: Int
        var span: QuotedSpan
        var ref: SpeakerRef?
        var isQuote: Bool
    }

    /// An unattributed quotation continues its run-on predecessor or takes the speaker of the previous
    /// quotation in its paragraph (or, unless `sameParagraphOnly`, of the last one in the paragraph before).
    private func inherited(_ position: Int, _ found: [FoundQuote],
                           _ resolved: [(speaker: String, named: Bool, span: TextSpan)?], sameParagraphOnly: Bool)
        -> (speaker: String, named: Bool, span: TextSpan)? {
        var p = position - 1
        let block = found[position].block
        while p >= 0 {
            let previous = found[p]
            if block - previous.block > 1 { return nil }
            if previous.isQuote, let who = resolved[p] {
                if previous.block == block || previous.span.closeToken == nil
                    || (!sameParagraphOnly && previous.block == block - 1) {
                    return (who.speaker, who.named, who.span)
                }
                return nil
            }
            p -= 1
        }
        return nil
    }

    /// The next quotation in the same paragraph that names its speaker itself.
    private func nextAttributed(_ position: Int, _ found: [FoundQuote]) -> Int? {
        var p = position + 1
        while p < found.count, found[p].block == found[position].block {
            if found[p].isQuote, found[p].ref != nil { return p }
            p += 1
        }
        return nil
    }
}
