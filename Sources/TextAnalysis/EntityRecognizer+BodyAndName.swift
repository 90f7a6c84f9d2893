import ArticleModel

/// Where an English body's name ends and a person's begins, when the two are written together.
extension EntityRecognizer {
    /// `Environmental Audit Committee | Peter Ainsworth`: an English body's head word, then a given name
    /// and another capitalised word that is no head: a person's full name starts after the body.
    func isFullNameAfterBody(_ tokens: [Token], at j: Int) -> Bool {
        guard j > 0, j + 1 < tokens.count, tokens[j - 1].kind == .word, tokens[j + 1].isCapitalized,
              !tokens[j + 1].isAllCaps else { return false }
        return gazetteer.categories(tokens, at: j).contains(.givenName)
            && gazetteer.categories(tokens, at: j - 1).contains(.orgHead)
            && gazetteer.categories(tokens, at: j + 1).isDisjoint(with: [.orgHead, .placeSuffix, .eventWord])
    }
}
