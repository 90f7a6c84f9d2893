import ArticleModel

/// The rules tried where the gazetteer knows the words at the scan's position, in order: the first that
/// takes the words moves the scan on. Each returns whether it took them.
extension EntityRecognizer {
    /// A rule, named as the method `apply` runs for it (see `EntityRecognizer` on why a case, not a closure).
    enum MatchRule: Sendable {
        case skipSentenceStopword, workTitle, vietnameseCueWord, honorific, title, vietnameseOrganizationHead
        case organizationCue, stageName, placeAfterPrefix, knownPlaceOrOrganization, placePrefix, notEntity
        case quotedTitleAtKnown, functionWordOpensTitle, saintsPlace
    }

    func apply(_ rule: MatchRule, _ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        switch rule {
        case .skipSentenceStopword: return skipSentenceStopword(&c, hit)
        case .workTitle: return workTitle(&c, hit)
        case .vietnameseCueWord: return vietnameseCueWord(&c, hit)
        case .honorific: return honorific(&c, hit)
        case .title: return title(&c, hit)
        case .vietnameseOrganizationHead: return vietnameseOrganizationHead(&c, hit)
        case .organizationCue: return organizationCue(&c, hit)
        case .stageName: return stageName(&c, hit)
        case .placeAfterPrefix: return placeAfterPrefix(&c, hit)
        case .knownPlaceOrOrganization: return knownPlaceOrOrganization(&c, hit)
        case .placePrefix: return placePrefix(&c, hit)
        case .notEntity: return notEntity(&c, hit)
        case .quotedTitleAtKnown: return quotedTitleAtKnown(&c, hit)
        case .functionWordOpensTitle: return functionWordOpensTitle(&c, hit)
        case .saintsPlace: return saintsPlace(&c, hit)
        }
    }

    static let vietnameseMatchRules: [MatchRule] = [
        .skipSentenceStopword, .workTitle, .vietnameseCueWord, .honorific, .title, .vietnameseOrganizationHead,
        .organizationCue, .stageName, .placeAfterPrefix, .knownPlaceOrOrganization, .placePrefix, .notEntity,
    ]
    static let englishMatchRules: [MatchRule] = [
        .quotedTitleAtKnown, .functionWordOpensTitle, .skipSentenceStopword, .workTitle, .organizationCue,
        .saintsPlace, .honorific, .title, .knownPlaceOrOrganization, .placePrefix, .notEntity,
    ]

    /// A function word at a sentence's start is skipped (unless it is also a known name); also right after
    /// a closing quotation mark, where a full stop was left out (`…five years" Asked about it, she said`),
    /// but not before a capitalised word, where it opens a name (`," Will Townsend said`); also between
    /// lowercase words, where a full stop was left out too (`at high speed They spend`); also written in
    /// capitals for emphasis between lowercase words (`improve services AND cut taxes`), no acronym.
    func skipSentenceStopword(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        let token = c.tokens[c.i], category = hit.category
        guard category.contains(.stopword) else { return false }
        // (In English, and not a known name nor a given name: `WHO`, `when Will was`; nor before a particle,
        // `Theo van Gogh`.)
        let betweenLowercase = !vietnamese && hit.match.length == 1 && !hit.nextIsName
            && category.isDisjoint(with: [.organization, .place, .givenName])
            && c.i > 0 && Self.isLowercaseWord(c.tokens[c.i - 1])
            && hit.end < c.n && Self.isLowercaseWord(c.tokens[hit.end])
            && !gazetteer.categories(c.tokens, at: hit.end).contains(.nameParticle)
        guard !token.isAllCaps || betweenLowercase,
              token.sentenceStart || Self.afterClosingQuoteMark(c.tokens, c.i) && !hit.nextIsName || betweenLowercase,
              !category.contains(.place),
              !category.contains(.organization) || hit.match.length == 1 && !hit.nextIsName else { return false }
        c.i = hit.end
        return true
    }

