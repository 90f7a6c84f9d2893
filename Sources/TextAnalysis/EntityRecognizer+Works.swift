import ArticleModel

/// English titles of works (films, songs, albums, games, books, programmes): written in Title Case, they
/// look like names, but name nothing the article counts (`Mention.Clues.noEntity`, which also covers their
/// repeats elsewhere in the article).
extension EntityRecognizer {
    /// Lowercase words a title in Title Case keeps small (`Call of Duty`, `Breakfast with Frost`).
    static let titleSmallWords = KeySet(list: "title-small-words")
    /// Nouns for an actor's part (`Vera Drake star Imelda Staunton`).
    static let stars = KeySet(list: "star-words")
    static let forWord = Tokenizer.key(of: "for".unicodeScalars[...])
    /// Words between `the` and a work's title (`the third Harry Potter film`).
    static let ordinals = KeySet(list: "work-ordinals")
    /// The words before a `.determinedWorkCue` noun (not `next`, `last`: `will next play Roger Federer`).
    static let workDeterminers = KeySet(list: "work-determiners")

    /// `"Call of Duty"`, `'Know My Name'`: a quotation of two words or more that holds only words in Title
    /// Case (small words in lowercase) is a title or a term, not a name (a quoted sentence has lowercase
    /// words). The index of its closing mark, or nil. `start` is its first word, right after the opening mark.
    func quotedTitleEnd(_ tokens: [Token], from start: Int) -> Int? {
        guard start > 0, start < tokens.count, tokens[start].isNameLike else { return nil }
        let open = tokens[start - 1]
        // (A mark glued to the word before it closes something: `'s`, `Thomas'`.)
        guard open.kind == .punct, QuoteMarks.canOpen(open.first),
              start < 2 || tokens[start - 2].end < open.start || tokens[start - 2].kind == .punct else { return nil }
        var j = start
        let limit = min(tokens.count, start + 12)
        while j < limit {
            let token = tokens[j]
            switch token.kind {
            case .word:
                if !Self.startsUpper(token), !Self.titleSmallWords.contains(token.key) { return nil }
            case .number, .possessive:
                break
            case .punct:
                // (One quoted word is as often a nickname, `Ahmed 'Mido' Hossam`, or a name held at arm's length.)
                if QuoteMarks.closes(token.first, open.first), j > start + 1, tokens[j - 1].end == token.start {
                    // (A single mark must end the word: `'Don't'` has one inside.)
                    let ends = j + 1 >= tokens.count || tokens[j + 1].start > token.end || tokens[j + 1].kind == .punct
                    return ends ? j : nil
                }
                guard token.first.isOne(of: ":-&!?,.") || token.first == "\u{2013}" else { return nil }
            }
            j += 1
        }
        return nil
    }

    /// A quoted title (`quotedTitleEnd`) that starts with words the gazetteer knows (`"London Calling"`):
    /// the known words are part of the title, unless they are the whole quotation (`"Tories"`).
    func quotedTitleAtKnown(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        guard hit.nextIsName || c.tokens[c.i].isNameLike, let close = quotedTitleEnd(c.tokens, from: c.i),
              close > hit.end else { return false }
        c.add(c.mention(c.i, close, nil, clues: [.noEntity]), next: close)
        return true
    }

    /// A run of capitalised words that a quoted title (`quotedTitleEnd`) starts with: a title or a term, no
    /// name, nor are its repeats. In Vietnamese text only a quotation with no Vietnamese letter, a foreign
    /// term or title (`nhóm "Big Six"`): a quoted nickname of a person has its marks (`"Zico Thái"`).
    func quotedTitle(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        guard let close = quotedTitleEnd(c.tokens, from: c.i),
              !vietnamese || c.block.hasNoVietnameseLetter(c.i..<close) else { return false }
        c.add(c.mention(c.i, close, nil, clues: [.noEntity]), next: close)
        return true
    }

    /// Small words a title runs on over without quotation marks (`Lord of the Rings`, `Pride and
    /// Prejudice`), but not the prepositions that go on with the sentence (`the film X in London`, `his song
    /// X with Y`).
    static let titleJoiners = KeySet(list: "title-joiners")

    /// Where a title in Title Case that starts at `start` ends: over capitalised words, numbers and
    /// possessives, and small words (`titleJoiners`) between capitalised words, but not before a given name
    /// (`his song Here We Go Again | with Norah Jones`).
    func titleCaseEnd(_ tokens: [Token], from start: Int) -> Int {
        var end = start, j = start
        let limit = min(tokens.count, start + 12)
        while j < limit {
            let token = tokens[j]
            if Self.startsUpper(token) || token.kind == .number {
                j += 1
                end = j
            } else if token.kind == .possessive
                        || token.kind == .word && !token.isCapitalized && Self.titleJoiners.contains(token.key)
                        && j + 1 < limit && !gazetteer.categories(tokens, at: j + 1).contains(.givenName) {
                j += 1
            } else {
                break
            }
        }
        return max(end, start + 1)
    }

