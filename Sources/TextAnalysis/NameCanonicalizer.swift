/// Groups the forms of a person's name: `Lavrov`, `ông Lavrov` and `Sergei Lavrov` all become the fullest
/// form in the article. A shorter form joins the longest name that ends with it (surname, or the given
/// name Vietnamese address people by); failing that, the longest that starts with it (a first name); failing
/// that, a first name and a later word (`George Bush`) join the one longer name holding both, if only one does.
/// A form addressed as a man (`ông`, `Mr`) never joins a name only ever addressed as a woman (`bà`, `Ms`,
/// or a Vietnamese name with `Thị`), nor the other way round: `bà Hà` is not `ông Trần Văn Hà`. Where
/// both fit, the name of the same gender wins.
struct NameCanonicalizer {
    /// How a name was addressed: bits for a man and a woman (both when the article used both).
    struct Gender: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        static let male = Gender(rawValue: 1)
        static let female = Gender(rawValue: 2)
    }

    private struct Name {
        var words: [UInt64]
        /// The words' phrase key (`TokenKey.combine`): names are told apart by it, as gazetteer phrases are.
        var phrase: UInt64
        var text: String
        var count: Int
        var gender: Gender
        /// Where the form first appears: breaks ties the same way on every run.
        var first: Int

        /// Longer names first, then the more frequent, then the one the article names first.
        func ranks(above other: Name) -> Bool {
            (words.count, count, -first) > (other.words.count, other.count, -other.first)
        }
    }

    /// The fullest form of each name, by its phrase key mixed with the gender it was addressed with.
    private var canonical: KeyTable<String>

    /// How many of the longest names per first or last word are kept as candidates: bounded work per
    /// name even when hostile text repeats one word in a million names.
    private static let candidatesPerWord = 8

    private static func phrase(_ words: [UInt64]) -> UInt64 { words.reduce(TokenKey.seed, TokenKey.combine) }
    private static func key(_ phrase: UInt64, _ gender: Gender) -> UInt64 {
        TokenKey.combine(phrase, UInt64(gender.rawValue))
    }

    /// `female`: word keys that mark a woman's full name (Vietnamese `Thị`); `familyNames`: Vietnamese family
    /// names, which open too many people's names to join a first word and a later one (`Nguyễn Trường` is
    /// not `Nguyễn Thị Trường Giang`).
    init(_ forms: [(words: [UInt64], text: String, gender: Gender)], femaleWords: Set<UInt64> = [],
         familyNames: KeySet = KeySet()) {
        // Tables on phrase and word keys, names by their place in `names` (in order of first appearance):
        // dictionaries keyed by word arrays hashed every word with SipHash, and candidate lists copied names.
        var index = KeyTable<Int>(capacity: forms.count)
        var names: [Name] = []
        var addressed: [(name: Int, gender: Gender)] = []
        for (position, form) in forms.enumerated() where !form.words.isEmpty {
            let phrase = Self.phrase(form.words)
            let n: Int
            if let known = index[phrase] {
                n = known
            } else {
                n = names.count
                index[phrase] = n
                names.append(Name(words: form.words, phrase: phrase, text: form.text, count: 0, gender: [],
                                  first: position))
            }
            names[n].count += 1
            names[n].gender.formUnion(form.gender)
            if !form.gender.isEmpty { addressed.append((n, form.gender)) }
        }
        for n in names.indices where names[n].words.count >= 3
            && names[n].words.dropFirst().dropLast().contains(where: femaleWords.contains) {
            names[n].gender.insert(.female)
        }
        var byLast = KeyTable<Int>(capacity: names.count), byFirst = KeyTable<Int>(capacity: names.count)
        var lists: [[Int]] = []
        func keep(_ n: Int, under word: UInt64, in table: inout KeyTable<Int>) {
            guard let list = table[word] else {
                table[word] = lists.count
                lists.append([n])
                return
            }
            lists[list].append(n)
            if lists[list].count > Self.candidatesPerWord * 2 {
                lists[list].sort { names[$0].ranks(above: names[$1]) }
                lists[list].removeLast(lists[list].count - Self.candidatesPerWord)
            }
        }
        for n in names.indices where names[n].words.count >= 2 {
            keep(n, under: names[n].words.last!, in: &byLast)
            keep(n, under: names[n].words.first!, in: &byFirst)
        }
        func fullest(_ name: Name, as gender: Gender) -> String {
            var best: Name?
            func consider(_ list: Int?, _ fits: (Name) -> Bool) {
                guard let list else { return }
                for n in lists[list] where names[n].words.count > name.words.count && fits(names[n]) {
                    let candidate = names[n]
                    // (A gender the candidate was never addressed with, while it was with the other one.)
                    if !gender.isEmpty, !candidate.gender.isEmpty, candidate.gender.isDisjoint(with: gender) { continue }
                    if best == nil || Self.prefers(candidate, over: best!, for: gender) {
                        best = candidate
                    }
                }
            }
            consider(byLast[name.words.last!]) { $0.words.suffix(name.words.count).elementsEqual(name.words) }
            if best == nil {
                consider(byFirst[name.words.first!]) { $0.words.prefix(name.words.count).elementsEqual(name.words) }
            }
            // `George Bush` for `George W Bush`, `Amelia Vega` for `Amelia Patricia Vega Polanco`: a first name
            // and one later word of a longer name, when only one name fits.
            if best == nil, name.words.count == 2, !familyNames.contains(name.words[0]), let list = byFirst[name.words[0]] {
                let fitting = lists[list].filter { n in
                    names[n].words.count >= 3 && names[n].words.dropFirst().contains(name.words[1])
                        && (gender.isEmpty || names[n].gender.isEmpty || !names[n].gender.isDisjoint(with: gender))
                }
                if fitting.count == 1 { best = names[fitting[0]] }
            }
            return best?.text ?? name.text
        }
        canonical = KeyTable(capacity: names.count + addressed.count)
        for name in names {
            canonical[Self.key(name.phrase, [])] = fullest(name, as: [])
        }
        for (n, gender) in addressed where canonical[Self.key(names[n].phrase, gender)] == nil {
            canonical[Self.key(names[n].phrase, gender)] = fullest(names[n], as: gender)
        }
    }

    /// For a form addressed with `gender`, a name of that gender first, then the usual ranking.
    private static func prefers(_ candidate: Name, over best: Name, for gender: Gender) -> Bool {
        if !gender.isEmpty {
            let fits = candidate.gender == gender, bestFits = best.gender == gender
            if fits != bestFits { return fits }
        }
        return candidate.ranks(above: best)
    }

    func canonical(_ words: [UInt64], text: String, gender: Gender = []) -> String {
        let phrase = Self.phrase(words)
        return canonical[Self.key(phrase, gender)] ?? canonical[Self.key(phrase, [])] ?? text
    }
}
