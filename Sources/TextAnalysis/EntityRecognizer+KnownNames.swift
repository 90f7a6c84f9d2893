import ArticleModel

/// A place or organisation the gazetteer knows: what it is here, and how far its name runs. The rules
/// are tried in order after the first has set the kind; the first that takes the words ends the mention
/// there, and a name no rule takes is the known words alone.
extension EntityRecognizer {
    /// A rule, named as the method `apply` runs for it (see `EntityRecognizer` on why a case, not a closure).
    enum KnownNameRule: Sendable {
        case personAfterAddress, teamAfterCue, regionalBranch, organizationRun, placeAndCompass, cityBeforeRole
        case clubOrCityWithSuffix, cityPlayingAMatch, joinedPlacesBody, bodyBusiness, eventOrStreet
        case companyAfterPlace
    }

    func apply(_ rule: KnownNameRule, _ c: inout ScanContext, _ hit: GazetteerHit, _ name: inout KnownName) -> Bool {
        switch rule {
        case .personAfterAddress: return personAfterAddress(&c, hit, &name)
        case .teamAfterCue: return teamAfterCue(&c, hit, &name)
        case .regionalBranch: return regionalBranch(&c, hit, &name)
        case .organizationRun: return organizationRun(&c, hit, &name)
        case .placeAndCompass: return placeAndCompass(&c, hit, &name)
        case .cityBeforeRole: return cityBeforeRole(&c, hit, &name)
        case .clubOrCityWithSuffix: return clubOrCityWithSuffix(&c, hit, &name)
        case .cityPlayingAMatch: return cityPlayingAMatch(&c, hit, &name)
        case .joinedPlacesBody: return joinedPlacesBody(&c, hit, &name)
        case .bodyBusiness: return bodyBusiness(&c, hit, &name)
        case .eventOrStreet: return eventOrStreet(&c, hit, &name)
        case .companyAfterPlace: return companyAfterPlace(&c, hit, &name)
        }
    }

    static let vietnameseKnownNameRules: [KnownNameRule] = [
        .personAfterAddress, .teamAfterCue, .regionalBranch, .organizationRun,
    ]
    static let englishKnownNameRules: [KnownNameRule] = [
        .placeAndCompass, .cityBeforeRole, .clubOrCityWithSuffix, .cityPlayingAMatch, .joinedPlacesBody,
        .regionalBranch, .bodyBusiness, .organizationRun, .eventOrStreet, .companyAfterPlace,
    ]

    func knownPlaceOrOrganization(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        let category = hit.category
        guard category.contains(.place) || category.contains(.organization),
              !startsPersonName(c.tokens, at: c.i, hit.match, afterTitle: c.i == c.titleEnd) else { return false }
        var known = KnownName(kind: category.contains(.organization) ? .organization : .place, clues: c.clues(at: c.i))
        let rules = vietnamese ? Self.vietnameseKnownNameRules : Self.englishKnownNameRules
        if rules.contains(where: { apply($0, &c, hit, &known) }) { return true }
        let (start, end) = (c.i, hit.end)
        c.add(c.mention(start, end, known.kind, clues: known.clues), next: end)
        if !vietnamese, known.kind == .place, continuesList(c.tokens, after: end) { c.locativeEnd = end + 1 }
        if start == c.titleEnd { c.titleEnd = end; c.placeAfterTitleEnd = end }  // Ngoại trưởng Nga | Sergei Lavrov
        return true
    }

    /// `ông Vinh`, `anh Đức`, `chị Thái Bình`: right after a form of address a place's name, with the
    /// capitalised words after it, is a person's (Vietnamese given names are often places' names too).
    func personAfterAddress(_ c: inout ScanContext, _ hit: GazetteerHit, _ known: inout KnownName) -> Bool {
        guard c.i == c.honorificEnd, known.kind == .place else { return false }
        let end = max(capitalisedRun(c.tokens, from: c.i).upperBound, hit.end)
        c.add(c.mention(c.i, end, .person, clues: known.clues), next: end)
        return true
    }

