import LibraryIndex

/// Finds where a query's words occur in original (unfolded) text, for highlighting matches in the
/// reading pane and for snippets: the text is cut into the same words the index uses, each folded on
/// its own, so that the ranges point into the original. The rules are the search's: a word typed with
/// diacritics matches them, only the word being typed is a prefix, and words typed one after another
/// are found together (`together`), or each on its own where the text never has them together.
public enum MatchFinder {
    /// A word of the original text: its folded form, its exact form when that differs, and its range
    /// in Unicode scalars.
    struct Word {
        var folded: String
        var exact: String?
        var range: Range<Int>

        /// Whether the word is the query word `key` (`SearchTerms.key`), or starts with it as a prefix.
        func matches(_ key: String, prefix: Bool = false) -> Bool {
            let mine: String
            let wanted: Substring
            if key.hasPrefix(SearchTerms.exactMark) {
                guard let exact else { return false }
                (mine, wanted) = (exact, key.dropFirst())
            } else {
                (mine, wanted) = (folded, Substring(key))
            }
            return prefix ? mine.hasPrefix(wanted) : mine == wanted
        }
    }

    /// Scalar ranges in `text` of what matches `query`: each required word (the word being typed as a
    /// prefix) and each whole occurrence of a required phrase. With `together`, words typed one after
    /// another (without a word being typed) are a phrase; without, each is found on its own.
    public static func ranges(in text: String, for query: SearchQuery, together: Bool = true) -> [Range<Int>] {
        var wanted = Set<String>()
        var prefix: String?
        var phrases: [[String]] = []
        let adjacent = query.adjacentWords
        let asPhrase = together && !query.lastWordIsPrefix && adjacent.count > 1
        if asPhrase { phrases.append(adjacent) }
        for (number, clause) in query.required.enumerated() {
            switch clause {
            case .words(let list) where !asPhrase:
                if query.lastWordIsPrefix, number == query.required.count - 1, let last = list.last {
                    wanted.formUnion(list.dropLast())
                    prefix = last
                } else {
                    wanted.formUnion(list)
                }
            case .phrase(let list): phrases.append(list)
            case .words, .field, .flag: break
            }
        }
        guard !wanted.isEmpty || prefix != nil || !phrases.isEmpty else { return [] }
        let found = words(of: text)
        var result: [Range<Int>] = []
        for (position, word) in found.enumerated() {
            if wanted.contains(where: { word.matches($0) }) || prefix.map({ word.matches($0, prefix: true) }) == true {
                result.append(word.range)
            }
            for phrase in phrases where position + phrase.count <= found.count {
                if zip(phrase, found[position..<position + phrase.count]).allSatisfy({ $1.matches($0) }) {
                    result.append(word.range.lowerBound..<found[position + phrase.count - 1].range.upperBound)
                }
            }
        }
        return result.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Short passages of `text` around the query's matches, at most `limit`, each about `width`
    /// characters, with `…` where they were cut; the words apart when the text never has them together.
    public static func snippets(in text: String, for query: SearchQuery, limit: Int = 3, width: Int = 120) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var result: [String] = []
        var coveredUntil = -1
        var matches = ranges(in: text, for: query)
        if matches.isEmpty { matches = ranges(in: text, for: query, together: false) }
        for range in matches where range.lowerBound >= coveredUntil {
            var start = max(0, range.lowerBound - width / 3)
            var end = min(scalars.count, start + width)
            // Whole words: move the cuts to white space where there is some nearby.
            while start > 0, start > range.lowerBound - width / 2, !scalars[start - 1].properties.isWhitespace { start -= 1 }
            while end < scalars.count, end < start + width + 20, !scalars[end].properties.isWhitespace { end += 1 }
            var snippet = String(String.UnicodeScalarView(scalars[start..<end]))
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if start > 0 { snippet = "…" + snippet }
            if end < scalars.count { snippet += "…" }
            result.append(snippet)
            coveredUntil = end
            if result.count == limit { break }
        }
        return result
    }

    /// The words of `text` as the index cuts and folds them (`WordFolder`), with their ranges.
    static func words(of text: String) -> [Word] {
        var result: [Word] = []
        WordFolder().forEachWord(in: text) { folded, exact, range in
            result.append(Word(folded: folded, exact: exact, range: range))
        }
        return result
    }
}
