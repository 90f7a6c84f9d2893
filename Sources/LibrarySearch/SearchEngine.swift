import LibraryIndex

/// One article that matches a query.
public struct SearchResult: Hashable, Sendable {
    /// The article's position in the index (newest first).
    public var position: Int
    /// How many times the query's words occur in it: what the list shows and ranks by.
    public var matches: Int
}

/// Answers queries from a library index alone, without reading article files: phrases too, from the
/// index's word sequences.
public struct SearchEngine: Sendable {
    public let index: LibraryIndex

    public init(index: LibraryIndex) { self.index = index }

    /// What the engine asks the caller about an article.
    public struct Context {
        /// Whether the article at a position has a flag (bookmarked, unread, read).
        public var hasFlag: (SearchQuery.Flag, Int) -> Bool

        public init(hasFlag: @escaping (SearchQuery.Flag, Int) -> Bool = { _, _ in false }) {
            self.hasFlag = hasFlag
        }
    }

    /// Matching articles, best first: most matches, then newest.
    public func search(_ query: SearchQuery, context: Context = Context()) -> [SearchResult] {
        guard !query.isEmpty else { return [] }
        var scores: [Int: Int]?
        for (number, clause) in query.required.enumerated() {
            let prefix = query.lastWordIsPrefix && number == query.required.count - 1
            let matched = hits(for: clause, prefixLast: prefix, context: context)
            if let current = scores {
                var next: [Int: Int] = [:]
                for (position, score) in current { if let more = matched[position] { next[position] = score + more } }
                scores = next
            } else {
                scores = matched
            }
            if scores?.isEmpty == true { return [] }
        }
        var result = scores ?? Dictionary(uniqueKeysWithValues: index.entries.indices.map { ($0, 0) })
        for clause in query.excluded {
            for position in hits(for: clause, prefixLast: false, context: context).keys { result[position] = nil }
        }
        return result.map { SearchResult(position: $0.key, matches: $0.value) }
            .sorted { $0.matches != $1.matches ? $0.matches > $1.matches : $0.position < $1.position }
    }

    /// Positions matching one clause, with their occurrence counts.
    func hits(for clause: SearchQuery.Clause, prefixLast: Bool, context: Context) -> [Int: Int] {
        switch clause {
        case .words(let words):
            return all(words.enumerated().map { offset, word in
                prefixLast && offset == words.count - 1 ? prefixHits(word) : exactHits(word)
            })
        case .phrase(let words):
            return phraseHits(words)
        case .field(let field, let words):
            return all(words.map { exactHits(field.rawValue + ":" + $0) })
        case .flag(let flag):
            var result: [Int: Int] = [:]
            for position in index.entries.indices where context.hasFlag(flag, position) { result[position] = 0 }
            return result
        }
    }

    /// The articles that have the words one after the other, with how often: the candidates that have
    /// them all are checked against their word sequences.
    func phraseHits(_ words: [String]) -> [Int: Int] {
        let numbers = words.compactMap(index.postings.wordNumber(for:))
        guard numbers.count == words.count else { return [:] }
        var result: [Int: Int] = [:]
        for position in all(words.map(exactHits)).keys {
            if let count = index.wordSequences.occurrences(of: numbers, at: position), count > 0 {
                result[position] = count
            }
        }
        return result
    }

    func exactHits(_ term: String) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for hit in index.postings.hits(for: term) { result[hit.position] = hit.occurrences }
        return result
    }

    /// Every term starting with `prefix`; the word itself, when it is a term, ranks as usual.
    func prefixHits(_ prefix: String) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for term in index.postings.terms(withPrefix: prefix) where !term.contains(":") {
            for hit in index.postings.hits(for: term) { result[hit.position, default: 0] += hit.occurrences }
        }
        return result
    }

    /// Positions in every map, scores added; starts from the smallest map so the work is bounded by it.
    func all(_ maps: [[Int: Int]]) -> [Int: Int] {
        guard let smallest = maps.indices.min(by: { maps[$0].count < maps[$1].count }) else { return [:] }
        var result = maps[smallest]
        for (number, map) in maps.enumerated() where number != smallest {
            for (position, score) in result {
                if let more = map[position] { result[position] = score + more } else { result[position] = nil }
            }
        }
        return result
    }
}