    /// Whether the word at `j` is a noun for a work that may introduce a title: one of `work-cues.txt`, or
    /// of `determined-work-cues.txt` after a determiner or a possessive.
    func isWorkCue(_ tokens: [Token], at j: Int) -> Bool {
        guard j < tokens.count, tokens[j].kind == .word, !tokens[j].isAllCaps else { return false }
        if gazetteer.categories(tokens, at: j).contains(.determinedWorkCue) {
            // (Before a colon the word is a noun: `the report: X`.)
            if j + 1 < tokens.count, tokens[j + 1].kind == .punct, tokens[j + 1].first == ":" { return true }
            return j > 0 && (tokens[j - 1].kind == .possessive
                             || tokens[j - 1].kind == .word && !tokens[j - 1].isNameLike
                                && Self.workDeterminers.contains(tokens[j - 1].key))
        }
        return gazetteer.match(tokens, at: j, [.workCue]) != nil
    }

    /// `the Harry Potter series`, `Radio 4's Today programme`, `the Carry On films`: a run of capitalised
    /// words right before a lowercase noun for a work is that work's title, not a name, unless it is a
    /// person's (a title or form of address before it, or a given name first: `a Spike Lee film`), or a
    /// place's or a body's (`West End show`, `Channel 4 programme`).
    ///
    /// `Vera Drake star Imelda Staunton`, `Ray star Jamie Foxx`: before `star` and a name, a run of two or
    /// more words or a given name is a work's title (one other word is as often a band's name: `Westlife
    /// star Brian McFadden`, read as a body).
    func namesWorkBefore(_ tokens: [Token], _ chunk: Range<Int>, clues: Mention.Clues) -> Bool {
        let after = chunk.upperBound
        guard !vietnamese, after < tokens.count, !tokens[after].isCapitalized,
              clues.isDisjoint(with: [.afterTitle, .afterHonorific, .placeSuffix, .hasOrgHead, .afterLocative]) else {
            return false
        }
        let givenName = gazetteer.categories(tokens, at: chunk.lowerBound).contains(.givenName)
        if Self.stars.contains(tokens[after].key), after + 1 < tokens.count, tokens[after + 1].isNameLike {
            return chunk.count >= 2 || givenName
        }
        // (`the Harry Potter series`, `the third Harry Potter film`, `his Harry Potter film co-star`: after
        // `the` or a possessive, even a given name opens a title; `a Spike Lee film` is the director's.)
        let first = chunk.lowerBound
        let afterThe = first > 0 && (tokens[first - 1].key == Self.the || Self.possessiveDeterminers.contains(tokens[first - 1].key))
            && !tokens[first - 1].isCapitalized
            || first > 1 && Self.ordinals.contains(tokens[first - 1].key) && tokens[first - 2].key == Self.the
        guard !givenName || afterThe && chunk.count >= 2 else { return false }
        // (Not a cue that is also a verb, `.determinedWorkCue`: `Nielsen figures show`, `Mourinho hit out`.)
        return tokens[after].kind == .word && gazetteer.match(tokens, at: after, [.workCue]) != nil
    }
}

extension EntityRecognizer {
    static let and = Tokenizer.key(of: "and".unicodeScalars[...])
    static let possessiveDeterminers = KeySet(words: ["his", "her", "their", "its", "my", "our", "your"])

    /// `Harry Potter and the Prisoner of Azkaban`, `Harry Potter and The Half-Blood Prince`: two capitalised
    /// words with no title before them, `and the`, then a Title Case phrase of two capitalised words or more
    /// joined by `of`, that opens with no title (`Tony Blair and the Prince of Wales` are two people) and ends
    /// at a mark, or holds an `Of` written in capitals (`The Prisoner Of Azkaban`, as no name writes it), is a
    /// work's title: no name, nor are its words elsewhere in the article.
    func titleJoinedByAndThe(_ c: inout ScanContext, _ run: NameRun) -> Bool {
        let tokens = c.tokens, end = run.chunk.upperBound
        guard run.chunk.count >= 2, !run.titled, end + 3 < c.n, tokens[end].key == Self.and, !tokens[end].isCapitalized,
              tokens[end + 1].key == Self.the else { return false }
        let start = end + 2
        guard tokens[start].kind == .word, Self.startsUpper(tokens[start]),
              gazetteer.match(tokens, at: start, [.title, .honorific, .place, .organization, .orgHead]) == nil else {
            return false
        }
        var j = start
        var capitals = 0
        var last = j
        var of = false
        var capitalOf = false
        while j < c.n, j < end + 12, tokens[j].kind == .word || tokens[j].kind == .possessive {
            if tokens[j].kind == .word, Self.startsUpper(tokens[j]) {
                capitals += 1
                last = j
            } else if tokens[j].kind == .word, !Self.titleSmallWords.contains(tokens[j].key) {
                break
            }
            if tokens[j].key == Self.of {
                of = true
                if tokens[j].isCapitalized { capitalOf = true }
            }
            j += 1
        }
        // (`Simon Cowell and the Pop Idol judges`: a phrase that goes on in lowercase qualifies a noun; `Iggy
        // Pop and the Stooges`, `Mavis Staples and the Staple Singers`: a band's name has no `of`.)
        guard capitals >= 2, of, capitalOf || last + 1 >= c.n || tokens[last + 1].kind == .punct else { return false }
        var mention = c.mention(run.chunk.lowerBound, last + 1, nil, clues: [])
        markWorkTitle(&c, &mention)
        c.add(mention, next: last + 1)
        return true
    }

