import ArticleModel

/// The terms an article is found by: folded words of its title and body (also kept in order, for
/// phrases), and field terms for its speakers (`speaker:lavrov`), entities (`entity:nato`) and source
/// (`source:to`), each with a count.
public enum SearchTerms {
    /// Title words count this many times over, so that an article about a word ranks above one that
    /// mentions it in passing.
    static let titleWeight = 3

    public static func of(_ article: Article) -> ArticleTerms {
        // About one word in six bytes of text, half of them distinct.
        let bytes = article.blocks.reduce(article.title.utf8.count) { $0 + $1.text.utf8.count }
        var terms = ArticleTerms(expectedWords: bytes / 6 + 8)
        let folder = WordFolder()
        folder.forEachWord(in: article.title) { terms.add($0, weight: titleWeight, isWord: true) }
        for block in article.blocks {
            folder.forEachWord(in: block.text) { terms.add($0, isWord: true) }
        }
        for quote in article.analysis.quotes where quote.named {
            folder.forEachWord(in: quote.speaker ?? "") { terms.add("speaker:" + $0, isWord: false) }
        }
        for entity in article.analysis.entities {
            folder.forEachWord(in: entity.canonical) { terms.add("entity:" + $0, isWord: false) }
            if entity.canonical != entity.text {
                folder.forEachWord(in: entity.text) { terms.add("entity:" + $0, isWord: false) }
            }
        }
        folder.forEachWord(in: article.source ?? "") { terms.add("source:" + $0, isWord: false) }
        terms.seal()
        return terms
    }

    /// Words of already folded text: runs of letters and digits; each CJK character is a word of its own,
    /// since CJK text has no spaces between words.
    public static func words(_ folded: String) -> [String] {
        var result: [String] = []
        let scalars = folded.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            switch WordCharacters.kind(of: scalar) {
            case .letter:
                if start == nil { start = index }
            case .mark:
                break  // part of the word it follows (or of nothing)
            case .ideograph:
                if let begin = start { result.append(String(folded[begin..<index])) }
                start = nil
                result.append(String(scalar))
            case .separator:
                if let begin = start { result.append(String(folded[begin..<index])) }
                start = nil
            }
            index = next
        }
        if let begin = start { result.append(String(folded[begin..<scalars.endIndex])) }
        return result
    }

    /// Han, kana and CJK compatibility characters: matched one character at a time.
    public static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
        default: false
        }
    }
}

/// What a scalar is to the word splitter, looked up in a table for the Basic Multilingual Plane because
/// Unicode property lookups dominate indexing time otherwise.
public enum WordCharacters {
    public enum Kind: UInt8, Sendable { case separator, letter, mark, ideograph }

    /// Up to the kana: building a table of the whole plane took 10 ms of every `lede search`; above it,
    /// ideographs are told by range before any property is looked up.
    static let tableLimit: UInt32 = 0x3040

    private static let table: [Kind] = (0..<tableLimit).map { value in
        Unicode.Scalar(UInt32(value)).map(classify) ?? .separator
    }

    @inline(__always)
    public static func kind(of scalar: Unicode.Scalar) -> Kind {
        let value = scalar.value
        if value < 0x80 {
            // ASCII: letters and digits.
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                ? .letter : .separator
        }
        return value < tableLimit ? table[Int(value)] : classify(scalar)
    }

    static func classify(_ scalar: Unicode.Scalar) -> Kind {
        if SearchTerms.isIdeographic(scalar) { return .ideograph }
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return .letter }
        if scalar.properties.generalCategory == .nonspacingMark { return .mark }
        return .separator
    }
}
