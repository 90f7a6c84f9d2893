import TextKit

/// Finds explicit calendar expressions: `18/10`, `1/11/2021`, `tháng 4/2021`, `năm 2015` (as `2015`),
/// `27 April 2021`, `April 2021`, `April 27`, weekdays (`Monday`, `thứ Hai`, `Chủ nhật`) and years; dates
/// written out (`24 tháng 5 năm 1064`, `tháng 8 năm 2014`) and ranges (`20 - 25/4`, `2015 - 2016`,
/// `24-26 June`) as one. A bare month name (or its abbreviation) only after a word that places it in time
/// (`in June`, `since November`, `last March`; `May` only after `in`, `since`, `until`, `last`, `next`,
/// `early`, `late`); relative time and clock times are left alone. These are rules over tokens; the
/// numbers inside a token are read by TextKit's `NumberGroup`, and the words and number ranges are
/// `DateGrammar`'s, as for the publication dates TextKit's `DateScanner` reads.
struct DateRecognizer: Sendable {
    private let months: KeySet
    private let weekdays: KeySet
    private let vietnameseWeekdays: KeySet
    private let thu = Tokenizer.key(of: DateGrammar.vietnameseWeekdayLead.unicodeScalars[...])
    let thang = Tokenizer.key(of: DateGrammar.vietnameseMonth.unicodeScalars[...])
    let nam = Tokenizer.key(of: DateGrammar.vietnameseYear.unicodeScalars[...])
    private let chu = Tokenizer.key(of: DateGrammar.vietnameseSunday.0.unicodeScalars[...])
    private let nhat = Tokenizer.key(of: DateGrammar.vietnameseSunday.1.unicodeScalars[...])

    static let shared = DateRecognizer()

    private init() {
        months = KeySet(words: Array(DateGrammar.monthNumbers.keys))  // with the wire style's `Nov 24`
        weekdays = KeySet(words: DateGrammar.weekdays)
        vietnameseWeekdays = KeySet(words: DateGrammar.vietnameseWeekdayNumbers)
    }

    /// The date starting at token `i`, as a token range.
    /// (Asked at every word of every article: a lowercase word other than `tháng`, `thứ` starts no date,
    /// which is told here, inlined, without the call.)
    @inline(__always)
    func date(_ tokens: [Token], _ scalars: [Unicode.Scalar], at i: Int) -> Range<Int>? {
        let token = tokens[i]
        guard token.kind == .number || token.isCapitalized || token.key == thang || token.key == thu else { return nil }
        return dateStarting(tokens, scalars, at: i)
    }

