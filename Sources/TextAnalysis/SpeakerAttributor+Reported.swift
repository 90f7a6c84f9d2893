import ArticleModel

extension SpeakerAttributor {
    /// `X cho biết tàu đã được điều động "nhanh nhất có thể"`: a quotation inside reported speech, its
    /// speech verb too far back for the usual rule; the person right before that verb (or before an
    /// apposition to it: `X, who played Y, told ...`) spoke it, or a body or a pronoun that opens the sentence
    /// before the verb.
    func reportedEarlier(before o: Int, from s: Int) -> SpeakerRef? {
        let tokens = block.tokens
        var v = o - 2
        while v > s {
            if tokens[v].kind == .word, !tokens[v].isCapitalized, let verb = gazetteer.match(tokens, at: v, [.speechVerb]), v + verb.length < o {
                if let person = personEnding(at: v, from: s) { return .mention(person) }
                // (`Bộ Ngoại giao Philippines cho biết giới chức ... "..."`: a body that opens the sentence.)
                if let body = mentionEnding(at: v, from: s), mentions[body].kind == .organization, mentions[body].first == s {
                    return .mention(body)
                }
                // (`Công ty này cho biết, hãng quyết định trên là do "..."`: a pronoun that opens it, `she said`.)
                if let pronoun = gazetteer.match(tokens, at: s, [.pronoun]), s + pronoun.length == v {
                    return .pronoun(block: block.index, tokens: s..<v)
                }
            }
            v -= 1
        }
        return nil
    }

    /// `Continental also said it expects to lose "hundreds of millions of dollars" in 2005`: a short quoted
    /// phrase in reported speech is a partial quotation of the sentence's reporter, a person or a body named
    /// before the sentence's first speech verb (written in lowercase, before the opening mark). Not a phrase
    /// opening with a capital, a title's or a name's (`chương trình "Doanh nghiệp đồng hành"`).
    func reportedInSameSentence(_ quote: QuotedSpan) -> SpeakerRef? {
        guard quote.firstToken < quote.endToken, block.tokens[quote.firstToken].kind == .word,
              !block.tokens[quote.firstToken].isCapitalized, !block.tokens[quote.firstToken].isAllCaps else { return nil }
        let o = quote.openToken
        // (Back to any full stop, even one glued to the next word, `... ra.Duncan Larcombe cho rằng`: unlike
        // `beforeOpeningMark`, which keeps `TP.HCM` whole, the reporter is sought in this sentence alone.)
        var s = o - 1
        while s >= 0, o - s <= Self.maxRegion, !isStop(block.tokens[s]) { s -= 1 }
        // (Not in the passive: `Lê Thu Hà được nhận xét là "hát nhép"`.)
        guard let v = ((s + 2)..<max(s + 2, o)).first(where: { speechVerb(at: $0) != nil }),
              case .mention(let m)? = subject(in: (s + 1)..<v, preferLast: true),
              mentions[m].kind == .person || mentions[m].kind == .organization else { return nil }
        return .mention(m)
    }

    /// `Menzies Campbell said the war had hit trust hard. "Issues of war ..."`: the person who speaks in
    /// reported speech (`X said ...`, `X, who won ..., said ...`) in the sentence right before a quotation,
    /// that sentence starting after token `s` (the previous quotation's close). The person before the
    /// sentence's first speech verb written in lowercase (past a post-nominal: `X QC warned`). Not when that
    /// sentence began inside the previous quotation (`"...," X and Y said in the letter. "...`): it is that
    /// quotation's own attribution, and the next one goes on in its speaker's voice.
    func reportedInSentenceBefore(_ quote: QuotedSpan, after s: Int, previousEndedSentence: Bool) -> Int? {
        guard let (start, end) = sentenceBefore(quote, after: s, previousEndedSentence: previousEndedSentence) else {
            return nil
        }
        for v in (start + 1)..<end where gazetteer.isLowercaseSpeechVerb(block.tokens, at: v) {
            if let person = personEnding(at: v, from: start) { return person }
        }
        return nil
    }

