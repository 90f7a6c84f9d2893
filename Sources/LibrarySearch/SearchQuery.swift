import Foundation
import LibraryIndex
import TextKit

/// A parsed search: words all required, `"a phrase"`, `-word` to exclude, and the fields
/// `speaker:`, `entity:`, `source:`, `tag:` and `is:bookmarked` / `is:unread` / `is:read`.
/// Case never matters; a word typed with diacritics matches those diacritics (its key is its exact
/// form, `=đà`), a word typed without them matches every form (`da`). Field values are folded.
public struct SearchQuery: Hashable, Sendable {
    public enum Field: String, Hashable, Sendable, CaseIterable {
        case speaker, entity, source, tag
    }

    public enum Flag: String, Hashable, Sendable, CaseIterable {
        case bookmarked, unread, read
    }

    public enum Clause: Hashable, Sendable {
        /// Word keys (`SearchTerms.key`) that must all appear (one word, or a hyphenated one like `covid-19`).
        case words([String])
        /// Word keys that must appear together, in this order (a quoted word: on its own).
        case phrase([String])
        case field(Field, [String])
        case flag(Flag)
    }

    public var required: [Clause]
    public var excluded: [Clause]
    /// True when the last word was still being typed: it then matches as a prefix.
    public var lastWordIsPrefix: Bool
    /// The first `name:` that is no field, which makes the query an error.
    public var unknownField: String?

    /// The fields, as an error names them.
    public static let fieldList = (Field.allCases.map { $0.rawValue + ":" } + Flag.allCases.map { "is:" + $0.rawValue })
        .joined(separator: ", ")

    public init(required: [Clause] = [], excluded: [Clause] = [], lastWordIsPrefix: Bool = false) {
        self.required = required
        self.excluded = excluded
        self.lastWordIsPrefix = lastWordIsPrefix
    }

    public var isEmpty: Bool { required.isEmpty && excluded.isEmpty }

    /// The keys of the required word clauses in order: the words that are looked for together.
    public var adjacentWords: [String] {
        required.flatMap { clause -> [String] in
            if case .words(let list) = clause { return list }
            return []
        }
    }

    /// Parses `text`. With `typing`, a last word not followed by a space matches as a prefix, so the
    /// list can filter while the reader types.
    public init(parsing text: String, typing: Bool = false) {
        self.init()
        for token in SearchQuery.tokens(of: text.precomposedStringWithCanonicalMapping) {
            if unknownField == nil, let name = SearchQuery.unknownField(token.body) { unknownField = name }
            guard let clause = SearchQuery.clause(token.body, quoted: token.quoted) else { continue }
            if token.negated { excluded.append(clause) } else { required.append(clause) }
        }
        if typing, let last = text.last, !last.isWhitespace, last != "\"", case .words? = required.last {
            lastWordIsPrefix = true
        }
    }

    struct Token {
        var body: String
        var quoted: Bool
        var negated: Bool
    }

    /// Splits on white space outside quotes; `-` before a token negates it; `field:"a b"` stays whole.
    static func tokens(of text: String) -> [Token] {
        var result: [Token] = []
        var current = ""
        var inQuotes = false
        var quoted = false
        func flush() {
            var body = current
            var negated = false
            if body.hasPrefix("-"), body.count > 1 {
                negated = true
                body.removeFirst()
            }
            if !body.isEmpty { result.append(Token(body: body, quoted: quoted, negated: negated)) }
            current = ""
            quoted = false
        }
        for character in text {
            if character == "\"" || character == "“" || character == "”" {
                inQuotes.toggle()
                quoted = true
            } else if character.isWhitespace, !inQuotes {
                flush()
            } else {
                current.append(character)
            }
        }
        flush()
        return result
    }

    static func clause(_ body: String, quoted: Bool) -> Clause? {
        if let colon = body.firstIndex(of: ":") {
            let name = body[..<colon].lowercased(), value = String(body[body.index(after: colon)...])
            if name == "is", let flag = Flag(rawValue: DiacriticFolding.fold(value)) { return .flag(flag) }
            if let field = Field(rawValue: name) {
                let words = SearchTerms.words(DiacriticFolding.fold(value))
                return words.isEmpty ? nil : .field(field, words)
            }
        }
        var keys: [String] = []
        WordFolder().forEachWord(in: body) { folded, exact, _ in keys.append(SearchTerms.key(folded: folded, exact: exact)) }
        guard !keys.isEmpty else { return nil }
        // Quoted, even one word stands apart: it is not looked for together with the words around it.
        return quoted ? .phrase(keys) : .words(keys)
    }

    /// The name of `name:value` when it looks like a field (ASCII letters) but is none, nor `is:` with
    /// a known flag.
    static func unknownField(_ body: String) -> String? {
        guard let colon = body.firstIndex(of: ":"), colon != body.startIndex else { return nil }
        let name = body[..<colon].lowercased()
        guard name.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        if Field(rawValue: name) != nil { return nil }
        if name == "is", Flag(rawValue: DiacriticFolding.fold(String(body[body.index(after: colon)...]))) != nil { return nil }
        return String(body[...colon])
    }
}