    /// `đội Nam Định`: a place after a team's cue is its club. (Sets the kind only.)
    func teamAfterCue(_ c: inout ScanContext, _ hit: GazetteerHit, _ known: inout KnownName) -> Bool {
        if known.kind == .place, afterTeamCue(c.tokens, at: c.i) { known.kind = .organization }
        return false
    }

    /// `Leeds manager Daniel Farke`: a city before a role and a name is its club. (Sets the kind only.)
    func cityBeforeRole(_ c: inout ScanContext, _ hit: GazetteerHit, _ known: inout KnownName) -> Bool {
        let tokens = c.tokens, end = hit.end
        if known.kind == .place, hit.category.contains(.city), end < c.n, tokens[end].kind == .word,
           !tokens[end].isCapitalized, let role = gazetteer.match(tokens, at: end, [.title]),
           end + role.length < c.n, tokens[end + role.length].isNameLike {
            known.kind = .organization
            known.clues.insert(.beforeRole)
        }
        return false
    }

    /// `Bristol City`, `Ipswich Town`: a club; `Kansas City`: a state's city.
    func clubOrCityWithSuffix(_ c: inout ScanContext, _ hit: GazetteerHit, _ known: inout KnownName) -> Bool {
        let tokens = c.tokens, end = hit.end
        guard known.kind == .place, end < c.n, isClubSuffix(tokens[end]), tokens[end].isCapitalized,
              end + 1 >= c.n || !tokens[end + 1].isNameLike else { return false }
        let club = hit.category.contains(.city)
        guard club || tokens[end].key == Self.cityWord else { return false }
        c.add(c.mention(c.i, end + 1, club ? .organization : .place), next: end + 1)
        return true
    }

    static let englishCompass = KeySet(words: ["north", "south", "east", "west", "central", "north-east",
                                               "north-west", "south-east", "south-west"])

    /// `Bristol South`, `Leeds Central`: a place and a compass word, with no name after it, is a place (a
    /// constituency, a district), not a firm or club named after the place.
    func placeAndCompass(_ c: inout ScanContext, _ hit: GazetteerHit, _ known: inout KnownName) -> Bool {
        let tokens = c.tokens, end = hit.end
        guard known.kind == .place, end < c.n, tokens[end].isCapitalized, Self.englishCompass.contains(tokens[end].key),
              end + 1 >= c.n || !tokens[end + 1].isNameLike else { return false }
        c.add(c.mention(c.i, end + 1, .place, clues: known.clues), next: end + 1)
        return true
    }

    /// `beat Leeds`, `Leeds drew`, `Leeds, who`: a city playing a match is its club; so is a city with a
    /// football report's cue (this mention only: a report's `in X` may still be the city). (Sets the kind.)
    func cityPlayingAMatch(_ c: inout ScanContext, _ hit: GazetteerHit, _ known: inout KnownName) -> Bool {
        if known.kind == .place, hit.category.contains(.city), playsMatch(c.tokens, c.i, hit.end) {
            known.kind = .organization
            known.clues.insert(.beforeRole)
        }
        if known.kind == .place, hit.category.contains(.city), !hit.nextIsName, footballClubCue(c.tokens, c.i, hit.end) {
            known.kind = .organization
        }
        return false
    }

    /// `England and Wales Cricket Board`: places joined into one body's name.
    func joinedPlacesBody(_ c: inout ScanContext, _ hit: GazetteerHit, _ known: inout KnownName) -> Bool {
        let tokens = c.tokens, end = hit.end
        guard known.kind == .place, end + 1 < c.n, Self.coordinators.contains(tokens[end].key),
              tokens[end + 1].isNameLike else { return false }
        let chunk = capitalisedRun(tokens, from: end + 1)
        guard hasOrgHead(tokens, chunk) else { return false }
        c.add(c.mention(c.i, chunk.upperBound, .organization), next: chunk.upperBound)
        return true
    }

    /// `BBC Wales`, `NHS Scotland`, `Facebook Việt Nam`: a known body's branch for a country or region.
    func regionalBranch(_ c: inout ScanContext, _ hit: GazetteerHit, _ known: inout KnownName) -> Bool {
        let end = hit.end
        guard known.kind == .organization, hit.nextIsName, let place = gazetteer.match(c.tokens, at: end, [.place]),
              end + place.length >= c.n || !c.tokens[end + place.length].isNameLike else { return false }
        c.add(c.mention(c.i, end + place.length, .organization), next: end + place.length)
        return true
    }

