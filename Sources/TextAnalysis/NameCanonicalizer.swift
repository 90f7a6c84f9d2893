/// Groups the forms of a person's name: `Lavrov`, `ông Lavrov` and `Sergei Lavrov` all become the fullest
/// form in the article. A shorter form joins the longest name that ends with it (surname, or the given
/// name Vietnamese address people by); failing that, the longest that starts with it (a first name).
struct NameCanonicalizer {
    private struct Name {
        var words: [UInt64]
        var text: String
        var count: Int
    }

    /// The fullest form of each name, by its word keys.
    private var canonical: [[UInt64]: String] = [:]

    /// How many of the longest names per first or last word are kept as candidates: bounded work per
    /// name even when hostile text repeats one word in a million names.
    private static let candidatesPerWord = 8

    init(_ forms: [(words: [UInt64], text: String)]) {
        var names: [[UInt64]: Name] = [:]
        for form in forms where !form.words.isEmpty {
            names[form.words, default: Name(words: form.words, text: form.text, count: 0)].count += 1
        }
        var byLast: [UInt64: [Name]] = [:]
        var byFirst: [UInt64: [Name]] = [:]
        func keep(_ name: Name, in list: inout [Name]) {
            list.append(name)
            if list.count > Self.candidatesPerWord * 2 {
                list.sort { ($0.words.count, $0.count) > ($1.words.count, $1.count) }
                list.removeLast(list.count - Self.candidatesPerWord)
            }
        }
        for name in names.values where name.words.count >= 2 {
            keep(name, in: &byLast[name.words.last!, default: []])
            keep(name, in: &byFirst[name.words.first!, default: []])
        }
        for name in names.values {
            var best: Name?
            func consider(_ candidates: [Name]?, _ fits: (Name) -> Bool) {
                for candidate in candidates ?? [] where candidate.words.count > name.words.count && fits(candidate) {
                    if best == nil || (candidate.words.count, candidate.count) > (best!.words.count, best!.count) {
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
