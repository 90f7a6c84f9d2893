/// The one reader of dates in text, over Unicode scalars and in `DateGrammar`'s words. It reads the
/// full dates a publication date is taken from (`firstFullDate`, for ArticleStore's datelines and front
/// matter); the analyser's date rules read the numbers inside its tokens with `NumberGroup` and the
/// month names with `DateGrammar`. A hand-written scanner rather than regular expressions: dating every
/// article was once a sixth of indexing time.
public struct DateScanner {
    private static let ngay = Array(DateGrammar.vietnameseDay.unicodeScalars)
    private static let thang = Array(DateGrammar.vietnameseMonth.unicodeScalars)
    private static let nam = Array(DateGrammar.vietnameseYear.unicodeScalars)
    private static let cjkYear: Unicode.Scalar = "年", cjkMonth: Unicode.Scalar = "月", cjkDay: Unicode.Scalar = "日"

    private let scalars: [Unicode.Scalar]

    public init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    public init(_ text: some StringProtocol) { self.init(Array(text.unicodeScalars)) }

    /// The earliest full date: `18/10/2021` (also with `.` or `-`), `ngày 18 tháng 10 năm 2021`,
    /// `2021-10-18`, `2021年10月18日`, `18 October 2021`, `October 18, 2021`. Partial dates (`18/10`) and
    /// days that do not exist (`31/02/2021`) are passed over.
    public func firstFullDate() -> CalendarDay? { firstFullDateAndEnd()?.day }

