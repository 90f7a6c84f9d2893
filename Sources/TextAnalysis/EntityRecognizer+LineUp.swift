import ArticleModel

/// A team's line-up: a paragraph that names a team and then its players.
extension EntityRecognizer {
    /// Fewer players than this is a list of something else (a line-up has eleven).
    static let lineUpMinimum = 10

    /// `ATLETICO (4-3-2-1): Oblak, Trippier, Savic (Felipe 87), ...`, `CLB Hà Nội: Tấn Trường, Văn Kiên, ...`:
    /// a paragraph that opens with a team's name (capitalised words, a formation in parentheses after it
    /// optional), then a colon (or the formation alone) and ten or more names set off by commas or
    /// semicolons, each perhaps with a mark (`Rulli 6`) and its substitute in parentheses (`(Gaspar 70, 6)`),
    /// is a line-up: the team is an organisation, every name a person's, whatever the words mean elsewhere
    /// (a player called `Rico` or `Mir`). Not a line-up when two names or more are known places or bodies
    /// (a list of provinces after a region's name). The mentions, or nil.
    func lineUpNames(_ block: BlockText) -> [Mention]? {
        if let sheet = teamSheet(block) { return sheet }
        if let bench = benchNames(block) { return bench }
        if let fixture = fixtureNames(block) { return fixture }
        let tokens = block.tokens, n = tokens.count
        var j = 0
        while j < n, j < 6, tokens[j].isNameLike { j += 1 }
        guard j > 0, j < n, tokens[j].kind == .punct else { return nil }
        let team = Mention(block: block.index, first: 0, end: j, kind: .organization, clues: [.lineUp, .hasOrgHead])
        var formation = false
        if tokens[j].first == "(", let close = formationEnd(tokens, from: j + 1) {
            formation = true
            j = close + 1
        }
        if j < n, tokens[j].kind == .punct, tokens[j].first == ":" {
            j += 1
        } else if !formation {
            return nil
        }
        guard let players = playerList(block, from: j), players.count >= Self.lineUpMinimum else { return nil }
        return [team] + players
    }

    /// Fewer names than this is no team sheet (a rugby bench has seven).
    static let teamSheetMinimum = 5

    /// `G Thomas (capt); H Luscombe, T Shanklin, ...`, `R McBryde, J Yapp, I Gough, ...`: a paragraph that is
    /// nothing but five or more names set off by commas or semicolons, most of them an initial (one or two
    /// capitals) and a surname, is a team sheet whose team's name stands elsewhere: every name a person's.
    /// (A list of firms or places has no initials; two known places or bodies among the names is no sheet.)
    /// So is one of surnames alone when it has a line-up's eleven names or more and a substitute in
    /// parentheses (`Halliwell, Mensing, ..., Sheridan (Burns 61), ...`), which no other list has.
    private func teamSheet(_ block: BlockText) -> [Mention]? {
        let tokens = block.tokens, n = tokens.count
        guard n > 0, Self.isInitial(tokens[0]) || tokens[0].isNameLike else { return nil }
        guard let players = playerList(block, from: 0) else { return nil }
        let initials = players.filter { Self.isInitial(tokens[$0.first]) && $0.length >= 2 }.count
        if Self.isInitial(tokens[0]), players.count >= Self.teamSheetMinimum, initials * 3 >= players.count * 2 {
            return players
        }
        // (`(Burns 61)`: a name and the minute; `Yann Delaigue (Castres)` is a squad's player and club.)
        let substitute = tokens.indices.contains { k in
            tokens[k].kind == .punct && tokens[k].first == "(" && k + 3 < n && tokens[k + 1].isNameLike
                && tokens[k + 2].kind == .number && tokens[k + 3].kind == .punct && tokens[k + 3].first == ")"
        }
        return players.count >= Self.lineUpMinimum + 1 && substitute ? players : nil
    }

    /// Words that label a team's substitutes (`Dự bị:`, `Substitutes:`, `Replacements:`).
    static let benchLabels: [[UInt64]] = [["dự", "bị"], ["substitutes"], ["subs"], ["replacements"], ["bench"],
                                          ["cầu", "thủ", "dự", "bị"]]
        .map { $0.map { Tokenizer.key(of: $0.unicodeScalars[...]) } }
    static let benchFirstWords = KeySet(benchLabels.map { $0[0] })

    /// `Dự bị: Casilla, Koch, Poveda-Ocampo, ...`, `Replacements: Cockbain, Jones, ...`: a paragraph that
    /// opens with a word for a team's substitutes and a colon, then five or more names set off by commas,
    /// is a bench: every name a person's (two known places or bodies among them is no bench).
    private func benchNames(_ block: BlockText) -> [Mention]? {
        let tokens = block.tokens, n = tokens.count
        guard n > 0, Self.benchFirstWords.contains(tokens[0].key),
              let label = Self.benchLabels.first(where: { words in
            words.count < n && words.indices.allSatisfy { tokens[$0].kind == .word && tokens[$0].key == words[$0] }
        }), tokens[0].isCapitalized || tokens[0].isAllCaps, tokens[label.count].kind == .punct,
              tokens[label.count].first == ":" else { return nil }
        guard let players = playerList(block, from: label.count + 1), players.count >= Self.teamSheetMinimum else {
            return nil
        }
        return players
    }

