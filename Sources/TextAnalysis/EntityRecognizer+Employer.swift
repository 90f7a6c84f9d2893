/// `Richard Yamarone of Argus Research`, `said Ken Mayland at Clearview Economics`: in English a name
/// after `of` or `at` right after a person's full name is where the person works, a body, not a second
/// person (which two capitalised words would otherwise be). Not a place's name (`Tim Lane at Stamford
/// Bridge`, a place word), a name opening with a given name (`Jane Hale of John Lewis` is left as it is),
/// nor a possessive (`said Alex McLeish of Novo's punishment`).
extension EntityRecognizer {
    static let employerWords = KeySet(words: ["of", "at"])
    /// Clues that make a run of two or more words no person's full name.
    static let bodyClues: Mention.Clues = [.hasOrgHead, .acronym, .afterOrgCue, .placeSuffix, .beforeRole,
                                           .afterLocative, .afterPlacePrefix, .noEntity]

    /// Marks the name after `of` or `at` at `c.i` as an organisation's when a person's full name ends
    /// right before it.
    /// (The token tests inlined: asked at every lowercase English word, and most have no name after them.)
    @inline(__always)
    func markEmployer(_ c: inout ScanContext) {
        let i = c.i
        guard !vietnamese, i + 1 < c.n, c.tokens[i + 1].isNameLike, !c.tokens[i + 1].isAllCaps else { return }
        markEmployerBeforeName(&c)
    }

    private func markEmployerBeforeName(_ c: inout ScanContext) {
        let i = c.i, tokens = c.tokens
        guard !tokens[i].isCapitalized, Self.employerWords.contains(tokens[i].key),
              let last = c.mentions.last, last.end == i,
              last.length >= 2, last.kind == .person || last.kind == nil && last.clues.isDisjoint(with: Self.bodyClues),
              !gazetteer.categories(tokens, at: i + 1).contains(.givenName) else { return }
        var j = i + 1
        while j < c.n, tokens[j].isNameLike {
            if gazetteer.categories(tokens, at: j).contains(.placeSuffix) { return }
            j += 1
        }
        // (`said Alex McLeish of Novo's punishment`: `of` about something of someone's.)
        if j < c.n, tokens[j].kind == .possessive { return }
        c.orgCueEnd = i + 1
    }
}