    /// `But an executive spokeswoman insisted Mr X had meant adults. "He was talking ...," she said.`: the
    /// describing phrase (a determiner, a describing noun among its first words, no person's name) that
    /// is the subject of the first speech verb of the sentence right before the quotation, when no person
    /// is: whom the quotation's `she` (or its lack of any attribution) means.
    func describedInSentenceBefore(_ quote: QuotedSpan, after s: Int, previousEndedSentence: Bool) -> Range<Int>? {
        guard let (start, end) = sentenceBefore(quote, after: s, previousEndedSentence: previousEndedSentence),
              let v = ((start + 1)..<end).first(where: { gazetteer.isLowercaseSpeechVerb(block.tokens, at: $0) }) else {
            return nil
        }
        let tokens = block.tokens
        var first = start + 1
        while first < v, tokens[first].kind == .punct || Self.joiningWords.contains(tokens[first].key) { first += 1 }
        var last = v
        while last > first, Self.beforeVerb.contains(tokens[last - 1].key) { last -= 1 }
        guard last - first >= 2, last - first <= 8, Self.describingDeterminers.contains(tokens[first].key),
              ((first + 1)..<min(last, first + 4)).contains(where: { gazetteer.match(tokens, at: $0, [.unnamedHead]) != nil }),
              !tokens[first..<last].contains(where: { $0.kind == .punct }),
              !named(in: first..<last).contains(where: { mentions[$0].kind == .person }) else { return nil }
        return first..<last
    }

    static let describingDeterminers = KeySet(words: ["a", "an", "the", "one", "another", "một"])

    /// `The image portrayed Mr Howard as a hypnotist, he argued. "Concern has been expressed ...`: the
    /// pronoun that reports the sentence right before the quotation, after a comma at its end (`, he
    /// argued.`): the quotation goes on in that pronoun's voice, not in the voice of a name inside what it
    /// reported.
    func pronounReportedInSentenceBefore(_ quote: QuotedSpan, after s: Int, previousEndedSentence: Bool) -> Range<Int>? {
        guard let (start, end) = sentenceBefore(quote, after: s, previousEndedSentence: previousEndedSentence) else {
            return nil
        }
        let tokens = block.tokens
        var v = end - 1
        while v > start + 2, tokens[v].kind == .word, !tokens[v].isCapitalized, speechVerb(at: v) == nil { v -= 1 }
        guard v > start + 2, let verb = speechVerb(at: v), v + verb == end else { return nil }
        return pronounAfterComma(before: v, from: start + 1)
    }

    /// `, he argued`: the pronoun right before the speech verb at token `v`, right after the last comma from
    /// token `start`, if one is.
    func pronounAfterComma(before v: Int, from start: Int) -> Range<Int>? {
        let tokens = block.tokens
        guard let comma = (start..<v).last(where: { tokens[$0].kind == .punct && tokens[$0].first == "," }),
              let pronoun = gazetteer.match(tokens, at: comma + 1, [.pronoun]), comma + 1 + pronoun.length == v else {
            return nil
        }
        return (comma + 1)..<v
    }

    /// The sentence right before the quotation's opening mark, from after token `s` (the previous
    /// quotation's close): its bounds (the mark before it, its full stop), or nil when the quotation opens
    /// no sentence or that sentence began inside the previous quotation.
    private func sentenceBefore(_ quote: QuotedSpan, after s: Int, previousEndedSentence: Bool) -> (Int, Int)? {
        let tokens = block.tokens
        let end = quote.openToken - 1
        guard end > s + 1, tokens[end].kind == .punct, Self.endsReportedSentence(tokens[end].first) else { return nil }
        let start = sentenceMark(before: end, after: s)
        if start == s, s >= 0, !previousEndedSentence { return nil }
        return (start, end)
    }

    /// The full stop (or `!`, `?`) that ends the sentence before the one holding token `end - 1`, searching
    /// back to token `s` (which it returns when none is found after it).
    private func sentenceMark(before end: Int, after s: Int) -> Int {
        let tokens = block.tokens
        var start = end - 1
        while start > s, !(tokens[start].kind == .punct && Self.endsReportedSentence(tokens[start].first)
                           && !isInsideWord(start)) {
            start -= 1
        }
        return start
    }

    @inline(__always) static func endsReportedSentence(_ s: Unicode.Scalar) -> Bool { s == "." || s == "!" || s == "?" }

    /// `..., the catastrophe was overshadowing the hopes for the future, Mr Howard said.`: the person who
    /// speaks in reported speech in the block's last sentence, when that sentence starts after token `s`
    /// (the block's last quotation mark): whom an unattributed quotation opening the next paragraph goes on
    /// in the voice of.
    func reportedInLastSentence(after s: Int) -> Int? {
        let tokens = block.tokens
        guard var end = tokens.indices.last else { return nil }
        if tokens[end].kind == .punct, Self.endsReportedSentence(tokens[end].first) { end -= 1 }
        let start = sentenceMark(before: end + 1, after: s)
        // (A last sentence that began inside the last quotation is that quotation's own attribution,
        // `"...," X said.`; one that begins after its closing mark is not, `"... again." Mr X said ...`.)
        guard start > s || s < 0 || s + 1 <= end && tokens[s + 1].sentenceStart, end > start else { return nil }
        for v in (start + 1)...end where gazetteer.isLowercaseSpeechVerb(tokens, at: v) {
            if let person = personEnding(at: v, from: start) { return person }
        }
        return nil
    }