    private func dateStarting(_ tokens: [Token], _ scalars: [Unicode.Scalar], at i: Int) -> Range<Int>? {
        let token = tokens[i]
        switch token.kind {
        case .number:
            if let dashed = dashedDate(tokens, scalars, at: i) { return dashed }
            if let range = range(tokens, scalars, at: i) { return range }
            guard let parts = Self.numbers(scalars, token.start..<token.end) else { return nil }
            if parts.count == 1 {
                let value = parts[0]
                if let long = vietnameseDayMonth(tokens, scalars, at: i, day: value) { return long }  // 24 tháng 5
                if let month = monthAfter(tokens, i) {  // 27 April [2021]
                    guard DateGrammar.days.contains(value) else { return nil }
                    if month + 1 < tokens.count, isYear(tokens, scalars, month + 1) { return i..<(month + 2) }
                    return i..<(month + 1)
                }
                let digits = token.end - token.start
                // `năm 1064`: after the word for year, a year before the years a bare number may be.
                if i > 0, tokens[i - 1].key == nam, writtenYear(tokens, scalars, i) { return i..<(i + 1) }
                return digits == 4 && DateGrammar.years.contains(value) && !followedByUnit(tokens, scalars, i)
                    ? i..<(i + 1) : nil
            }
            if parts.count == 2 {
                let (a, b) = (parts[0], parts[1])
                if DateGrammar.days.contains(a), DateGrammar.months.contains(b) { return i..<(i + 1) }  // 18/10
                if DateGrammar.months.contains(a), DateGrammar.years.contains(b) { return i..<(i + 1) }  // 4/2021
                return nil
            }
            if parts.count == 3, DateGrammar.isFullDate(day: parts[0], month: parts[1], year: parts[2]) {
                return i..<(i + 1)
            }
            return nil
        case .word:
            if token.isCapitalized, weekdays.contains(token.key) { return i..<(i + 1) }
            if token.isCapitalized, months.contains(token.key) {
                if i + 1 < tokens.count, tokens[i + 1].kind == .number,
                   let parts = Self.numbers(scalars, tokens[i + 1].start..<tokens[i + 1].end), parts.count == 1 {
                    if DateGrammar.years.contains(parts[0]) { return i..<(i + 2) }  // April 2021
                    if DateGrammar.days.contains(parts[0]) { return i..<(i + 2) }  // April 27[, 2021]
                }
                if i > 0, isLoneMonthLead(tokens[i - 1], before: token) {
                    return i..<(i + 1)  // in June
                }
            }
            if token.key == thang, i + 1 < tokens.count, tokens[i + 1].kind == .number,
               let parts = Self.numbers(scalars, tokens[i + 1].start..<tokens[i + 1].end),
               parts.count == 2, DateGrammar.months.contains(parts[0]), DateGrammar.years.contains(parts[1]) {
                return i..<(i + 2)  // tháng 4/2021
            }
            if token.key == thang, let monthYear = vietnameseMonthYear(tokens, scalars, at: i) { return monthYear }
            if token.key == thu, i + 1 < tokens.count, tokens[i + 1].isCapitalized,
               vietnameseWeekdays.contains(tokens[i + 1].key) { return i..<(i + 2) }
            if token.key == chu, token.isCapitalized, i + 1 < tokens.count, tokens[i + 1].key == nhat {
                return i..<(i + 2)
            }
            return nil
        default:
            return nil
        }
    }

    /// Words that place a bare month in time; `May` (a name, a verb) only after the stricter ones.
    private static let monthLeads = KeySet(words: ["in", "since", "until", "till", "by", "from", "through", "last",
                                                   "next", "this", "early", "late", "during", "before", "after"])
    private static let mayLeads = KeySet(words: ["in", "since", "until", "last", "next", "early", "late"])
    private static let may = Tokenizer.key(of: "may".unicodeScalars[...])

    private func isLoneMonthLead(_ lead: Token, before month: Token) -> Bool {
        lead.kind == .word && !lead.isCapitalized && (month.key == Self.may ? Self.mayLeads : Self.monthLeads).contains(lead.key)
    }

    func monthAfter(_ tokens: [Token], _ i: Int) -> Int? {
        guard i + 1 < tokens.count, tokens[i + 1].isCapitalized, months.contains(tokens[i + 1].key) else { return nil }
        return i + 1
    }

    func isYear(_ tokens: [Token], _ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        guard tokens[i].kind == .number, tokens[i].end - tokens[i].start == 4,
              let parts = Self.numbers(scalars, tokens[i].start..<tokens[i].end), parts.count == 1 else { return false }
        return DateGrammar.years.contains(parts[0])
    }

    /// `2000 người`, `2000%`: a count, not a year. Only a few unit marks are checked; words are not.
    private func followedByUnit(_ tokens: [Token], _ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        let end = tokens[i].end
        guard end < scalars.count else { return false }
        return scalars[end].isOne(of: "%$€£")
    }

    /// The integers of `18/10/2021`, `4/2021` or `2015`; nil for anything else (decimals, `1,000`, `3h30`).
    static func numbers(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> NumberGroup? {
        NumberGroup(scalars, range, separator: .slash, maxDigits: 6)
    }
}
