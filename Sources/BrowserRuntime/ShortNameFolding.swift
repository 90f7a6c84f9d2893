import TextKit

/// The entities and speakers views count a person by the name each article gives: an article that only
/// ever writes `Blair` counts `Blair`, another `Tony Blair`, and the view showed two people. Across the
/// library, a one-word name that is the last word of a longer name folds into it when that longer name is
/// the one the library means: it has at least `dominance` times the articles of every other longer name
/// ending in that word (`Tony Blair` over `Cherie Blair`). A one-word name no longer name ends in stays; so
/// do a given name (one that opens a longer name: `David`) and a Vietnamese given name (`Long`, after
/// `Nguyễn Thanh Long`), which many people share.
enum ShortNameFolding {
    static let dominance = 3

    /// Where each one-word name folds, from the article counts of every person's name.
    static func targets(_ articles: [String: Int]) -> [String: String] {
        var longer: [Substring: [(name: String, articles: Int)]] = [:]
        var givenNames = Set<Substring>()
        for (name, count) in articles where name.contains(" ") && !mayBeVietnamese(name) {
            let words = name.split(separator: " ")
            guard let first = words.first, let last = words.last else { continue }
            longer[last, default: []].append((name, count))
            givenNames.insert(first)
        }
        var targets: [String: String] = [:]
        // (`David` opens `David Davis`: a given name, no surname of `Craig David`.)
        for name in articles.keys where !name.contains(" ") && !givenNames.contains(Substring(name)) {
            guard let candidates = longer[Substring(name)]?.sorted(by: { ($0.articles, $1.name) > ($1.articles, $0.name) }),
                  let best = candidates.first else { continue }
            if candidates.count == 1 || best.articles >= dominance * candidates[1].articles {
                targets[name] = best.name
            }
        }
        return targets
    }

    /// A name written with a letter only Vietnamese uses (`VietnameseLetters`) or with `â`, `ê`, `ô`, which
    /// French shares (`Sông Lam`, `Lê Long`): folding nothing into a French name is the safe side.
    static func mayBeVietnamese(_ name: String) -> Bool {
        VietnameseLetters.occur(in: name) || name.unicodeScalars.contains { "âêôÂÊÔ".unicodeScalars.contains($0) }
    }

    /// The article counts with each folded one-word name's added to its longer name's. (An article rarely
    /// holds both: the analysis already gives a short form its article's full name.)
    static func fold(_ articles: [String: Int], into targets: [String: String]) -> [String: Int] {
        var folded: [String: Int] = [:]
        for (name, count) in articles { folded[targets[name] ?? name, default: 0] += count }
        return folded
    }
}
