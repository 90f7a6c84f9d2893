import ArticleModel

/// The rules tried at a run of capitalised words the gazetteer does not take, in order: the first that
/// takes the run moves the scan on; a run no rule takes is a candidate mention (`candidate`).
extension EntityRecognizer {
    /// A rule, named as the method `apply` runs for it (see `EntityRecognizer` on why a case, not a closure).
    enum RunRule: Sendable {
        case gluedSyllables, nicknameInName, quotedTitle, productModel, makerAndModel, capitalisedHeading
        case romanNumeral, compassBeforePlace, dashJoinedBody, acronymAfterTitle, sentenceStartSyllables
        case commonWordAtSentenceStart, hospitalDepartment, streetInAddress, foreignSourceAfterTheo
        case vietnameseNonName, endsWithNothingOrEvent, wireDateline, ordinaryWordOpensSentence
        case demonymBeforeName, tailOfLongerName, titleOfWork, titleWithThe, titleJoinedByAndThe
        case lawOrEventWithOf, namesAnIllness
    }

    func apply(_ rule: RunRule, _ c: inout ScanContext, _ run: NameRun) -> Bool {
        switch rule {
        case .gluedSyllables: return gluedSyllables(&c, run)
        case .nicknameInName: return nicknameInName(&c, run)
        case .quotedTitle: return quotedTitle(&c, run)
        case .productModel: return productModel(&c, run)
        case .makerAndModel: return makerAndModel(&c, run)
        case .capitalisedHeading: return capitalisedHeading(&c, run)
        case .romanNumeral: return romanNumeral(&c, run)
        case .compassBeforePlace: return compassBeforePlace(&c, run)
        case .dashJoinedBody: return dashJoinedBody(&c, run)
        case .acronymAfterTitle: return acronymAfterTitle(&c, run)
        case .sentenceStartSyllables: return sentenceStartSyllables(&c, run)
        case .commonWordAtSentenceStart: return commonWordAtSentenceStart(&c, run)
        case .hospitalDepartment: return hospitalDepartment(&c, run)
        case .streetInAddress: return streetInAddress(&c, run)
        case .foreignSourceAfterTheo: return foreignSourceAfterTheo(&c, run)
        case .vietnameseNonName: return vietnameseNonName(&c, run)
        case .endsWithNothingOrEvent: return endsWithNothingOrEvent(&c, run)
        case .wireDateline: return wireDateline(&c, run)
        case .ordinaryWordOpensSentence: return ordinaryWordOpensSentence(&c, run)
        case .demonymBeforeName: return demonymBeforeName(&c, run)
        case .tailOfLongerName: return tailOfLongerName(&c, run)
        case .titleOfWork: return titleOfWork(&c, run)
        case .titleWithThe: return titleWithThe(&c, run)
        case .titleJoinedByAndThe: return titleJoinedByAndThe(&c, run)
        case .lawOrEventWithOf: return lawOrEventWithOf(&c, run)
        case .namesAnIllness: return namesAnIllness(&c, run)
        }
    }

    static let vietnameseRunRules: [RunRule] = [
        .gluedSyllables, .nicknameInName, .quotedTitle, .productModel, .makerAndModel, .capitalisedHeading,
        .romanNumeral, .compassBeforePlace, .dashJoinedBody, .acronymAfterTitle, .sentenceStartSyllables,
        .commonWordAtSentenceStart, .hospitalDepartment, .streetInAddress, .foreignSourceAfterTheo,
        .vietnameseNonName, .endsWithNothingOrEvent,
    ]
    static let englishRunRules: [RunRule] = [
        .wireDateline, .nicknameInName, .quotedTitle, .ordinaryWordOpensSentence, .demonymBeforeName,
        .tailOfLongerName, .productModel, .titleOfWork, .titleWithThe, .titleJoinedByAndThe, .lawOrEventWithOf,
        .endsWithNothingOrEvent, .namesAnIllness,
    ]