    /// `X cho biết tàu được điều động "nhanh nhất có thể" vào cuộc sau khi Y yêu cầu`: a quotation inside
    /// a sentence that goes on in lowercase after it belongs to the sentence's speaker before it, not to a
    /// verb of the clause after it.
    func isEmbedded(_ quote: QuotedSpan) -> Bool {
        let tokens = block.tokens
        guard let close = quote.closeToken, close + 1 < tokens.count, quote.end > quote.start else { return false }
        let next = tokens[close + 1]
        guard next.kind == .word, !next.isCapitalized, !next.isAllCaps,
              !block.scalars[quote.end - 1].isOne(of: ".!?\u{2026}") else { return false }
        return gazetteer.match(tokens, at: close + 1, [.speechVerb, .pronoun, .honorific, .unnamedHead, .title]) == nil
    }

    static let relativeWords = KeySet(words: ["who", "whose"])
    static let la = Tokenizer.key(of: "là".unicodeScalars[...])
    static let cua = Tokenizer.key(of: "của".unicodeScalars[...])

    /// `TP.HCM`, `U.S.`: a period between letters, with no space, ends no sentence; nor does one inside a
    /// name (`Tiến sĩ G.C. Gautam, ..., cho biết`: an initial's) or after a title's abbreviation before one (`PGS. X`);
    /// nor does a nickname's quotation mark inside a name (`Ahmed "Mido" Hossam`).
    func isInsideWord(_ j: Int) -> Bool {
        let tokens = block.tokens
        guard tokens[j].kind == .punct, j > 0, j + 1 < tokens.count else { return false }
        // (`Ahmed "Mido" Hossam said:`: a nickname's marks inside a recognised name.)
        if QuoteMarks.isQuoteMark(tokens[j].first) { return insideMention(j) || isPluralPossessive(j) }
        guard tokens[j].first == "." else { return false }
        if tokens[j - 1].kind == .word && tokens[j + 1].kind == .word
            && tokens[j - 1].end == tokens[j].start && tokens[j + 1].start == tokens[j].end {
            return true
        }
        // `bà C. nói`, `Lái xe T. cho biết`, `Chủ doanh nghiệp Đ.H. tại X cho biết`: one capital is a name's
        // initial (news writes people it will not name so), and the lowercase word after its full stop goes on
        // the sentence, whatever word stands before the initial.
        if tokens[j - 1].kind == .word, tokens[j - 1].isCapitalized, tokens[j - 1].end - tokens[j - 1].start == 1,
           tokens[j - 1].end == tokens[j].start, tokens[j + 1].kind == .word, !tokens[j + 1].isCapitalized {
            return true
        }
        // `PGS. Đặng Văn Đông kể lại`, `TS. BS Trần Minh Long nhận định`: the full stop of a title's
        // abbreviation before a name, or before another title and a name.
        if tokens[j - 1].kind == .word, tokens[j - 1].isCapitalized || tokens[j - 1].isAllCaps,
           tokens[j - 1].end == tokens[j].start, tokens[j - 1].end - tokens[j - 1].start <= 4,
           gazetteer.match(tokens, at: j - 1, [.title, .honorific])?.length == 1,
           case let name = j + 1 + (gazetteer.match(tokens, at: j + 1, [.title])?.length ?? 0),
           case let next = namedPosition(from: name), next < named.count,
           mentions[named[next]].first == name, mentions[named[next]].kind == .person {
            return true
        }
        return insideMention(j)
    }

