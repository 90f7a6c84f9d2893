import TextKit

extension DateRecognizer {
    /// Words before a Vietnamese date written with dashes (`ngày 12-3`, `sáng 5-9-2024`): only after one is
    /// `12-3` a date and not a score or a range.
    static let dashedDateLeads = KeySet(words: DateGrammar.dashedDateLeads)

    /// `ngày 12-3`, `ngày 12-3-2024`: day and month (and a four-digit year) joined by dashes in one number
    /// token, after a word of time.
    func dashedDate(_ tokens: [Token], _ scalars: [Unicode.Scalar], at i: Int) -> Range<Int>? {
        guard i > 0, tokens[i - 1].kind == .word, Self.dashedDateLeads.contains(tokens[i - 1].key) else { return nil }
        guard let parts = NumberGroup(scalars, tokens[i].start..<tokens[i].end, separator: .dash, maxDigits: 4),
              parts.count >= 2,
              DateGrammar.days.contains(parts[0]), parts.digits(0) <= 2,
              DateGrammar.months.contains(parts[1]), parts.digits(1) <= 2 else { return nil }
        if parts.count == 3, parts.digits(2) != 4 || !DateGrammar.years.contains(parts[2]) { return nil }
        return i..<(i + 1)
    }
}
