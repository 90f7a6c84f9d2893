import LibraryIndex

/// The articles that match part of a query, each with a score, in index order. Sorted lists are
/// intersected, joined and subtracted in one pass each; with dictionaries, a search of 100,000 articles
/// spent most of its time hashing.
struct MatchList {
    struct Match {
        var position: Int
        var score: Int
    }

    private(set) var matches: [Match]

    init(_ matches: [Match] = []) { self.matches = matches }

    init(_ hits: [Postings.Hit]) {
        matches = hits.map { Match(position: $0.position, score: $0.occurrences) }
    }

    var count: Int { matches.count }
    var isEmpty: Bool { matches.isEmpty }

    /// The positions in both, scores added.
    func intersection(_ other: MatchList) -> MatchList {
        var result: [Match] = []
        result.reserveCapacity(min(count, other.count))
        var left = 0, right = 0
        while left < matches.count, right < other.matches.count {
            let mine = matches[left], theirs = other.matches[right]
            if mine.position < theirs.position {
                left += 1
            } else if mine.position > theirs.position {
                right += 1
            } else {
                result.append(Match(position: mine.position, score: mine.score + theirs.score))
                left += 1
                right += 1
            }
        }
        return MatchList(result)
    }

    /// The positions in every list, scores added; the smallest first, so that the work shrinks soonest.
    static func all(_ lists: [MatchList]) -> MatchList {
        let sorted = lists.sorted { $0.count < $1.count }
        guard var result = sorted.first else { return MatchList() }
        for list in sorted.dropFirst() where !result.isEmpty { result = result.intersection(list) }
        return result
    }

    /// The positions in any list, scores added: summed in an array as long as the highest position, so
    /// that the dozens of long lists a one-letter prefix brings need no sorting.
    static func any(_ lists: [MatchList]) -> MatchList {
        guard lists.count > 1 else { return lists.first ?? MatchList() }
        let end = (lists.compactMap { $0.matches.last?.position }.max() ?? -1) + 1
        var scores = [Int](repeating: -1, count: end)
        for list in lists {
            for match in list.matches { scores[match.position] = max(scores[match.position], 0) + match.score }
        }
        var result: [Match] = []
        for (position, score) in scores.enumerated() where score >= 0 {
            result.append(Match(position: position, score: score))
        }
        return MatchList(result)
    }

    /// The positions not in `other`.
    func subtracting(_ other: MatchList) -> MatchList {
        var result: [Match] = []
        result.reserveCapacity(count)
        var right = 0
        for match in matches {
            while right < other.matches.count, other.matches[right].position < match.position { right += 1 }
            if right < other.matches.count, other.matches[right].position == match.position { continue }
            result.append(match)
        }
        return MatchList(result)
    }
}