    /// `GE Aerospace`, `Google Cloud`: a known body's one-word name before one capitalised word that is
    /// nothing known on its own names one of its businesses.
    func bodyBusiness(_ c: inout ScanContext, _ hit: GazetteerHit, _ known: inout KnownName) -> Bool {
        let tokens = c.tokens, end = hit.end
        guard known.kind == .organization, hit.match.length == 1, hit.nextIsName, isUnknownNameWord(tokens, end),
              !tokens[end].sentenceStart, end + 1 >= c.n || !tokens[end + 1].isNameLike,
              titleOfWorkEnd(tokens, from: end) == nil,  // (`BBC | Match of the Day`)
              gazetteer.match(tokens, at: end, [.speechVerb, .timeWord]) == nil,
              dates.date(tokens, c.block.scalars, at: end) == nil else { return false }
        c.add(c.mention(c.i, end + 1, .organization), next: end + 1)
        return true
    }

    /// A known name followed by capitalised words with an organisation's head is that organisation's
    /// name (in Vietnamese only when it ends with a Latin head: `Masan Group`; or when such a head follows
    /// the known name at once, whatever comes after it: `PTGĐ FPT Telecom | Chu Hùng Thắng`).
    func organizationRun(_ c: inout ScanContext, _ hit: GazetteerHit, _ known: inout KnownName) -> Bool {
        guard hit.nextIsName else { return false }
        if vietnamese, known.kind == .organization, isSuffixHead(c.tokens, hit.end) {
            c.add(c.mention(c.i, hit.end + 1, .organization), next: hit.end + 1)
            if c.i == c.titleEnd { c.titleEnd = hit.end + 1 }
            return true
        }
        let chunk = capitalisedRun(c.tokens, from: c.i)
        guard chunk.upperBound > hit.end, !vietnamese || isSuffixHead(c.tokens, chunk.upperBound - 1),
              hasOrgHead(c.tokens, chunk) else { return false }
        c.add(c.mention(c.i, chunk.upperBound, .organization), next: chunk.upperBound)
        return true
    }

    /// `US Open`, `London Marathon`: a place inside an event's name is no mention of its own; `London
    /// Road`, `Oxford Street`: a place's name with a place word after it is one place.
    func eventOrStreet(_ c: inout ScanContext, _ hit: GazetteerHit, _ known: inout KnownName) -> Bool {
        let end = hit.end
        guard known.kind == .place, hit.nextIsName, !c.tokens[end].sentenceStart else { return false }
        let chunk = capitalisedRun(c.tokens, from: end)
        let last = gazetteer.categories(c.tokens, at: chunk.upperBound - 1)
        if last.contains(.eventWord) {
            c.i = chunk.upperBound
            return true
        }
        guard last.contains(.placeSuffix), !hasOrgHead(c.tokens, chunk) else { return false }
        c.add(c.mention(c.i, chunk.upperBound, .place, clues: known.clues), next: chunk.upperBound)
        return true
    }

    /// `Tokyo Electric`, `Boston Dynamics`: a place before capitalised words that are nothing known on
    /// their own starts another name, most often a company's.
    func companyAfterPlace(_ c: inout ScanContext, _ hit: GazetteerHit, _ known: inout KnownName) -> Bool {
        let tokens = c.tokens, end = hit.end
        guard known.kind == .place, hit.nextIsName, !tokens[end].sentenceStart else { return false }
        let chunk = capitalisedRun(tokens, from: end)
        guard chunk.allSatisfy({ isUnknownNameWord(tokens, $0) }),
              gazetteer.match(tokens, at: end, [.place, .organization, .title]) == nil,
              dates.date(tokens, c.block.scalars, at: end) == nil else { return false }
        var mention = c.mention(c.i, chunk.upperBound, nil, clues: known.clues)
        mention.clues.insert(.hasOrgHead)
        c.add(mention, next: chunk.upperBound)
        return true
    }
}