    /// `ITV Wales' Waterfront programme`, `Atticus' David Slager told`: a single mark glued to a word ending
    /// in `s`, with a space and a word after it, is a possessive's apostrophe, not a closing quotation mark,
    /// unless a single mark opened a quotation earlier in the sentence (`the 'axis of evils' speech`).
    private func isPluralPossessive(_ j: Int) -> Bool {
        let tokens = block.tokens
        guard QuoteMarks.isSingle(tokens[j].first), tokens[j - 1].kind == .word, tokens[j - 1].end == tokens[j].start,
              block.scalars[tokens[j - 1].end - 1] == "s" || block.scalars[tokens[j - 1].end - 1] == "S",
              tokens[j + 1].kind == .word, tokens[j + 1].start > tokens[j].end else { return false }
        var k = j - 1
        while k >= 0, j - k <= Self.maxRegion, !(tokens[k].kind == .punct && (Self.endsReportedSentence(tokens[k].first)
                  || QuoteMarks.isQuoteMark(tokens[k].first) && !QuoteMarks.isSingle(tokens[k].first))) {
            if tokens[k].kind == .punct, QuoteMarks.isSingle(tokens[k].first), k + 1 < j,
               tokens[k + 1].start == tokens[k].end, k == 0 || tokens[k - 1].end < tokens[k].start {
                return false
            }
            k -= 1
        }
        return true
    }

    /// Whether token `j` lies inside a mention, not at its edge (mentions do not overlap: the one before
    /// the first starting at `j` is the only one that can hold it; found by binary search).
    private func insideMention(_ j: Int) -> Bool {
        let low = namedPosition(from: j)
        guard low > 0 else { return false }
        let m = mentions[named[low - 1]]
        return m.first < j && j + 1 < m.end
    }

    /// The person whose name ends at token `v`, or who stands before an apposition ending there
    /// (`X, who played Y, told`).
    func personEnding(at verb: Int, from s: Int) -> Int? {
        // (`Ed Davey meanwhile said`, `X also told`: words marking the verb's time stand between.)
        var v = verb
        while v - 1 > s, verb - v < 2, !block.tokens[v - 1].isCapitalized, Self.beforeVerb.contains(block.tokens[v - 1].key) {
            v -= 1
        }
        if let person = mentionEnding(at: v, from: s), mentions[person].kind == .person { return person }
        let tokens = block.tokens
        // (`Guy Mansfield QC warned`, `Andrew Tyrie MP said`: a post-nominal's few capitals stand between.)
        if v - 2 > s, tokens[v - 1].isAllCaps, tokens[v - 1].end - tokens[v - 1].start <= 4,
           let person = mentionEnding(at: v - 1, from: s), mentions[person].kind == .person {
            return person
        }
        guard v - 1 > s, tokens[v - 1].kind == .punct, tokens[v - 1].first == "," else { return nil }
        var c = v - 2
        while c > s, v - c <= 20, !(tokens[c].kind == .punct && tokens[c].first == ",") { c -= 1 }
        return c > s && v - c <= 20 ? appositionSubject(c + 1, from: s) : nil
    }

    /// `Ủy ban Bầu cử - cơ quan chuyên giám sát tài chính bầu cử, cho biết:`: a body named before a dash and
    /// a lowercase description that runs to the comma right before the verb at `verb` is the verb's subject,
    /// as a person before such an apposition is (`appositionSubject`).
    func bodyBeforeApposition(_ verb: Int, from s: Int) -> Int? {
        let tokens = block.tokens
        guard verb - 1 > s, tokens[verb - 1].kind == .punct, tokens[verb - 1].first == "," else { return nil }
        var d = verb - 2
        func isCommaOrDash(_ token: Token) -> Bool {
            token.kind == .punct && (token.first == "," || EntityRecognizer.dashes.contains(token.first))
        }
        while d > s, verb - d <= 20, !isCommaOrDash(tokens[d]) { d -= 1 }
        guard d > s, d + 1 < verb - 1, tokens[d].kind == .punct, EntityRecognizer.dashes.contains(tokens[d].first),
              tokens[d + 1].kind == .word, !tokens[d + 1].isCapitalized, !tokens[d + 1].isAllCaps,
              let body = mentionEnding(at: d, from: s), mentions[body].kind == .organization else { return nil }
        return body
    }