    /// Marks `mention` as a work's title, and the capitalised runs joined to it by a title's small words
    /// before it (`Breakfast with | Frost programme`, `World at | One`).
    ///
    /// One word alone (`Gervais sitcom`, `Today programme`) may be a person's surname: it is only marked
    /// (`Mention.Clues.beforeWork`), and the classifier drops it unless it is a word of a person's name.
    func markWorkTitle(_ c: inout ScanContext, _ mention: inout Mention) {
        mention.clues.insert(mention.length == 1 ? .beforeWork : .noEntity)
        var first = mention.first
        var k = c.mentions.count - 1
        while k >= 0, c.mentions[k].kind == nil, c.mentions[k].end == first - 1,
              !c.tokens[first - 1].isNameLike, Self.titleSmallWords.contains(c.tokens[first - 1].key) {
            c.mentions[k].clues.insert(.noEntity)
            first = c.mentions[k].first
            k -= 1
        }
    }
}

extension EntityRecognizer {
    /// A word that starts with a capital, even with a lowercase part (`Can't`, `Don't` in a title).
    static func startsUpper(_ token: Token) -> Bool {
        token.kind == .word && CharTable.isUppercase(token.first)
    }

    /// `a tribute, On the Transmigration of Souls,`, `best song for You Don't Know My Name`: mid-sentence, a
    /// capitalised function word (`stopwords.txt`, but `The`, which `titleWithThe` reads) before more words
    /// in Title Case opens a work's title.
    func functionWordOpensTitle(_ c: inout ScanContext, _ hit: GazetteerHit) -> Bool {
        let token = c.tokens[c.i]
        guard !vietnamese, hit.match.length == 1, hit.category.contains(.stopword), token.isCapitalized, !token.isAllCaps,
              !token.sentenceStart, token.key != Self.the,
              hit.category.isDisjoint(with: [.place, .organization, .title, .honorific]),
              !gazetteer.categories(c.tokens, at: c.i).contains(.givenName) else { return false }  // (`Will Greenwood`)
        let end = titleCaseEnd(c.tokens, from: c.i)
        // (`by 3.4% In the US`, a full stop lost: a known name after it is that name; `A Troncon`: a letter
        // before one word is an initial.)
        guard end > c.i + 1, token.end - token.start > 1 || end > c.i + 2,
              let name = (c.i + 1..<end).first(where: { c.tokens[$0].isNameLike }),
              gazetteer.match(c.tokens, at: name, [.place, .organization]) == nil else { return false }
        c.add(c.mention(c.i, end, nil, clues: [.noEntity]), next: end)
        return true
    }
}

extension EntityRecognizer {
    /// `Clint Eastwood's Million Dollar Baby`, `Sam Mendes' Jarhead Days`: two or more capitalised words
    /// after a person's possessive (a name of two words or more that is no body's or place's, or opened by
    /// a given name, or after a title or a form of address) are that person's work, unless a given name, a
    /// head or a place word makes them a name (`Blair's Gordon Brown`, `Branson's Virgin Group`).
    func namesWorkAfterPossessor(_ c: ScanContext, _ chunk: Range<Int>, clues: Mention.Clues) -> Bool {
        let i = chunk.lowerBound, tokens = c.tokens
        guard !vietnamese, chunk.count >= 2, i >= 2, let owner = c.mentions.last, owner.end == i - 1,
              owner.kind == nil || owner.kind == .person,
              owner.clues.isDisjoint(with: [.hasOrgHead, .placeSuffix, .acronym, .afterOrgCue]),  // (`Fabian Society's`)
              owner.length >= 2 || !owner.clues.isDisjoint(with: [.givenName, .afterTitle, .afterHonorific]),
              tokens[i - 1].kind == .possessive
                || tokens[i - 1].kind == .punct && (tokens[i - 1].first == "'" || tokens[i - 1].first == "\u{2019}"),
              clues.isDisjoint(with: [.hasOrgHead, .placeSuffix, .afterTitle, .afterHonorific, .acronym]),
              !gazetteer.categories(tokens, at: i).contains(.givenName) else { return false }
        return true
    }
}

extension EntityRecognizer {
    /// Whether a title in Title Case from `start` is closed by a comma or a full stop (an apposition:
    /// `his latest album, Hopes and Fears, went`).
    func commaClosesTitle(_ tokens: [Token], from start: Int) -> Bool {
        guard start < tokens.count, tokens[start].isNameLike else { return false }
        let end = titleCaseEnd(tokens, from: start)
        return end < tokens.count && tokens[end].kind == .punct && (tokens[end].first == "," || tokens[end].first == ".")
    }
}