    /// The same, with where the date ends (the scalar index after its last scalar).
    public func firstFullDateAndEnd() -> Found? {
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isDigit(scalar), index == 0 || !isDigit(scalars[index - 1]) {
                if let date = dateStartingWithNumber(at: index) { return date }
                while index < scalars.count, isDigit(scalars[index]) { index += 1 }
                continue
            }
            if isLetter(scalar), index == 0 || !isLetter(scalars[index - 1]), let date = monthFirst(at: index) {
                return date
            }
            index += 1
        }
        return nil
    }

    /// A date read, and the scalar index after it.
    public typealias Found = (day: CalendarDay, end: Int)

    /// The day, if it exists, found ending at `end`.
    private static func found(_ year: Int, _ month: Int, _ day: Int, end: Int) -> Found? {
        CalendarDay(year: year, month: month, day: day).map { ($0, end) }
    }

    // MARK: Forms that start with a number

    private func dateStartingWithNumber(at start: Int) -> Found? {
        let (first, afterFirst) = number(at: start)
        let digits = afterFirst - start
        if digits == 4 {
            return isoDate(year: first, at: afterFirst) ?? cjkDate(year: first, at: afterFirst)
        }
        guard digits <= 2 else { return nil }
        return numericDate(day: first, start: start, at: afterFirst)
            ?? vietnameseDate(day: first, start: start, at: afterFirst)
            ?? englishDayFirst(day: first, at: afterFirst)
    }

    /// `2021-10-18`, not followed by another digit.
    private func isoDate(year: Int, at index: Int) -> Found? {
        guard scalar(index) == "-" else { return nil }
        let (month, afterMonth) = number(at: index + 1)
        guard afterMonth - index - 1 == 2, scalar(afterMonth) == "-" else { return nil }
        let (day, afterDay) = number(at: afterMonth + 1)
        guard afterDay - afterMonth - 1 == 2 else { return nil }
        return Self.found(year, month, day, end: afterDay)
    }

    /// `2021年10月18日`, spaces allowed around the numbers.
    private func cjkDate(year: Int, at index: Int) -> Found? {
        var cursor = skipSpaces(index)
        guard scalar(cursor) == Self.cjkYear else { return nil }
        cursor = skipSpaces(cursor + 1)
        let (month, afterMonth) = number(at: cursor)
        let monthMark = skipSpaces(afterMonth)
        guard (1...2).contains(afterMonth - cursor), scalar(monthMark) == Self.cjkMonth else { return nil }
        cursor = skipSpaces(monthMark + 1)
        let (day, afterDay) = number(at: cursor)
        let dayMark = skipSpaces(afterDay)
        guard (1...2).contains(afterDay - cursor), scalar(dayMark) == Self.cjkDay else { return nil }
        return Self.found(year, month, day, end: dayMark + 1)
    }

    /// `18/10/2021`, `18.10.2021`, `18-10-2021`: not inside a longer run of numbers and separators.
    private func numericDate(day: Int, start: Int, at index: Int) -> Found? {
        if start > 0, scalars[start - 1] == "/" || scalars[start - 1] == "." { return nil }
        guard let separator = scalar(index), Self.isNumericSeparator(separator) else { return nil }
        let (month, afterMonth) = number(at: index + 1)
        guard (1...2).contains(afterMonth - index - 1), let second = scalar(afterMonth),
              Self.isNumericSeparator(second) else { return nil }
        let (year, afterYear) = number(at: afterMonth + 1)
        guard afterYear - afterMonth - 1 == 4, scalar(afterYear) != "/" else { return nil }
        return Self.found(year, month, day, end: afterYear)
    }

    private static func isNumericSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "/" || scalar == "." || scalar == "-"
    }

    /// `ngày 18 tháng 10 năm 2021` (the number found is the day).
    private func vietnameseDate(day: Int, start: Int, at index: Int) -> Found? {
        var before = start - 1
        guard before >= 0, isSpace(scalars[before]) else { return nil }
        while before > 0, isSpace(scalars[before - 1]) { before -= 1 }
        let ngay = Self.ngay
        guard before >= ngay.count, matchFolded(before - ngay.count, ngay) != nil else { return nil }
        guard let afterThang = matchFolded(skipSpaces(index, atLeastOne: true), Self.thang) else { return nil }
        let monthStart = skipSpaces(afterThang, atLeastOne: true)
        let (month, afterMonth) = number(at: monthStart)
        guard (1...2).contains(afterMonth - monthStart),
              let afterNam = matchFolded(skipSpaces(afterMonth, atLeastOne: true), Self.nam) else { return nil }
        let yearStart = skipSpaces(afterNam, atLeastOne: true)
        let (year, afterYear) = number(at: yearStart)
        guard afterYear - yearStart == 4 else { return nil }
        return Self.found(year, month, day, end: afterYear)
    }

    /// `18 October 2021`, `18th Oct. 2021`, `18 October, 2021`.
    private func englishDayFirst(day: Int, at index: Int) -> Found? {
        var cursor = skipOrdinalSuffix(index)
        guard cursor < scalars.count, isSpace(scalars[cursor]) else { return nil }
        cursor = skipSpaces(cursor)
        guard let (month, afterMonth) = monthName(at: cursor) else { return nil }
        cursor = afterMonth
        if scalar(cursor) == "." { cursor += 1 }
        if scalar(cursor) == "," { cursor += 1 }
        guard cursor < scalars.count, isSpace(scalars[cursor]) else { return nil }
        cursor = skipSpaces(cursor)
        let (year, afterYear) = number(at: cursor)
        guard afterYear - cursor == 4, !isLetter(scalar(afterYear) ?? " ") else { return nil }
        return Self.found(year, month, day, end: afterYear)
    }

    // MARK: `October 18, 2021`

    private func monthFirst(at start: Int) -> Found? {
        guard let (month, afterMonth) = monthName(at: start) else { return nil }
        var cursor = afterMonth
        if scalar(cursor) == "." { cursor += 1 }
        guard cursor < scalars.count, isSpace(scalars[cursor]) else { return nil }
        cursor = skipSpaces(cursor)
        let (day, afterDay) = number(at: cursor)
        guard (1...2).contains(afterDay - cursor) else { return nil }
        cursor = skipOrdinalSuffix(afterDay)
        guard scalar(cursor) == "," else { return nil }
        cursor = skipSpaces(cursor + 1, atLeastOne: true)
        let (year, afterYear) = number(at: cursor)
        guard afterYear - cursor == 4, !isLetter(scalar(afterYear) ?? " ") else { return nil }
        return Self.found(year, month, day, end: afterYear)
    }

    // MARK: Pieces

    private func scalar(_ index: Int) -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    private func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
    /// ASCII letters only: the month names are English.
    private func isLetter(_ scalar: Unicode.Scalar) -> Bool { (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
    private func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\n" }

    /// The number at `index` (up to 9 digits) and the index after it.
    private func number(at index: Int) -> (Int, Int) {
        var value = 0, cursor = index
        while cursor < scalars.count, cursor - index < 9, isDigit(scalars[cursor]) {
            value = value * 10 + Int(scalars[cursor].value - 0x30)
            cursor += 1
        }
        if cursor < scalars.count, isDigit(scalars[cursor]) { return (0, index) }  // too long to be a date part
        return (value, cursor)
    }

    private func skipSpaces(_ index: Int, atLeastOne: Bool = false) -> Int {
        var cursor = index
        while cursor < scalars.count, isSpace(scalars[cursor]) { cursor += 1 }
        return atLeastOne && cursor == index ? scalars.count : cursor
    }

    /// After `18th`, `1st`, `2nd`, `3rd` (any case), unless a letter follows.
    private static let ordinalSuffixes: [(UInt32, UInt32)] = [(0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68)]  // st nd rd th

    private func skipOrdinalSuffix(_ index: Int) -> Int {
        guard index + 1 < scalars.count else { return index }
        let pair = (scalars[index].value | 0x20, scalars[index + 1].value | 0x20)
        guard Self.ordinalSuffixes.contains(where: { $0 == pair }), !isLetter(scalar(index + 2) ?? " ") else { return index }
        return index + 2
    }

    /// `expected` at `index`, ignoring the case of ASCII letters (`Ngày`, `Tháng`); the index after it.
    private func matchFolded(_ index: Int, _ expected: [Unicode.Scalar]) -> Int? {
        guard index >= 0, index + expected.count <= scalars.count else { return nil }
        for offset in expected.indices {
            let actual = scalars[index + offset]
            let folded = isLetter(actual) ? actual.value | 0x20 : actual.value
            if folded != expected[offset].value { return nil }
        }
        return index + expected.count
    }

    /// An English month name or abbreviation at `index`, ending at a non-letter.
    private func monthName(at index: Int) -> (Int, Int)? {
        var end = index
        while end < scalars.count, end - index <= 9, isLetter(scalars[end]) { end += 1 }
        guard (3...9).contains(end - index) else { return nil }
        var name = ""
        name.unicodeScalars.append(contentsOf: scalars[index..<end])
        return DateGrammar.month(named: name).map { ($0, end) }
    }
}