    /// The person named right before the comma at `clause - 1`, when the clause from `clause` opens in
    /// lowercase with no conjunction (but a relative `who`), pronoun, form of address or title (an
    /// apposition, not a new subject); a form of address before `trai` or `gái` is a sibling's kinship noun
    /// (`X, anh trai của Y kể lại`), which opens an apposition too. After a dash the description may open
    /// with a capital, as Vietnamese writes a title or a role there (`Jeremy Clarkson - MC chương trình Top
    /// Gear (Anh) nhận xét`), but not with a person's name.
    func appositionSubject(_ clause: Int, from s: Int) -> Int? {
        let tokens = block.tokens
        guard clause - 1 > s, clause < tokens.count, tokens[clause - 1].kind == .punct else { return nil }
        if EntityRecognizer.dashes.contains(tokens[clause - 1].first) {
            guard tokens[clause].kind == .word,
                  named(in: clause..<min(tokens.count, clause + 8)).first.map({ m in
                      mentions[m].first != clause || mentions[m].kind != .person
                  }) ?? true,
                  gazetteer.categories(tokens, at: clause).isDisjoint(with: Self.notDescriptionOpeners),
                  let person = mentionEnding(at: clause - 1, from: s), mentions[person].kind == .person else { return nil }
            // (`Chú X, phụ huynh của bạn Y - tốt nghiệp ... chia sẻ`: a person inside a comma's apposition is
            // described there; the subject is the one that apposition follows.)
            var c = mentions[person].first - 1
            while c > s, !(tokens[c].kind == .punct && tokens[c].first == ",") { c -= 1 }
            return c > s ? appositionSubject(c + 1, from: s) ?? person : person
        }
        guard tokens[clause - 1].first == ",",
              tokens[clause].kind == .word, !tokens[clause].isCapitalized, !tokens[clause].isAllCaps,
              // (`..., ca sĩ Nguyên Vũ cho biết`: a profession or a title with a name after it is the clause's own
              // subject, no apposition.)
              openingPerson(clause, before: min(tokens.count, clause + 8)) == nil,
              Self.relativeWords.contains(tokens[clause].key) || isKinshipNoun(clause)
                || gazetteer.categories(tokens, at: clause).isDisjoint(with: Self.notDescriptionOpeners.union(.title)),
              let person = mentionEnding(at: clause - 1, from: s), mentions[person].kind == .person else { return nil }
        return person
    }

    /// `thầy X, hiện giảng dạy tại Y, đồng thời là Phó Tổng GĐ Công ty Z, Chủ tịch HĐQT Công ty W cũng cho
    /// biết:`: descriptions one after another, each after a comma, each opening in lowercase or with a title
    /// and naming no person, follow the person they describe, named right before the first of them, who
    /// speaks. (At most `maxDescriptions` of them; the verb's own clause `clause..<verb` is the last.)
    func appositionChainSubject(_ clause: Int, before verb: Int, from region: Int) -> Int? {
        let tokens = block.tokens
        // (Such a sentence often runs past the region the verb's subject is sought in: back to its own start.)
        var s = region - 1
        while s >= 0, clause - s <= Self.maxDescriptions * Self.maxRegion, !isStop(tokens[s]) || isInsideWord(s) { s -= 1 }
        s += 1
        var c = clause, end = verb
        for _ in 0..<Self.maxDescriptions {
            guard c - 1 > s, c < end, tokens[c - 1].kind == .punct, tokens[c - 1].first == ",", tokens[c].kind == .word,
                  !tokens[c].isCapitalized && gazetteer.categories(tokens, at: c).isDisjoint(with: Self.notDescriptionOpeners)
                    || gazetteer.match(tokens, at: c, [.title]) != nil,
                  !named(in: c..<end).contains(where: { mentions[$0].kind == .person }),
                  !(c..<end).contains(where: { speechVerb(at: $0) != nil }) else { return nil }
            if let person = mentionEnding(at: c - 1, from: s), mentions[person].kind == .person {
                return c != clause ? person : nil
            }
            var p = c - 2
            while p > s, !(tokens[p].kind == .punct && tokens[p].first == ",") { p -= 1 }
            end = c - 1
            c = p + 1
        }
        return nil
    }

    static let maxDescriptions = 4

    /// Words that open a clause of its own (a conjunction, a pronoun, a form of address, a function word, a
    /// speech verb), never a description set off after a name.
    static let notDescriptionOpeners: Gazetteer.Category = [.conjunction, .pronoun, .honorific, .functionWord, .speechVerb]

    static let siblingGenders = KeySet(words: ["trai", "gái"])

    /// `anh trai`, `chị gái`, `em gái`: a form of address and `trai` or `gái` (male, female) at token `j`.
    private func isKinshipNoun(_ j: Int) -> Bool {
        let tokens = block.tokens
        return j + 1 < tokens.count && Self.siblingGenders.contains(tokens[j + 1].key)
            && gazetteer.categories(tokens, at: j).contains(.honorific)
    }

    /// The block's mention starting at or after `s` and ending at token `v`.
    private func mentionEnding(at v: Int, from s: Int) -> Int? {
        var low = namedPosition(from: s)
        while low < named.count, mentions[named[low]].end <= v {
            if mentions[named[low]].end == v { return named[low] }
            low += 1
        }
        return nil
    }
}