    /// `Alexandre "Mano" Polking`, `Ahmed 'Mido' Hossam`: one or two capitalised words, a nickname of one or
    /// two capitalised words in quotation marks glued to it, then a surname: one person's name, whole.
    func nicknameInName(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let tokens = c.tokens, open = run.chunk.upperBound
        guard run.chunk.count <= 2, open + 3 < c.n, tokens[open].kind == .punct, QuoteMarks.canOpen(tokens[open].first),
              tokens[open + 1].start == tokens[open].end, tokens[open + 1].isNameLike else { return false }
        var close = open + 1
        while close < min(c.n, open + 4), tokens[close].isNameLike { close += 1 }
        guard close < c.n, close - open <= 3, tokens[close].kind == .punct,
              QuoteMarks.closes(tokens[close].first, tokens[open].first), tokens[close].start == tokens[close - 1].end,
              close + 1 < c.n, tokens[close + 1].isNameLike, !tokens[close + 1].isAllCaps,
              gazetteer.match(tokens, at: close + 1, [.place, .organization, .orgHead, .title]) == nil else { return false }
        var end = close + 1
        while end < c.n, end - close <= 3, tokens[end].isNameLike { end += 1 }
        c.add(c.mention(c.i, end, .person, clues: [.afterTitle]), next: end)
        return true
    }

    /// An English wire dateline: the block's first words, in capitals, before a comma (`BAKU,`).
    func wireDateline(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let chunk = run.chunk, tokens = c.tokens
        guard c.i == 0, tokens[chunk].allSatisfy({ $0.isAllCaps && $0.end - $0.start >= 3 }),
              chunk.upperBound < c.n, tokens[chunk.upperBound].kind == .punct,
              tokens[chunk.upperBound].first == "," else { return false }
        c.add(c.mention(c.i, chunk.upperBound, .place), next: chunk.upperBound)
        return true
    }

    /// `Hà Nộikhoảng`, `Minh PhươngTheo Reuters`: a word that is two Vietnamese syllables written without
    /// the space between them (lost in the source) holds the end of a name, which the words before it
    /// are only the start of: they name nothing; the scan goes on after the glued word.
    func gluedSyllables(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        guard let glued = run.chunk.first(where: { isGluedSyllables(c.block, c.tokens[$0]) }) else { return false }
        c.i = glued + 1
        return true
    }

    /// `Galaxy A52`, `gạo ST25 Sóc Trăng`, `F-15E Strike Eagle`: a run of two or more words with a model's
    /// code in it (a word of letters and digits, or capitals and digits joined by a hyphen) names a product,
    /// which news does not count as a body or a person; so does a code alone with three digits or more
    /// (`BN2899`, a patient; `VJ3613`, a flight) or with a hyphen (`EM-E14X`, `F-16`), and an age group alone
    /// (`U23`). In English a run that ends with a code of two capitals (`Windows XP`, `Nintendo DS`) names a
    /// product too. `iPhone 12 Pro Max`, `Mi 11 Lite`: Latin words right after a product's name and its number
    /// are the model's, no name either; so are a model's words alone after a number (`11 Pro Max`).
    func productModel(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let chunk = run.chunk
        guard chunk.count >= 2 && chunk.contains(where: { modelCodeDigits(c.block, c.tokens[$0]) > 0
                                                             || isHyphenatedCode(c.block, c.tokens[$0]) })
            || chunk.count == 1 && (modelCodeDigits(c.block, c.tokens[chunk.lowerBound]) >= 3
                                    || isCode(c.block, c.tokens[chunk.lowerBound]))
            || !vietnamese && endsWithTwoCapitalCode(c.tokens, chunk)
            || followsModelNumber(c, chunk) else { return false }
        c.i = chunk.upperBound
        return true
    }

    /// `Windows XP`: a capitalised word, then a last word of two capitals that is nothing known (not `UK`,
    /// `FC`) nor a company's form written after its name abroad (`Renault SA`, `Deutsche Bank AG`).
    func endsWithTwoCapitalCode(_ tokens: [Token], _ chunk: Range<Int>) -> Bool {
        let last = tokens[chunk.upperBound - 1]
        return chunk.count >= 2 && last.isAllCaps && last.end - last.start == 2 && tokens[chunk.upperBound - 2].isCapitalized
            && !tokens[chunk.upperBound - 2].isAllCaps && !Self.companyForms.contains(last.key)
            && gazetteer.match(tokens, at: chunk.upperBound - 1, [.place, .organization, .orgHead, .title, .notEntity]) == nil
    }

    /// Company legal forms written after a firm's name (`Renault SA`, `Transword Foods, Inc`).
    static let companyForms = KeySet(list: "company-forms")
    /// Latin words naming a model after its product line's number (`Pro Max`, `Lite`).
    static let modelWords = KeySet(list: "model-words")

