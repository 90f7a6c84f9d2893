/// Groups the forms of a person's name: `Lavrov`, `ông Lavrov` and `Sergei Lavrov` all become the fullest
/// form in the article. A shorter form joins the longest name that ends with it (surname, or the given
/// name Vietnamese address people by); failing that, the longest that starts with it (a first name).
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

    private struct Key: Hashable {
        var words: [UInt64]
        var gender: Gender
    }

    private struct Name {
        var words: [UInt64]
        var text: String
        var count: Int
        var gender: Gender
        /// Where the form first appears: breaks ties the same way on every run (dictionary order
        /// changes from one process to the next).
        var first: Int

        /// Longer names first, then the more frequent, then the one the article names first.
        func ranks(above other: Name) -> Bool {
            (words.count, count, -first) > (other.words.count, other.count, -other.first)
        }
    }

    /// The fullest form of each name, by its word keys and the gender it was addressed with.
    private var canonical: [Key: String] = [:]

    /// How many of the longest names per first or last word are kept as candidates: bounded work per
    /// name even when hostile text repeats one word in a million names.
    private static let candidatesPerWord = 8

    /// `female`: word keys that mark a woman's full name (Vietnamese `Thị`).
    init(_ forms: [(words: [UInt64], text: String, gender: Gender)], femaleWords: Set<UInt64> = []) {
        // (Sized once: growing these tables was a fifth of the work.)
        var names: [[UInt64]: Name] = Dictionary(minimumCapacity: forms.count)
        var addressed: [Key] = []
        canonical.reserveCapacity(forms.count)
        for (position, form) in forms.enumerated() where !form.words.isEmpty {
            names[form.words, default: Name(words: form.words, text: form.text, count: 0, gender: [],
                                            first: position)].count += 1
            names[form.words]!.gender.formUnion(form.gender)
            if !form.gender.isEmpty { addressed.append(Key(words: form.words, gender: form.gender)) }
        }
        for key in names.keys where names[key]!.words.count >= 3
            && names[key]!.words.dropFirst().dropLast().contains(where: femaleWords.contains) {
            names[key]!.gender.insert(.female)
        }
        let ordered = names.values.sorted { $0.first < $1.first }
        var byLast: [UInt64: [Name]] = Dictionary(minimumCapacity: ordered.count)
        var byFirst: [UInt64: [Name]] = Dictionary(minimumCapacity: ordered.count)
        func keep(_ name: Name, in list: inout [Name]) {
            list.append(name)
            if list.count > Self.candidatesPerWord * 2 {
                list.sort { $0.ranks(above: $1) }
                list.removeLast(list.count - Self.candidatesPerWord)
            }
        }
        for name in ordered where name.words.count >= 2 {
            keep(name, in: &byLast[name.words.last!, default: []])
            keep(name, in: &byFirst[name.words.first!, default: []])
        }
        func fullest(_ name: Name, as gender: Gender) -> String {
            var best: Name?
            func consider(_ candidates: [Name]?, _ fits: (Name) -> Bool) {
                for candidate in candidates ?? [] where candidate.words.count > name.words.count && fits(candidate) {
                    // (A gender the candidate was never addressed with, while it was with the other one.)
                    if !gender.isEmpty, !candidate.gender.isEmpty, candidate.gender.isDisjoint(with: gender) { continue }
                    if best == nil || Self.prefers(candidate, over: best!, for: gender) {
                        best = candidate
                    }
                }
            }
            consider(byLast[name.words.last!]) { Array($0.words.suffix(name.words.count)) == name.words }
            if best == nil {
                consider(byFirst[name.words.first!]) { Array($0.words.prefix(name.words.count)) == name.words }
            }
            return best?.text ?? name.text
        }
        for name in ordered {
            canonical[Key(words: name.words, gender: [])] = fullest(name, as: [])
        }
        for key in addressed where canonical[key] == nil {
            canonical[key] = fullest(names[key.words]!, as: key.gender)
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
        canonical[Key(words: words, gender: gender)] ?? canonical[Key(words: words, gender: [])] ?? text
    }
}