    static func isLowercaseWord(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && !token.isAllCaps
    }

    /// Whether the token at `i` follows a quotation mark set off from it by a space (a closing one).
    static func afterClosingQuoteMark(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let before = tokens[i - 1]
        return before.kind == .punct && QuoteMarks.isQuoteMark(before.first) && before.end < tokens[i].start
    }

    /// `the film Harbour Lights`, `bộ phim Mắt Biếc`: the capitalised words right after a noun for a work
    /// are the work's title, which names nothing the article counts; its words elsewhere neither
    /// (`Mention.Clues.noEntity`). A known place or body, a title or a form of address after the noun
    /// is not a title (`phim Mỹ`, `album BBC`); a noun that is also a verb is a cue only after a determiner
    /// (`isWorkCue`: `the show X`, but `X will show Y`).
    /// In English the title runs on over a title's small words (`the film Lord of the Rings`), and may
    /// come after a colon (`the report: Pushing Beyond the Limits`).
    func workTitle(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        guard !hit.category.isDisjoint(with: [.workCue, .determinedWorkCue]), isWorkCue(c.tokens, at: c.i) else {
            return false
        }
        // (`his album, Hopes and Fears, went`: a title set off by commas; but not after `of` and a determiner,
        // where the apposition is to the words before: `The director of the film, Vinod Pande, says`.)
        let ofTheWork = c.i >= 2 && c.tokens[c.i - 2].key == Self.of && !c.tokens[c.i - 1].isNameLike
        let colon = !vietnamese && hit.end + 1 < c.n && c.tokens[hit.end].kind == .punct
            && (c.tokens[hit.end].first == ":"
                || c.tokens[hit.end].first == "," && !ofTheWork && commaClosesTitle(c.tokens, from: hit.end + 1))
            && c.tokens[hit.end + 1].isNameLike
        let end = colon ? hit.end + 1 : hit.end
        guard !hit.category.contains(.place), !hit.category.contains(.organization),
              hit.nextIsName || colon, !c.tokens[c.i].isCapitalized || c.tokens[c.i].sentenceStart,
              gazetteer.match(c.tokens, at: end, [.place, .organization, .title, .honorific, .orgHead]) == nil,
              // (`an award for Mike Leigh`: people are nominated too.)
              c.tokens[hit.end - 1].key != Self.forWord || !gazetteer.categories(c.tokens, at: end).contains(.givenName) else {
            return false
        }
        let upper = vietnamese ? capitalisedRun(c.tokens, from: end).upperBound : titleCaseEnd(c.tokens, from: end)
        c.add(c.mention(end, upper, nil, clues: [.noEntity]), next: upper)
        return true
    }

    /// Vietnamese cue words (`EntityRecognizer+Vietnamese`).
    func vietnameseCueWord(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        guard let cue = vietnameseCue(c.block, at: c.i, hit.match, afterPrefix: c.i == c.prefixEnd) else { return false }
        if let mention = cue.mention { c.mentions.append(mention) }
        c.i = cue.next
        return true
    }

    /// `analysts at the Bank`, `tờ Vanity Fair`: a word that announces an organisation; an article may
    /// come before the name. (A Vietnamese cue is written lowercase: capitalised, `Công ty` is a head, tried
    /// before.)
    func organizationCue(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        let category = hit.category, end = hit.end, token = c.tokens[c.i]
        guard category.contains(.orgCue), !category.contains(.place), !category.contains(.organization),
              !vietnamese || !token.isCapitalized && !token.isAllCaps || token.sentenceStart else { return false }
        c.orgCueEnd = end + 1 < c.n && c.tokens[end].key == Self.the && !c.tokens[end].isCapitalized ? end + 1 : end
        c.i = end
        return true
    }