    /// A run of Latin words after a number that follows a product's Latin name (`Mi 11 | Lite`, `iPhone 12 |
    /// Pro Max`: a word with a capital in it).
    private func followsModelNumber(_ c: ScanContext, _ chunk: Range<Int>) -> Bool {
        let tokens = c.tokens, i = chunk.lowerBound
        // `iPhone 11, 11 Pro và 11 Pro Max`: a model's words alone after a number, whatever comes before it.
        if vietnamese, i >= 1, tokens[i - 1].kind == .number,
           tokens[chunk].allSatisfy({ Self.modelWords.contains($0.key) }) {
            return true
        }
        // (Vietnamese text only: in English a date's year comes first as often, `May 2005 | Labour`.)
        guard vietnamese, i >= 2, tokens[i - 1].kind == .number, tokens[i - 2].kind == .word,
              c.block.scalars[tokens[i - 2].start..<tokens[i - 2].end].contains(where: CharTable.isUppercase),
              // (`Năm 2017 | Samsung`: a Vietnamese word before the number is a time word, no product.)
              c.block.hasNoVietnameseLetter((i - 2)..<chunk.upperBound)
        else { return false }
        return true
    }

    /// `mẫu đồng hồ Garmin Enduro`, `điện thoại Vsmart Live`: Latin words after a product noun are a maker
    /// and its model: the first is a candidate (the maker, a company), the others name nothing, nor do their
    /// repeats.
    func makerAndModel(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let chunk = run.chunk, tokens = c.tokens, i = chunk.lowerBound
        guard chunk.count >= 2, tokens[chunk].allSatisfy({ $0.kind == .word && !$0.isAllCaps }),
              c.block.hasNoVietnameseLetter(chunk),
              Self.productNouns.endsPhrase(tokens, before: i) else { return false }
        if c.prefixEnd == i { c.prefixEnd = -1 }  // (`đồng hồ X`: no lake)
        c.orgCueEnd = i  // (the maker is a company: `EntityClassifier.spreadUncounted`)
        candidate(&c, NameRun(chunk: i..<(i + 1), alone: false, afterParenthesis: false, titled: false))
        c.add(c.mention(i + 1, chunk.upperBound, nil, clues: [.noEntity]), next: chunk.upperBound)
        return true
    }

    /// The product nouns of `product-nouns.txt`.
    static let productNouns = PhraseSet(list: "product-nouns")

    /// `EM-E14X`, `A2-C1`, `COVID-19`, `F-16`, `B61-12`: capitals and digits joined by a hyphen are a code (a
    /// model's, an aircraft's or a weapon's, a level's, a virus's); `U23`, `U20`: an age group, the category
    /// and no team until a country follows it.
    func isCode(_ block: BlockText, _ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        if isHyphenatedCode(block, token) { return true }
        let letters = block.scalars[token.start..<token.end]
        return letters.count == 3 && letters.first == "U" && letters.dropFirst().allSatisfy { (48...57).contains($0.value) }
    }

    /// Capitals and digits joined by a hyphen, no lowercase letter (`F-15E`, `S-400`, `COVID-19`).
    func isHyphenatedCode(_ block: BlockText, _ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        let letters = block.scalars[token.start..<token.end]
        return letters.contains(where: Tokenizer.isHyphen) && letters.contains { (48...57).contains($0.value) }
            && !letters.contains { $0.properties.isLowercase }
    }

    /// How many digits a model's code has (`A52`, `ST25`, `X1`: a word that starts with a letter and holds
    /// digits), 0 for other words and for a name with a hyphen (`COVID-19`).
    func modelCodeDigits(_ block: BlockText, _ token: Token) -> Int {
        guard token.kind == .word else { return 0 }
        let letters = block.scalars[token.start..<token.end]
        if letters.contains(where: Tokenizer.isHyphen) { return 0 }
        return letters.reduce(0) { $0 + ((48...57).contains($1.value) ? 1 : 0) }
    }

    /// `CA BỆNH 2899`, `TIN TỨC`: Vietnamese words written in capitals with a tone or vowel mark are a
    /// heading's ordinary words (an acronym has no marks, `UBND`, `HĐND`: only `Đ`): no name.
    func capitalisedHeading(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        guard run.chunk.contains(where: { j in
            let token = c.tokens[j]
            return token.isAllCaps && c.block.scalars[token.start..<token.end].contains { $0.value > 0x7F && $0 != "Đ" }
        }) else { return false }
        c.i = run.chunk.upperBound
        return true
    }

