import ArticleModel
import TextKit

/// The terms an article is found by: folded words of its title and body (also kept in order, for
/// phrases), the exact form of each word that has diacritics (`=đà`, see `exactKey`), and field terms
/// for its speakers (`speaker:lavrov`), entities (`entity:nato`), source (`source:to`) and tags
/// (`tag:kinh`), each with a count.
public enum SearchTerms {
    /// Title words count this many times over, so that an article about a word ranks above one that
    /// mentions it in passing.
    static let titleWeight = 3

    /// What starts the term of a word's exact form (lowercase, diacritics kept): no folded word starts
    /// with it, so exact terms sort apart from folded ones and never answer a folded prefix.
    public static let exactMark = "="
    static let exactByte = exactMark.utf8.first!

    /// The term a query word is looked up by: its exact form when it has diacritics (`Đà` → `=đà`),
    /// else its fold (`da`), which finds every form.
    public static func key(folded: String, exact: String?) -> String {
        exact.map { exactMark + $0 } ?? folded
    }

    /// The fold of a term made by `key(folded:exact:)`.
    public static func folded(key: String) -> String {
        key.hasPrefix(exactMark) ? DiacriticFolding.fold(String(key.dropFirst())) : key
    }

    public static func of(_ article: Article) -> ArticleTerms {
        // About one word in six bytes of text, half of them distinct.
        let bytes = article.blocks.reduce(article.title.utf8.count) { $0 + $1.text.utf8.count }
        var terms = ArticleTerms(expectedWords: bytes / 6 + 8)
        let folder = WordFolder()
        let exactByte = Self.exactByte  // (a lazy global: read once, not once per word)
        // Words as bytes: a term is made a string only when the whole index meets it first.
        folder.forEachWordBytes(in: article.title) { word, exact, _ in
            terms.add(bytes: word, weight: titleWeight, isWord: true)
            if let exact { terms.add(exactByte, exact, weight: titleWeight) }
        }
        terms.endTitle()
        for block in article.blocks {
            folder.forEachWordBytes(in: block.text) { word, exact, _ in
                terms.add(bytes: word, isWord: true)
                if let exact { terms.add(exactByte, exact) }
            }
        }
        addNames(article.analysis.quotes.filter(\.named).map { $0.speaker ?? "" }, field: "speaker:", to: &terms, folder)
        addNames(article.analysis.entities.flatMap { entity in
            entity.canonical == entity.text ? [entity.canonical] : [entity.canonical, entity.text]
        }, field: "entity:", to: &terms, folder)
        addName(article.source ?? "", field: "source:", to: &terms, folder)
        for tag in article.tags {
            addName(tag, field: "tag:", to: &terms, folder)
        }
        terms.seal()
        return terms
    }

    /// The field terms of each name, as `addName` gives them, each distinct name folded once and counted as
    /// often as it is given: a person named twenty times was folded twenty times. In order of first
    /// appearance, so that every term is numbered where it first comes, as one name at a time would.
    /// (Names are told apart by their bytes: hashing them as strings checked each one's normal form and
    /// cost what folding it again did.)
    static func addNames(_ names: [String], field: String, to terms: inout ArticleTerms, _ folder: WordFolder) {
        var seen = TermTable(capacity: names.count)
        var firsts: [Int] = []
        var repeats: [Int] = []
        for (index, name) in names.enumerated() {
            let (distinct, isNew) = seen.value(of: name, inserting: Int32(firsts.count))
            if isNew {
                firsts.append(index)
                repeats.append(1)
            } else {
                repeats[Int(distinct)] += 1
            }
        }
        for (first, weight) in zip(firsts, repeats) {
            addName(names[first], field: field, weight: weight, to: &terms, folder)
        }
    }

    /// The field terms of one name: one per word (`entity:kim`), and for a name of several words one
    /// for the whole name (`entity:kim ma`, see `fieldName`), which a field value of several words is
    /// looked up by.
    static func addName(_ name: String, field: String, weight: Int = 1, to terms: inout ArticleTerms,
                        _ folder: WordFolder) {
        // On bytes, as the text's words are: every mention of every entity comes here, and making each
        // word a string, then the field's term, then the joined name, cost an eighth of the terms' time.
        let fieldBytes = Array(field.utf8)
        var term = fieldBytes
        var whole = fieldBytes
        var words = 0
        folder.forEachWordBytes(in: name) { word, _, _ in
            term.removeLast(term.count - fieldBytes.count)
            term.append(contentsOf: word)
            term.withUnsafeBufferPointer { terms.add(bytes: $0, weight: weight, isWord: false) }
            if words > 0 { whole.append(UInt8(ascii: " ")) }
            whole.append(contentsOf: word)
            words += 1
        }
        if words > 1 { whole.withUnsafeBufferPointer { terms.add(bytes: $0, weight: weight, isWord: false) } }
    }

    /// The term of a whole name of several folded words in a field (`entity:` and `kim`, `ma` →
    /// `entity:kim ma`): words are joined by a space, which no word holds.
    public static func fieldName(_ field: String, _ words: [String]) -> String {
        field + ":" + words.joined(separator: " ")
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
