import TextKit

/// Dates written out in words (`24 tháng 5 năm 1064`, `tháng 8 năm 2014`) and ranges of days or years
/// (`20 - 25/4`, `14-17/04/2021`, `2015 - 2016`, `2007-08`), each one expression as the guidelines write it.
extension DateRecognizer {
    /// `2015 - 2016`, `2021-2022`, `2007-08`, `1965-71`: a year, a dash, and a later year (whole, or its
    /// last one or two digits); `20 - 25/4`, `14-17/04/2021`: a day, a dash and a later day's full date.
    /// The dash may stand in the number (one token) or between spaces (three). A range of two bare small
    /// numbers (`1-10`, a score or a count) is none.
    /// `24-26 June`, `4 - 6 March 2005`: a range of days before a month's name (and a year) is one date.
    func range(_ tokens: [Token], _ scalars: [Unicode.Scalar], at i: Int) -> Range<Int>? {
        let token = tokens[i]
        if let dash = (token.start..<token.end).first(where: { Self.isDash(scalars[$0]) }) {
            if isDayRange(scalars, token.start..<dash, (dash + 1)..<token.end), let month = monthAfter(tokens, i) {
                return i..<withYear(tokens, scalars, after: month)
            }
            return isRange(scalars, token.start..<dash, (dash + 1)..<token.end) ? i..<(i + 1) : nil
        }
        guard i + 2 < tokens.count, tokens[i + 1].kind == .punct, Self.isDash(tokens[i + 1].first),
              tokens[i + 2].kind == .number,
              tokens[i + 2].start - tokens[i + 1].end <= 1, tokens[i + 1].start - token.end <= 1 else { return nil }
        let left = token.start..<token.end, right = tokens[i + 2].start..<tokens[i + 2].end
        if isDayRange(scalars, left, right), let month = monthAfter(tokens, i + 2) {
            return i..<withYear(tokens, scalars, after: month)
        }
        return isRange(scalars, left, right) ? i..<(i + 3) : nil
    }

    /// Two days of a month, the second later (`24-26`).
    private func isDayRange(_ scalars: [Unicode.Scalar], _ left: Range<Int>, _ right: Range<Int>) -> Bool {
        guard let from = Self.numbers(scalars, left), from.count == 1, from.digits(0) <= 2,
              let to = Self.numbers(scalars, right), to.count == 1, to.digits(0) <= 2 else { return false }
        return DateGrammar.days.contains(from[0]) && DateGrammar.days.contains(to[0]) && to[0] > from[0]
    }

    /// The end of a date whose month is token `month`: after the year that follows it, if one does.
    private func withYear(_ tokens: [Token], _ scalars: [Unicode.Scalar], after month: Int) -> Int {
        month + 1 < tokens.count && isYear(tokens, scalars, month + 1) ? month + 2 : month + 1
    }

    private static func isDash(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2013}" }

    private func isRange(_ scalars: [Unicode.Scalar], _ left: Range<Int>, _ right: Range<Int>) -> Bool {
        guard let from = Self.numbers(scalars, left), from.count == 1,
              let to = Self.numbers(scalars, right) else { return false }
        let first = from[0]
        if from.digits(0) == 4, DateGrammar.years.contains(first), to.count == 1 {
            let digits = to.digits(0)
            guard digits == 4 || digits <= 2 else { return false }
            let last = digits == 4 ? to[0] : first - first % (digits == 1 ? 10 : 100) + to[0]
            return last > first && last - first <= 100
        }
        guard from.digits(0) <= 2, DateGrammar.days.contains(first), to.count >= 2, DateGrammar.days.contains(to[0]),
              to[0] > first, DateGrammar.months.contains(to[1]) else { return false }
        return to.count == 2 || DateGrammar.years.contains(to[2])
    }

    /// `24 tháng 5`, `11 tháng 11 năm 1099`: a day, `tháng`, a month and, after `năm`, a year; the tokens it
    /// covers from the day at `i`, or nil.
    func vietnameseDayMonth(_ tokens: [Token], _ scalars: [Unicode.Scalar], at i: Int, day: Int) -> Range<Int>? {
        guard DateGrammar.days.contains(day), i + 2 < tokens.count, tokens[i + 1].key == thang,
              !tokens[i + 1].isCapitalized, monthNumber(tokens, scalars, i + 2) != nil else { return nil }
        return i..<yearAfterMonth(tokens, scalars, from: i + 3)
    }

    /// `tháng 8 năm 2014`, `tháng 1.2015`, `tháng 11-2012`, `tháng 5/ 2016`: a month and its year after
    /// `tháng` at `i`; the tokens it covers, or nil. (`tháng 4/2021` is one token, read with the others.)
    func vietnameseMonthYear(_ tokens: [Token], _ scalars: [Unicode.Scalar], at i: Int) -> Range<Int>? {
        let n = tokens.count
        guard i + 1 < n, tokens[i + 1].kind == .number else { return nil }
        let number = tokens[i + 1]
        // (A month and a year joined by a dot or a dash in one token.)
        if let cut = (number.start..<number.end).first(where: { scalars[$0] == "." || Self.isDash(scalars[$0]) }),
           let month = Self.numbers(scalars, number.start..<cut), month.count == 1, DateGrammar.months.contains(month[0]),
           let year = Self.numbers(scalars, (cut + 1)..<number.end), year.count == 1, year.digits(0) == 4,
           DateGrammar.years.contains(year[0]) {
            return i..<(i + 2)
        }
        guard monthNumber(tokens, scalars, i + 1) != nil else { return nil }
        // `tháng 5/ 2016`: a slash or a dash set off before the year.
        if i + 3 < n, tokens[i + 2].kind == .punct, tokens[i + 2].first == "/" || Self.isDash(tokens[i + 2].first),
           isYear(tokens, scalars, i + 3) {
            return i..<(i + 4)
        }
        let end = yearAfterMonth(tokens, scalars, from: i + 2)
        return end > i + 2 ? i..<end : nil
    }

    /// The month (1 to 12, one or two digits) token `j` holds alone, or nil.
    private func monthNumber(_ tokens: [Token], _ scalars: [Unicode.Scalar], _ j: Int) -> Int? {
        guard j < tokens.count, tokens[j].kind == .number, let parts = Self.numbers(scalars, tokens[j].start..<tokens[j].end),
              parts.count == 1, parts.digits(0) <= 2, DateGrammar.months.contains(parts[0]) else { return nil }
        return parts[0]
    }

    /// After a month ending before `j`: the index after `năm YYYY` when it follows, else `j`.
    private func yearAfterMonth(_ tokens: [Token], _ scalars: [Unicode.Scalar], from j: Int) -> Int {
        guard j + 1 < tokens.count, tokens[j].key == nam, !tokens[j].isCapitalized,
              writtenYear(tokens, scalars, j + 1) else { return j }
        return j + 2
    }

    /// A year written after `năm`: four digits, from 1000 (`năm 1064`: the word says it is a year, as a
    /// bare number could not).
    func writtenYear(_ tokens: [Token], _ scalars: [Unicode.Scalar], _ j: Int) -> Bool {
        guard tokens[j].kind == .number, tokens[j].end - tokens[j].start == 4,
              let parts = Self.numbers(scalars, tokens[j].start..<tokens[j].end), parts.count == 1 else { return false }
        return (1000...DateGrammar.years.upperBound).contains(parts[0])
    }
}