    /// `Quốc hội khóa XV`, `thế kỷ XXI`: a Vietnamese word of Roman numerals alone is a number, no body.
    func romanNumeral(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let token = c.tokens[c.i]
        guard run.chunk.count == 1, token.isAllCaps,
              c.block.scalars[token.start..<token.end].allSatisfy({ $0.isOne(of: "IVXLC") }) else { return false }
        c.i = run.chunk.upperBound
        return true
    }

    /// `Bắc Đại Tây Dương`, `Đông Thái Bình Dương`: a capitalised compass word before the whole name of a
    /// known place of two or more syllables names part of that place, so the run is a place, not a
    /// person's name. (A one-syllable place after it is as often a given name: `Trung Anh`, `Nam Nhật`.)
    /// A place made of compass words only (`hướng Tây | Tây Bắc`) is no such place: the run is a direction.
    /// After a place prefix the compass word is the prefix's part of the place (`miền Nam | Philippines`,
    /// `phía Bắc | Trung Quốc`): the place is the known one alone, whatever its length.
    func compassBeforePlace(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let i = c.i, chunk = run.chunk
        let afterPrefix = i == c.prefixEnd
        guard chunk.count >= 2, !c.tokens[i].isAllCaps, Self.compassWords.contains(c.tokens[i].key),
              let place = gazetteer.match(c.tokens, at: i + 1, [.place]), place.length >= 2 || afterPrefix,
              i + 1 + place.length == chunk.upperBound,
              !c.tokens[chunk].allSatisfy({ Self.compassWords.contains($0.key) }) else { return false }
        c.add(c.mention(afterPrefix ? i + 1 : i, chunk.upperBound, .place), next: chunk.upperBound)
        return true
    }

    /// `Thể Công - Viettel`: a body's name joined by a dash stays whole.
    func dashJoinedBody(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        guard let joined = dashJoinedBodyEnd(c.tokens, run.chunk) else { return false }
        c.add(c.mention(c.i, joined, .organization), next: joined)
        return true
    }

    /// `Chủ tịch VFA Lê Thanh Tùng`: after a title, an acronym before a full name is the person's body.
    func acronymAfterTitle(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        // (The run ends before the name: `capitalisedRun`.)
        guard c.i == c.titleEnd, c.tokens[c.i].isAllCaps, run.chunk.count == 1,
              personNameStarts(c.tokens, at: c.i + 1, (c.i + 1)..<c.n) else { return false }
        let start = c.i
        c.add(c.mention(start, start + 1, .organization), next: start + 1)
        c.titleEnd = start + 1
        return true
    }

    /// A Vietnamese sentence's first syllable (`Cờ Nga`, `Phía Bulgaria`, `Tàu KRI`) is a name only when
    /// the article capitalises it elsewhere too or it is a family name. Not a byline (`Thành Đạt (Theo
    /// Reuters)`: the name alone on its line) nor after `(`.
    func sentenceStartSyllables(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let token = c.tokens[c.i]
        guard token.sentenceStart, run.chunk.count >= 2, !run.alone, !run.afterParenthesis, !run.titled,
              !midSentenceCapitals.contains(token.key),
              BlockText.hasVietnameseLetter(c.block.scalars, token.start..<token.end),
              !gazetteer.categories(c.tokens, at: c.i).contains(.familyName),
              !endsWithKnownBody(c.tokens, run.chunk),  // (`Thể Công Viettel` at a headline's start)
              // (`Cẩm Nhung chia sẻ:`: syllables opening a sentence right before a speech verb are a name.)
              !(gazetteer.isLowercaseSpeechVerb(c.tokens, at: run.chunk.upperBound) && startsNoNameOfItsOwn(c, c.i + 1))
        else { return false }
        c.i += 1
        return true
    }

