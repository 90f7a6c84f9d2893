/// Groups the forms of a person's name: `Lavrov`, `ông Lavrov` and `Sergei Lavrov` all become the fullest
/// form in the article. A shorter form joins the longest name that ends with it (surname, or the given
/// name Vietnamese address people by); failing that, the longest that starts with it (a first name).
struct NameCanonicalizer {
    private struct Name {
        var words: [UInt64]
        var text: String
        var count: Int
        /// Where the form first appears: breaks ties the same way on every run (dictionary order
        /// changes from one process to the next).
        var first: Int

        /// Longer names first, then the more frequent, then the one the article names first.
        func ranks(above other: Name) -> Bool {
            (words.count, count, -first) > (other.words.count, other.count, -other.first)
        }
    }

    /// The fullest form of each name, by its word keys.
    private var canonical: [[UInt64]: String] = [:]

    /// How many of the longest names per first or last word are kept as candidates: bounded work per
    /// name even when hostile text repeats one word in a million names.
    private static let candidatesPerWord = 8

    init(_ forms: [(words: [UInt64], text: String)]) {
        var names: [[UInt64]: Name] = [:]
        for (position, form) in forms.enumerated() where !form.words.isEmpty {
            names[form.words, default: Name(words: form.words, text: form.text, count: 0, first: position)].count += 1
        }
        let ordered = names.values.sorted { $0.first < $1.first }
        var byLast: [UInt64: [Name]] = [:]
        var byFirst: [UInt64: [Name]] = [:]
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
        for name in ordered {
            var best: Name?
            func consider(_ candidates: [Name]?, _ fits: (Name) -> Bool) {
                for candidate in candidates ?? [] where candidate.words.count > name.words.count && fits(candidate) {
                    if best == nil || candidate.ranks(above: best!) {
                        best = candidate
                    }
                }
            }
            consider(byLast[name.words.last!]) { Array($0.words.suffix(name.words.count)) == name.words }
            if best == nil {
                consider(byFirst[name.words.first!]) { Array($0.words.prefix(name.words.count)) == name.words }
            }
            canonical[name.words] = best?.text ?? name.text
        }
    }

    func canonical(_ words: [UInt64], text: String) -> String {
        canonical[words] ?? text
    }
}