    static let fixtureWords = KeySet(words: ["v", "vs", "or"])

    /// `Reading or Swansea v Leicester or Blackpool`, `Nottm Forest v Peterborough`: a paragraph that is
    /// nothing but teams' names joined by `v` (once) and `or` is a fixture: every name a team's, an
    /// organisation, whatever its words mean elsewhere (a club named after its town); a country's name
    /// stays the place, as national sides are counted.
    private func fixtureNames(_ block: BlockText) -> [Mention]? {
        let tokens = block.tokens, n = tokens.count
        guard !vietnamese, n >= 3, n <= 16 else { return nil }
        var teams: [Mention] = []
        var versus = 0
        var j = 0
        while j < n {
            var end = j
            while end < n, tokens[end].isNameLike { end += 1 }
            guard end > j else { return nil }
            // (A national side is written as its country, and counted as the place, as a line-up's is not.)
            let country = gazetteer.match(tokens, at: j, [.place, .city]).map { $0.length == end - j && !$0.category.contains(.city) } ?? false
            teams.append(Mention(block: block.index, first: j, end: end, kind: country ? .place : .organization,
                                 clues: [.lineUp, .hasOrgHead]))
            if end == n || end + 1 == n && tokens[end].kind == .punct && tokens[end].first == "." { break }
            guard tokens[end].kind == .word, !tokens[end].isCapitalized, Self.fixtureWords.contains(tokens[end].key)
            else { return nil }
            if tokens[end].key != Self.orWord { versus += 1 }
            j = end + 1
        }
        return versus == 1 ? teams : nil
    }

    static let orWord = Tokenizer.key(of: "or".unicodeScalars[...])

    /// A one- or two-capital word standing for a given name (`G`, `CA`).
    private static func isInitial(_ token: Token) -> Bool {
        token.kind == .word && token.end - token.start <= 2 && (token.isCapitalized || token.isAllCaps)
    }

    /// After a formation's `(`: digits and dashes up to `)`, whose index it returns.
    private func formationEnd(_ tokens: [Token], from start: Int) -> Int? {
        var j = start
        while j < tokens.count, j < start + 9 {
            let token = tokens[j]
            if token.kind == .punct, token.first == ")" { return j > start ? j : nil }
            guard token.kind == .number || token.kind == .punct && Self.dashes.contains(token.first) else { return nil }
            j += 1
        }
        return nil
    }

    /// The players listed from token `start` to the paragraph's end (`lineUpItem` each, set off by commas
    /// or semicolons), or nil when one is no such item or two names or more are known places or bodies.
    private func playerList(_ block: BlockText, from start: Int) -> [Mention]? {
        let n = block.tokens.count
        var players: [Mention] = []
        var known = 0
        var j = start
        while j < n {
            guard let item = lineUpItem(block, from: j, into: &players, known: &known) else { return nil }
            j = item
            if j < n { j += 1 }  // the comma or semicolon
        }
        return known < 2 ? players : nil
    }

    /// One player of a line-up from `start`: a name, maybe a mark, maybe a substitute in parentheses, up to
    /// a comma, a semicolon or the paragraph's end (whose index it returns); nil when it is no such item.
    private func lineUpItem(_ block: BlockText, from start: Int, into players: inout [Mention], known: inout Int) -> Int? {
        let tokens = block.tokens, n = tokens.count
        guard let name = playerNameEnd(tokens, from: start) else { return nil }
        players.append(Mention(block: block.index, first: start, end: name, kind: .person, clues: .lineUp))
        if gazetteer.match(tokens, at: start, [.place, .organization])?.length == name - start { known += 1 }
        var j = name
        var depth = 0
        while j < n {
            let token = tokens[j]
            // (A full stop ends the last player only: `Fagan.`)
            if token.kind == .punct, depth == 0,
               token.first == "," || token.first == ";" || token.first == "." && j + 1 == n {
                return j
            }
            if token.kind == .punct, token.first == "(" {
                depth += 1
                j += 1
                // The substitute who came on for the player.
                if let sub = playerNameEnd(tokens, from: j) {
                    players.append(Mention(block: block.index, first: j, end: sub, kind: .person, clues: .lineUp))
                    j = sub
                }
                continue
            }
            if token.kind == .punct, token.first == ")" {
                guard depth > 0 else { return nil }
                depth -= 1
            } else if token.isNameLike {
                return nil  // a second name with no comma: a sentence, no list
            }
            j += 1
        }
        return depth == 0 ? j : nil
    }

    /// The end of a player's name from `start`: capitalised words, with a lowercase particle between
    /// two of them (`Lodi dos Santos`).
    private func playerNameEnd(_ tokens: [Token], from start: Int) -> Int? {
        var j = start
        while j < tokens.count {
            if tokens[j].isNameLike {
                j += 1
            } else if j > start, tokens[j].kind == .word, j + 1 < tokens.count, tokens[j + 1].isNameLike,
                      gazetteer.match(tokens, at: j, [.nameParticle]) != nil {
                j += 2
            } else {
                break
            }
        }
        return j > start ? j : nil
    }
}