    /// `Dự kiến ...`: a sentence's first syllable before a lowercase one, capitalised nowhere else and no
    /// given or family name, opens a common word.
    func commonWordAtSentenceStart(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let token = c.tokens[c.i], after = run.chunk.upperBound
        guard token.sentenceStart, run.chunk.count == 1, !run.titled, !run.afterParenthesis, !token.isAllCaps,
              after < c.n, c.tokens[after].kind == .word, !c.tokens[after].isNameLike,
              !midSentenceCapitals.contains(token.key),
              gazetteer.categories(c.tokens, at: c.i).isDisjoint(with: [.givenName, .familyName]),
              !gazetteer.isLowercaseSpeechVerb(c.tokens, at: after) else { return false }  // (`Nhung kể:`)
        c.i += 1
        return true
    }

    /// After a sentence's first syllable, whether the next one opens no name of its own (a family name, a
    /// known place or body, a foreign word, an initial: `Mẹ Lưu Diệc Phi`, `Việc Nga`, `Bà Whang-od`), so
    /// that the two read as one name (`Cẩm Nhung`).
    private func startsNoNameOfItsOwn(_ c: ScanContext, _ j: Int) -> Bool {
        let token = c.tokens[j]
        return token.end - token.start > 1 && !Self.isForeignWord(c.block.scalars, token)
            && gazetteer.categories(c.tokens, at: j).isDisjoint(with: [.familyName, .place, .organization])
    }

    /// `Trưởng khoa Nhiễm`, `tại khoa Hồi sức`: capitalised words after `khoa` name a hospital's
    /// department, neither a person nor a body of its own; not a name that opens with a family or given
    /// name (`bác sĩ nhi khoa Paul Gilbert`, `nha khoa Nguyễn Văn An`).
    func hospitalDepartment(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        guard c.i > 0, c.tokens[c.i - 1].key == Self.khoa, !c.tokens[c.i - 1].isCapitalized else { return false }
        if run.chunk.count >= 2, gazetteer.match(c.tokens, at: c.i, [.familyName, .givenName]) != nil { return false }
        c.i = run.chunk.upperBound
        return true
    }

    /// Abbreviated administrative units in addresses (`Q.3`, `P.12`).
    static let unitAbbreviations = KeySet(words: ["q", "p"])
    static let bis = Tokenizer.key(of: "Bis".unicodeScalars[...])

    /// `778/10 Nguyễn Kiệm, Quận Phú Nhuận`, `số 36 Giang Văn Minh, phường Kim Mã`: capitalised words
    /// between a house number and a comma before an administrative unit (`Quận`, `P.`) are a street, a
    /// place, though streets are mostly named after people.
    func streetInAddress(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let tokens = c.tokens, end = run.chunk.upperBound
        guard c.i > 0, tokens[c.i - 1].kind == .number, tokens[c.i - 1].end < tokens[c.i].start, end + 1 < c.n,
              tokens[end].kind == .punct, tokens[end].first == ",", tokens[end + 1].kind == .word else { return false }
        let unit = tokens[end + 1]
        guard Self.administrativeUnits.contains(unit.key) && gazetteer.match(tokens, at: end + 1, [.placePrefix]) != nil
                || Self.unitAbbreviations.contains(unit.key) && unit.isCapitalized && end + 2 < c.n
                    && tokens[end + 2].kind == .punct && tokens[end + 2].first == "." else { return false }
        // (`288 Bis Nguyễn Văn Cừ`: `bis`, a second house of the same number, is no part of the street.)
        let first = tokens[c.i].key == Self.bis && end > c.i + 1 ? c.i + 1 : c.i
        c.add(c.mention(first, end, .place), next: end)
        return true
    }

    /// `Theo Guardian, ...`, `Theo The Hindu, ...`: in Vietnamese text, foreign words between `theo`
    /// (according to) and a comma name the source, a medium or another body, when they are one word, open
    /// with `The` or end with a head; a person is named with Vietnamese letters, a form of address (`theo
    /// ông X`) or a given name and a surname, and a known place stays one (`Theo Mỹ,`).
    func foreignSourceAfterTheo(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let tokens = c.tokens, end = run.chunk.upperBound
        guard c.i > 0, tokens[c.i - 1].key == Self.theo, end < c.n, tokens[end].kind == .punct,
              tokens[end].first == ",", run.chunk.count <= 4, c.block.hasNoVietnameseLetter(run.chunk),
              gazetteer.match(tokens, at: c.i, [.place, .title, .honorific]) == nil,
              !gazetteer.categories(tokens, at: c.i).contains(.givenName) else { return false }
        // (One word, `the` and words, or words ending with a head, `Indian Express`: a person's name is two
        // words with neither, `Theo Collin Koh,`.)
        guard run.chunk.count == 1 || tokens[c.i].key == Self.the
                || gazetteer.categories(tokens, at: end - 1).contains(.orgHead) else { return false }
        c.add(c.mention(c.i, end, .organization), next: end)
        return true
    }

