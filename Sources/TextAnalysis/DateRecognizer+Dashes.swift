import TextKit

extension DateRecognizer {
    /// Words before a Vietnamese date written with dashes (`ngày 12-3`, `sáng 5-9-2024`): only after one is
    /// `12-3` a date and not a score or a range.
    static let dashedDateLeads = KeySet(words: DateGrammar.dashedDateLeads)

    /// `ngày 12-3`, `ngày 12-3-2024`: day and month (and a four-digit year) joined by dashes in one number
    /// token, after a word of time.
    func dashedDate(_ tokens: [Token], _ scalars: [Unicode.Scalar], at i: Int) -> Range<Int>? {
        guard i > 0, tokens[i - 1].kind == .word, Self.dashedDateLeads.contains(tokens[i - 1].key) else { return nil }
        var parts: [(value: Int, digits: Int)] = []
        var value = 0
        var digits = 0
        for s in scalars[tokens[i].start..<tokens[i].end] {
            if let d = s.properties.numericType == .decimal ? Int(s.value) - 48 : nil, (0...9).contains(d) {
                value = value * 10 + d
                digits += 1
                guard digits <= 4 else { return nil }
            } else if s == "-" || s == "\u{2013}", digits > 0, parts.count < 2 {
                parts.append((value, digits))
                value = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard digits > 0, !parts.isEmpty else { return nil }
        parts.append((value, digits))
        guard DateGrammar.days.contains(parts[0].value), parts[0].digits <= 2,
              DateGrammar.months.contains(parts[1].value), parts[1].digits <= 2 else { return nil }
        if parts.count == 3, parts[2].digits != 4 || !DateGrammar.years.contains(parts[2].value) { return nil }
        return i..<(i + 1)
    }
}
