import LibraryIndex
import TextKit

/// A parsed search: words all required, `"a phrase"`, `-word` to exclude, and the fields
/// `speaker:`, `entity:`, `source:` and `is:bookmarked` / `is:unread` / `is:read`.
/// Everything is folded: case and diacritics never matter.
public struct SearchQuery: Hashable, Sendable {
    public enum Field: String, Hashable, Sendable, CaseIterable {
        case speaker, entity, source
    }

    public enum Flag: String, Hashable, Sendable, CaseIterable {
        case bookmarked, unread, read
    }

    public enum Clause: Hashable, Sendable {
        /// Folded words that must all appear (one word, or a hyphenated one like `covid-19`).
        case words([String])
        /// Folded words that must appear together, in this order.
        case phrase([String])
        case field(Field, [String])
        case flag(Flag)
    }

    public var required: [Clause]
    public var excluded: [Clause]
    /// True when the last word was still being typed: it then matches as a prefix.
    public var lastWordIsPrefix: Bool

    public init(required: [Clause] = [], excluded: [Clause] = [], lastWordIsPrefix: Bool = false) {
        self.required = required
        self.excluded = excluded
        self.lastWordIsPrefix = lastWordIsPrefix
    }

    public var isEmpty: Bool { required.isEmpty && excluded.isEmpty }

    /// Parses `text`. With `typing`, a last word not followed by a space matches as a prefix, so the
    /// list can filter while the reader types.
    public init(parsing text: String, typing: Bool = false) {
        self.init()
        for token in SearchQuery.tokens(of: text) {
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
        let words = SearchTerms.words(DiacriticFolding.fold(body))
        guard !words.isEmpty else { return nil }
        return quoted && words.count > 1 ? .phrase(words) : .words(words)
    }
}