    /// Capitalised Vietnamese words that name nothing (`EntityRecognizer+Vietnamese`).
    func vietnameseNonName(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        guard isVietnameseNonName(c.tokens, run.chunk, afterPrefix: c.i == c.prefixEnd,
                                  afterTitle: c.i == c.titleEnd, titled: run.titled) else { return false }
        c.i = run.chunk.upperBound
        return true
    }

    /// `Another Hollywood star`, `Early HSDPA systems`: an English sentence's first word, capitalised nowhere
    /// else in the article and nothing known, before a name that stands on its own (an acronym, a known
    /// place or body) is an ordinary word: the name starts after it.
    /// A profession opening a sentence (`Actor Michael Douglas`) marks the name after it as a person's.
    func ordinaryWordOpensSentence(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let i = c.i, token = c.tokens[i], tokens = c.tokens
        if token.sentenceStart, run.chunk.count >= 2, markProfession(&c) {
            c.i = i + 1
            return true
        }
        guard token.sentenceStart, run.chunk.count >= 2, !run.titled, !run.afterParenthesis, !token.isAllCaps,
              !midSentenceCapitals.contains(token.key), tokens[i + 1].kind == .word,
              gazetteer.categories(tokens, at: i).isDisjoint(with: [.givenName, .place, .organization, .orgHead, .placeSuffix,
                                                                   .title, .honorific, .nameParticle]) else { return false }
        let next = tokens[i + 1]
        // (Not before a given name: many surnames are given names too, `Rod Stewart`, `Franz Ferdinand`.)
        guard next.isAllCaps || gazetteer.match(tokens, at: i + 1, [.place, .organization]) != nil else { return false }
        c.i = i + 1
        return true
    }

    /// `Californian Thomas Slattery`, `New Zealander Graham Henry`, `Tory Neil Hamilton`: a noun for where
    /// a person comes from or the party they belong to (demonyms.txt), before a given name and a surname,
    /// is no part of the name: it stands where a title does. Alone (`the Briton won`) it names no one.
    func demonymBeforeName(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let i = c.i, tokens = c.tokens
        var end = i + 1
        if tokens[i].key == Self.new, end < run.chunk.upperBound { end += 1 }  // `New Zealander`
        // (`Producer Barry Weissler`: a role that may also stand before a firm, `producer Endemol`, opening
        // the sentence before a given name, as the demonym does.)
        let role = end == i + 1 && tokens[i].sentenceStart && Self.rolesBeforeAGivenName.contains(tokens[i].key)
        guard role || Self.demonyms.contains(tokens[end - 1].key) else { return false }
        if !role, run.chunk.upperBound == end, tokens[i].key != Self.tory {  // (`Tory` alone is the party)
            c.i = end
            return true
        }
        guard run.chunk.upperBound - end >= 2, gazetteer.match(tokens, at: end, [.givenName]) != nil else { return false }
        c.titleEnd = end
        c.i = end
        return true
    }

    static let demonyms = KeySet(list: "demonyms")
    static let rolesBeforeAGivenName = KeySet(words: ["producer", "billionaire", "tycoon", "magnate", "star",
                                                      "entrepreneur", "financier", "investor", "designer"])
    static let new = Tokenizer.key(of: "new".unicodeScalars[...])
    static let tory = Tokenizer.key(of: "tory".unicodeScalars[...])

    /// `News of the | World`, `Centre of the | World`: capitalised words without a head after `of the`
    /// (`with the`, `in the`) that follow a capitalised word nothing known, mid-sentence, are the tail of a
    /// longer title or name
    /// the scan did not take whole; alone they name nothing.
    func tailOfLongerName(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let i = c.i, tokens = c.tokens
        guard i >= 3, tokens[i - 1].key == Self.the, tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized,
              tokens[i - 2].kind == .word, !tokens[i - 2].isCapitalized, Self.tailJoiners.contains(tokens[i - 2].key),
              tokens[i - 3].isCapitalized, !tokens[i - 3].isAllCaps, !tokens[i - 3].sentenceStart,
              gazetteer.categories(tokens, at: i - 3).isDisjoint(with: [.place, .organization, .title]),
              !hasOrgHead(tokens, run.chunk) else {  // (`Cumbria Police and the Bank of England`)
            return false
        }
        c.i = run.chunk.upperBound
        return true
    }
    static let tailJoiners = KeySet(list: "tail-joiners")