    /// `St Mary's Hospital`, `St John's Wood`: a saint's name before a head or a place word.
    func saintsPlace(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        guard hit.category.contains(.honorific), Self.saints.contains(c.tokens[c.i].key),
              let name = saintsName(c.tokens, from: hit.end) else { return false }
        var mention = c.mention(c.i, name.upperBound, nil, clues: c.clues(at: c.i))
        mention.clues.insert(name.body ? .hasOrgHead : .placeSuffix)
        c.add(mention, next: name.upperBound)
        return true
    }

    /// A form of address (`ông`, `Mr`) is dropped and marks the name after it; right after a Vietnamese
    /// place prefix it is the place's first word (`tháp Bà Nà`, `núi Bà Đen`, `phố Bà Triệu`), unless it is
    /// a place itself (`nước Anh`). Right after another form of address, a capitalised one opens the name
    /// (`ông Anh Tuấn`, `bà Anh Thư`): a person is addressed once.
    func honorific(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        guard hit.category.contains(.honorific), hit.nextIsName,
              !(vietnamese && c.i == c.honorificEnd && c.i > 0 && c.tokens[c.i].isCapitalized && !c.tokens[c.i].sentenceStart),
              c.i != c.titleEnd || !hit.category.contains(.place),
              !vietnamese || c.i != c.prefixEnd || hit.category.contains(.place) else { return false }  // (`nước Anh`)
        c.honorificEnd = hit.end
        c.i = hit.end
        return true
    }

    /// A title (`Ngoại trưởng`, `minister`) is dropped and marks the name after it as a person's.
    func title(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        let category = hit.category
        guard category.contains(.title),
              !(category.contains(.place) && c.tokens[c.i].isCapitalized && !hit.nextIsName) else { return false }
        // `Trưởng Ban | Ban Chỉ đạo X`, `Trưởng Phòng | Phòng GD&ĐT`: a title whose last word is a body's head
        // written with its capital before a name ends before it: the head opens the body's name.
        let last = hit.end - 1
        if vietnamese, hit.nextIsName, last > c.i, c.tokens[last].isCapitalized,
           gazetteer.categories(c.tokens, at: last).contains(.orgHead) {
            c.titleEnd = last
            c.i = last
            return true
        }
        c.titleEnd = hit.end
        if vietnamese, gazetteer.match(c.tokens, at: c.i, [.profession])?.length == hit.match.length {
            c.professionEnd = hit.end
        }
        c.i = hit.end
        return true
    }

    /// A capitalised organisation head (`Bộ`, `Đại học`) starts an organisation over the syllables after
    /// it; a known organisation (`Điện Kremlin`, `Quốc hội`) extends only over a country (`Quốc hội
    /// Pháp`), never over the name after it (`Điện Kremlin | Dmitry Peskov`).
    func vietnameseOrganizationHead(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        let token = c.tokens[c.i]
        // (`trường THPT X`: a lowercase noun whose head goes on with a capital, the school's level.)
        let capitalised = token.isCapitalized || token.isAllCaps
            || vietnamese && c.tokens[(c.i + 1)..<hit.end].contains { $0.isCapitalized || $0.isAllCaps }
        guard hit.category.contains(.orgHead), capitalised, !(hit.match.length == 1 && familyNameOpensPerson(c)),
              let orgEnd = organizationEnd(c.tokens, after: hit.end, placesOnly: hit.category.contains(.organization),
                                           nameFollows: c.i == c.titleEnd || titleOfBodyBefore(c.tokens, c.i),
                                           scalars: c.block.scalars) else { return false }
        let start = c.i
        // `UBND thành phố | yêu cầu`, `Chủ tịch UBND TP | Lê Văn A`: a unit's word with no name after it
        // names no place, so the head has no name either.
        if vietnamese, onlyUnitWords(c.tokens, hit.end..<orgEnd) {
            c.i = orgEnd
            if start == c.titleEnd { c.titleEnd = orgEnd }
            return true
        }
        c.add(c.mention(start, orgEnd, .organization), next: orgEnd)
        // `Bộ trưởng Bộ Y tế | Nguyễn Văn A`: the title still introduces the name after the body.
        if start == c.titleEnd { c.titleEnd = orgEnd }
        return true
    }

