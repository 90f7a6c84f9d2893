import TextKit

/// `Transport Secretary Mark Harper`, `Constitutional Affairs Minister Chris Leslie`, `Economic and Fiscal
/// Policy Minister Heizo Takenaka`, `Culture, Media and Sport Secretary Tessa Jowell`: capitalised words
/// before a capitalised title name the office's field, part of the title and no entity. One word is
/// taken before any capitalised title; longer fields (English, up to three words a part, parts joined by
/// `and`, `&` or a comma) only before a title with a name after it, and not when a given name opens them
/// or a title or form of address stands before them (`Ms Jamieson and First Minister Jack McConnell`), nor
/// a body's name (`Home Office Minister`).
extension EntityRecognizer {
    /// How many parts a field may have (`Culture, Media and Sport`).
    static let fieldParts = 3
    static let fieldPartWords = 3

    /// The end of the title a field run (`chunk`, a candidate) qualifies, if it is one.
    func titleAfterField(_ c: ScanContext, _ chunk: Range<Int>, _ clues: Mention.Clues) -> Int? {
        let tokens = c.tokens
        func capitalisedTitle(at j: Int) -> Int? {
            guard j < tokens.count, tokens[j].isCapitalized, let title = gazetteer.match(tokens, at: j, [.title]) else {
                return nil
            }
            return j + title.length
        }
        if chunk.count == 1, let end = capitalisedTitle(at: chunk.upperBound) { return end }
        // (Cheap tests first: most runs are followed by neither a capital nor a joiner.)
        let next = chunk.upperBound
        guard !vietnamese, next < tokens.count else { return nil }
        let goesOn = tokens[next].kind == .punct ? tokens[next].first == ","
            : tokens[next].isCapitalized || Self.coordinators.contains(tokens[next].key)
        guard goesOn, clues.isDisjoint(with: [.afterTitle, .afterHonorific]), isFieldPart(tokens, chunk) else {
            return nil
        }
        var j = chunk.upperBound
        for _ in 1..<Self.fieldParts {
            guard j + 1 < tokens.count, tokens[j].kind == .punct ? tokens[j].first == "," : Self.coordinators.contains(tokens[j].key),
                  tokens[j + 1].isNameLike, capitalisedTitle(at: j + 1) == nil else { break }
            let part = capitalisedRun(tokens, from: j + 1)
            guard isFieldPart(tokens, part) else { return nil }
            j = part.upperBound
        }
        guard let end = capitalisedTitle(at: j), end < tokens.count, tokens[end].isNameLike else { return nil }
        return end
    }

    /// Up to three capitalised words, none in capitals (`NHS`), the first no given name, and with no body's
    /// head that is not a government field (`Home Office Minister`: the department is an organisation;
    /// `Media and Sport Secretary`: a field).
    private func isFieldPart(_ tokens: [Token], _ part: Range<Int>) -> Bool {
        part.count <= Self.fieldPartWords && tokens[part].allSatisfy { $0.kind == .word && !$0.isAllCaps }
            && !part.contains { gazetteer.categories(tokens, at: $0).contains(.orgHead) && !Self.governmentFields.contains(tokens[$0].key) }
            && !gazetteer.categories(tokens, at: part.lowerBound).contains(.givenName)
    }
}