    /// `Match of the Day`, `Lord of the Flies`: a title of a work, no name.
    func titleOfWork(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        guard let title = titleOfWorkEnd(c.tokens, from: c.i), run.chunk.upperBound == c.i + 1 else { return false }
        c.i = title
        return true
    }

    /// `won for The Harbour Keeper`: mid-sentence, a capitalised `The` before capitalised words with no
    /// organisation's head or place word, none known, opens a work's title (a film, a book, a song); the
    /// title names nothing, nor do its words elsewhere. (`The Guardian`, `The Hague` are known or have a head.)
    func titleWithThe(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let chunk = run.chunk, tokens = c.tokens
        guard chunk.count >= 2, tokens[c.i].key == Self.the, tokens[c.i].isCapitalized, !tokens[c.i].sentenceStart,
              !run.afterParenthesis, !hasOrgHead(tokens, chunk),
              !chunk.contains(where: { !gazetteer.categories(tokens, at: $0).isDisjoint(with: [.placeSuffix, .place,
                                                                                            .organization]) }),
              gazetteer.match(tokens, at: c.i + 1, [.place, .organization]) == nil else { return false }
        // (From `The`, so that a list joins it: `Million Dollar Baby and The Aviator`.)
        c.add(c.mention(c.i, chunk.upperBound, nil, clues: [.noEntity]), next: chunk.upperBound)
        return true
    }

    static let bill = Tokenizer.key(of: "bill".unicodeScalars[...])

    /// Lowercase English words for an illness, after which capitalised words name it (`Motor Neurone disease`).
    static let illnessWords = KeySet(words: ["disease", "diseases", "syndrome", "virus", "disorder", "fever", "flu"])

    /// `victims of Alzheimer's, Parkinson's and Motor Neurone disease`: capitalised words right before a
    /// lowercase word for an illness name the illness, no entity.
    func namesAnIllness(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let after = run.chunk.upperBound
        guard after < c.n, c.tokens[after].kind == .word, !c.tokens[after].isCapitalized,
              Self.illnessWords.contains(c.tokens[after].key) else { return false }
        c.i = after
        return true
    }

    /// `Proceeds of Crime Act`: words joined by `of` to a law's or event's name are part of it; so are those
    /// after `of` following one (`Act of Settlement`, `Bill of Rights`), unless they name a known place or
    /// body (`Treaty of Rome`).
    func lawOrEventWithOf(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let after = run.chunk.upperBound
        guard after + 1 < c.n, c.tokens[after].key == Self.of, c.tokens[after + 1].isCapitalized else { return false }
        let rest = capitalisedRun(c.tokens, from: after + 1)
        if gazetteer.categories(c.tokens, at: after - 1).contains(.eventWord),
           gazetteer.match(c.tokens, at: after + 1, [.place, .organization]) == nil {
            c.i = rest.upperBound
            return true
        }
        guard gazetteer.categories(c.tokens, at: rest.upperBound - 1).contains(.eventWord) else { return false }
        c.i = rest.upperBound
        return true
    }

    /// A run ending with a word that names nothing (`Windows PC`) or with an event's word (`FA Cup`) is
    /// no entity; but after a given name such a word is a surname (`Philip French`, `Nick English`).
    func endsWithNothingOrEvent(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let lastWord = gazetteer.categories(c.tokens, at: run.chunk.upperBound - 1)
        guard lastWord.contains(.notEntity) || lastWord.contains(.eventWord) else { return false }
        // (`Bill said`: alone, the given name that also ends a bill's name is the person's; `Oscar` alone is
        // still the award.)
        if run.chunk.count == 1, c.tokens[run.chunk.lowerBound].key == Self.bill { return false }
        let last = c.tokens[run.chunk.upperBound - 1]
        if !vietnamese, run.chunk.count == 2, !lastWord.contains(.eventWord), !last.isAllCaps, last.end - last.start > 1,
           gazetteer.categories(c.tokens, at: run.chunk.lowerBound).contains(.givenName) {
            return false
        }
        c.i = run.chunk.upperBound
        return true
    }
}