    /// `ông Đoàn Văn Hậu`, `HLV Đoàn Minh Xương`: a one-word head that is also a family name (`Đoàn`) opens
    /// a person's name, not a body's, after a form of address, or before two capitalised syllables that are
    /// nothing known (`Đoàn Thanh | niên`, `Đoàn Kiểm | tra`, `Đoàn Luật sư` stay bodies).
    func familyNameOpensPerson(_ c: ScanContext) -> Bool {
        guard vietnamese, gazetteer.categories(c.tokens, at: c.i).isSuperset(of: [.familyName, .orgHead]) else {
            return false
        }
        // (Not after a title: `Chủ tịch Đoàn Luật sư TPHCM`.)
        return c.i == c.honorificEnd
            || personNameStarts(c.tokens, at: c.i, c.i..<min(c.n, c.i + 4), familyNameIsHead: true)
    }

    /// `ca sĩ Mỹ X`: after a profession, a place's syllable and one more are a person's name.
    func stageName(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        guard c.i == c.professionEnd, hit.category.contains(.place), hit.match.length == 1,
              isStageName(c.block, at: c.i) else { return false }
        c.add(c.mention(c.i, c.i + 2, nil, clues: c.clues(at: c.i)), next: c.i + 2)
        return true
    }

    /// `sân Mỹ Đình`, `huyện Mỹ Đức`: after a place prefix the whole name is the place, even where it
    /// starts with a known one.
    func placeAfterPrefix(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        guard c.i == c.prefixEnd, hit.category.contains(.place), hit.nextIsName else { return false }
        let chunk = capitalisedRun(c.tokens, from: c.i)
        guard chunk.upperBound > hit.end else { return false }
        c.add(c.mention(c.i, chunk.upperBound, .place), next: chunk.upperBound)
        return true
    }

    /// A place prefix (`quận`, `TP`) marks the name after it as a place (capitalised, only at a sentence's
    /// start or an administrative unit's, `Quận Cầu Giấy` in an address, and never one that is also a family
    /// name); `quận 7`, `phường 12`: an urban district named by its number.
    func placePrefix(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        let token = c.tokens[c.i], end = hit.end
        guard hit.category.contains(.placePrefix),
              !token.isCapitalized || token.sentenceStart || token.isAllCaps  // `TP Vinh`
                || vietnamese && Self.administrativeUnits.contains(token.key),  // `số 5, Quận Cầu Giấy`
              // (`đội chủ nhà Hàng Đẫy`: a capital inside the words is a name's, not the prefix `nhà hàng`.)
              !c.tokens[(c.i + 1)..<end].contains(where: { $0.isCapitalized && !$0.isAllCaps }) else { return false }
        // `TP. Hồ Chí Minh`, `Hồ Quang Cua`: capitalised, a prefix that is also a family name (`hồ`, lake)
        // starts a person's or a city's name.
        if vietnamese, token.isCapitalized, !token.isAllCaps, gazetteer.categories(c.tokens, at: c.i).contains(.familyName) {
            return false
        }
        // `yêu cầu X`, `bà xã X`: a prefix closing another word (the demand, the wife) names no place.
        if vietnamese, hit.match.length == 1, c.i > 0, Self.prefixCompounds.endsPhrase(c.tokens, before: c.i + 1) {
            return false
        }
        if vietnamese, hit.match.length == 1, Self.numberedPlaces.contains(token.key), end < c.n,
           c.tokens[end].kind == .number {
            c.add(c.mention(c.i, end + 1, .place), next: end + 1)
            return true
        }
        c.prefixEnd = vietnamese ? streetNameAfterNumber(c.tokens, from: end) ?? end : end
        c.i = end
        return true
    }

