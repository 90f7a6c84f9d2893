import LibraryIndex

/// One article that matches a query.
public struct SearchResult: Hashable, Sendable {
    /// The article's position in the index (newest first).
    public var position: Int
    /// How many times the query's words occur in it: what the list shows and ranks by.
    public var matches: Int
}

/// Answers queries from a library index alone, without reading article files: phrases too, from the
/// index's word sequences. Words with diacritics are looked up by their exact forms, and a phrase of
/// them by those and the folded sequence: an article with "da nang" together and "Đà", "Nẵng" apart
/// would pass, which real text hardly has.
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

    /// Matching articles, best first. Words typed one after another are one Vietnamese word written as
    /// syllables ("Đà Nẵng"), or one English name ("prime minister"): when some articles have them
    /// together, only those match; when none has, every article with all the words does. While the last
    /// word is being typed, the articles with the words together only come first. Then most matches,
    /// then newest.
    public func search(_ query: SearchQuery, context: Context = Context()) -> [SearchResult] {
        guard !query.isEmpty, query.unknownField == nil else { return [] }
        var result: MatchList?
        for (number, clause) in query.required.enumerated() {
            let prefix = query.lastWordIsPrefix && number == query.required.count - 1
            let matched = hits(for: clause, prefixLast: prefix, context: context)
            result = result.map { $0.intersection(matched) } ?? matched
            if result?.isEmpty == true { return [] }
        }
        var found = result ?? MatchList(index.entries.indices.map { MatchList.Match(position: $0, score: 0) })
        for clause in query.excluded {
            found = found.subtracting(hits(for: clause, prefixLast: false, context: context))
        }
        let pattern = adjacentPhrase(of: query).map(WordSequences.pattern)
        let together = pattern.map { index.wordSequences.occurrences(of: $0, at: found.matches.map(\.position)) }
        var ranked: [(together: Bool, result: SearchResult)] = []
        ranked.reserveCapacity(found.count)
        for (number, match) in found.matches.enumerated() {
            ranked.append(((together?[number] ?? 0) > 0, SearchResult(position: match.position, matches: match.score)))
        }
        if !query.lastWordIsPrefix, ranked.contains(where: \.together) { ranked.removeAll { !$0.together } }
        ranked.sort { left, right in
            if left.together != right.together { return left.together }
            if left.result.matches != right.result.matches { return left.result.matches > right.result.matches }
            return left.result.position < right.result.position
        }
        return ranked.map(\.result)
    }

    /// The word numbers of the query's words (of its word clauses, in order), two to eight of them, as a
    /// phrase; the word being typed counts once it is a whole word of the library.
    func adjacentPhrase(of query: SearchQuery) -> [UInt32]? {
        let words = query.adjacentWords
        var numbers = words.map { index.postings.wordNumber(for: SearchTerms.folded(key: $0)) }
        if query.lastWordIsPrefix, numbers.last == .some(nil) { numbers.removeLast() }
        let known = numbers.compactMap { $0 }
        return known.count == numbers.count && (2...8).contains(known.count) ? known : nil
    }

    /// Positions matching one clause, with their occurrence counts.
    func hits(for clause: SearchQuery.Clause, prefixLast: Bool, context: Context) -> MatchList {
        switch clause {
        case .words(let words):
            return .all(words.enumerated().map { offset, word in
                prefixLast && offset == words.count - 1 ? prefixHits(word) : exactHits(word)
            })
        case .phrase(let words):
            return phraseHits(words)
        case .field(let field, let words):
            // `entity:"Kim Mã"`: a value of several words is one name, matched whole, not its words
            // wherever they fall (`Kim Jong Un` and `Mã Lai` in one article).
            if words.count > 1 { return exactHits(SearchTerms.fieldName(field.rawValue, words)) }
            return .all(words.map { exactHits(field.rawValue + ":" + $0) })
        case .flag(let flag):
            return MatchList(index.entries.indices.filter { context.hasFlag(flag, $0) }
                .map { MatchList.Match(position: $0, score: 0) })
        }
    }

    /// The articles that have the words one after the other, with how often: the candidates that have
    /// them all are checked against their word sequences.
    func phraseHits(_ words: [String]) -> MatchList {
        if words.count == 1 { return exactHits(words[0]) }
        let numbers = words.compactMap { index.postings.wordNumber(for: SearchTerms.folded(key: $0)) }
        guard numbers.count == words.count else { return MatchList() }
        let pattern = WordSequences.pattern(numbers)
        let candidates = MatchList.all(words.map(exactHits)).matches.map(\.position)
        let counts = index.wordSequences.occurrences(of: pattern, at: candidates)
        return MatchList(zip(candidates, counts).filter { $0.1 > 0 }.map { MatchList.Match(position: $0.0, score: $0.1) })
    }

    func exactHits(_ term: String) -> MatchList {
        MatchList(index.postings.hits(for: term))
    }

    /// Every term starting with `prefix`; the word itself, when it is a term, ranks as usual. A prefix
    /// with diacritics (`=bỉ`) finds only exact forms, since every word that starts so has one.
    func prefixHits(_ prefix: String) -> MatchList {
        .any(index.postings.terms(withPrefix: prefix).filter { !$0.contains(":") }.map(exactHits))
    }
}