    /// `ngõ 36 Giang Văn Minh`, `hẻm 160/16 Võ Thị Sáu`: a lane or house number between a place prefix and
    /// the street's name (often a person's); the index of the name, or nil.
    private func streetNameAfterNumber(_ tokens: [Token], from j: Int) -> Int? {
        guard j < tokens.count, tokens[j].kind == .number else { return nil }
        var k = j + 1
        while k + 1 < tokens.count, tokens[k].kind == .punct, tokens[k].first == "/", tokens[k + 1].kind == .number { k += 2 }
        return k < tokens.count && tokens[k].isNameLike && !tokens[k].isAllCaps ? k : nil
    }

    /// Compounds whose last word is also a place prefix (`yêu cầu`, `bà xã`).
    static let prefixCompounds = PhraseSet(list: "prefix-compounds")

    /// A word that names nothing is skipped (`Ông Xi Jinping`: after a form of address a word that is
    /// otherwise no name starts one); in English an adjective before a body's name belongs to it.
    func notEntity(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        let token = c.tokens[c.i]
        guard hit.category.contains(.notEntity),
              // (`Mr French said`: in English whatever follows a form of address is a name.)
              !(c.i == c.honorificEnd && !token.isAllCaps && hit.match.length == 1 && (hit.nextIsName || !vietnamese))
        else { return false }
        if !vietnamese, token.isCapitalized, hit.nextIsName, adjectiveOpensBody(&c, hit) { return true }
        if vietnamese, token.isCapitalized, hit.nextIsName, namesAMedium(&c, hit) { return true }
        c.i = hit.end
        return true
    }

    /// National adjectives that may open a medium's name (only these: `kênh YouTube X` is a platform's).
    static let mediumAdjectives = KeySet(words: ["thai", "british", "american", "english", "french", "german",
                                                 "japanese", "chinese", "korean", "indian", "italian", "spanish",
                                                 "russian", "australian", "irish", "scottish", "welsh", "swiss"])

    /// `tờ Thai Rath`: after a word for a medium, a national adjective opening the capitalised words is the
    /// first word of the medium's name.
    private func namesAMedium(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        guard c.i > 0, SpeakerResolver.mediumCues.contains(c.tokens[c.i - 1].key), !c.tokens[c.i - 1].isCapitalized
                || c.tokens[c.i - 1].sentenceStart, hit.match.length == 1, Self.mediumAdjectives.contains(c.tokens[c.i].key)
        else { return false }
        addBody(&c, to: capitalisedRun(c.tokens, from: hit.end).upperBound)
        return true
    }

    /// Adds the words from `c.i` to `end` as a body's name (a head word's clue settles its kind).
    private func addBody(_ c: inout ScanContext, to end: Int) {
        var mention = c.mention(c.i, end, nil, clues: c.clues(at: c.i))
        mention.clues.insert(.hasOrgHead)
        c.add(mention, next: end)
    }

    /// `Welsh Rugby Union`, `British Antarctic Survey`: the adjective belongs to the body's name;
    /// `Southern Water`, `British Steel`: a regional or national adjective before one capitalised word
    /// that is nothing known on its own names a company.
    private func adjectiveOpensBody(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        let token = c.tokens[c.i], end = hit.end, tokens = c.tokens
        let chunk = capitalisedRun(tokens, from: end)
        let opensBody = hasOrgHead(tokens, chunk)
            && gazetteer.match(tokens, at: end, [.place, .organization, .title]) == nil
        let namesCompany = !opensBody && hit.match.length == 1 && Self.nameAdjectives.contains(token.key)
            && chunk.count == 1 && tokens[chunk.lowerBound].isCapitalized && !tokens[chunk.lowerBound].isAllCaps
            && gazetteer.match(tokens, at: end, [.place, .organization, .title, .notEntity, .eventWord, .givenName,
                                                 .placeSuffix, .stopword, .orgCue]) == nil
        guard opensBody || namesCompany else { return false }
        addBody(&c, to: chunk.upperBound)
        return true
    }
}
