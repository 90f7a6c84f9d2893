import Foundation
import TextKit

/// Scans UTF-8 text for the date forms `DateFinder` knows, left to right, returning the first valid one.
/// Its words are `DateGrammar`'s, as UTF-8.
struct DateScanner {
    private static let ngay = Array(DateGrammar.vietnameseDay.utf8)
    private static let thang = Array(DateGrammar.vietnameseMonth.utf8)
    private static let nam = Array(DateGrammar.vietnameseYear.utf8)

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func firstDate() -> Date? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte), index == 0 || !isDigit(bytes[index - 1]) {
                if let date = dateStartingWithNumber(at: index) { return date }
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                continue
            }
            if isLetter(byte), index == 0 || !isLetter(bytes[index - 1]), let date = monthFirst(at: index) {
                return date
            }
            index += 1
        }
        return nil
    }

    // MARK: Forms that start with a number

    private func dateStartingWithNumber(at start: Int) -> Date? {
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
    private func isoDate(year: Int, at index: Int) -> Date? {
        guard byte(index) == 0x2D else { return nil }
        let (month, afterMonth) = number(at: index + 1)
        guard afterMonth - index - 1 == 2, byte(afterMonth) == 0x2D else { return nil }
        let (day, afterDay) = number(at: afterMonth + 1)
        guard afterDay - afterMonth - 1 == 2 else { return nil }
        return DateFinder.makeDate(year: year, month: month, day: day)
    }

    /// `2021年10月18日`, spaces allowed around the numbers.
    private func cjkDate(year: Int, at index: Int) -> Date? {
        var cursor = skipSpaces(index)
        guard let afterYear = match(cursor, [0xE5, 0xB9, 0xB4]) else { return nil }  // 年
        cursor = skipSpaces(afterYear)
        let (month, afterMonth) = number(at: cursor)
        guard (1...2).contains(afterMonth - cursor), let afterMonthMark = match(skipSpaces(afterMonth), [0xE6, 0x9C, 0x88]) else {
            return nil  // 月
        }
        cursor = skipSpaces(afterMonthMark)
        let (day, afterDay) = number(at: cursor)
        guard (1...2).contains(afterDay - cursor), match(skipSpaces(afterDay), [0xE6, 0x97, 0xA5]) != nil else {
            return nil  // 日
        }
        return DateFinder.makeDate(year: year, month: month, day: day)
    }

    /// `18/10/2021`, `18.10.2021`, `18-10-2021`: not inside a longer run of numbers and separators.
    private func numericDate(day: Int, start: Int, at index: Int) -> Date? {
        if start > 0, [0x2F, 0x2E].contains(bytes[start - 1]) { return nil }
        guard let separator = byte(index), [0x2F, 0x2E, 0x2D].contains(separator) else { return nil }
        let (month, afterMonth) = number(at: index + 1)
        guard (1...2).contains(afterMonth - index - 1), let second = byte(afterMonth),
              [0x2F, 0x2E, 0x2D].contains(second) else { return nil }
        let (year, afterYear) = number(at: afterMonth + 1)
        guard afterYear - afterMonth - 1 == 4, byte(afterYear) != 0x2F else { return nil }
        return DateFinder.makeDate(year: year, month: month, day: day)
    }

    /// `ngày 18 tháng 10 năm 2021` (the number found is the day).
    private func vietnameseDate(day: Int, start: Int, at index: Int) -> Date? {
        var before = start - 1
        guard before >= 0, isSpace(bytes[before]) else { return nil }
        while before > 0, isSpace(bytes[before - 1]) { before -= 1 }
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
        return DateFinder.makeDate(year: year, month: month, day: day)
    }

    /// `18 October 2021`, `18th Oct. 2021`, `18 October, 2021`.
    private func englishDayFirst(day: Int, at index: Int) -> Date? {
        var cursor = skipOrdinalSuffix(index)
        guard cursor < bytes.count, isSpace(bytes[cursor]) else { return nil }
        cursor = skipSpaces(cursor)
        guard let (month, afterMonth) = monthName(at: cursor) else { return nil }
        cursor = afterMonth
        if byte(cursor) == 0x2E { cursor += 1 }
        if byte(cursor) == 0x2C { cursor += 1 }
        guard cursor < bytes.count, isSpace(bytes[cursor]) else { return nil }
        cursor = skipSpaces(cursor)
        let (year, afterYear) = number(at: cursor)
        guard afterYear - cursor == 4, !isLetter(byte(afterYear) ?? 0x20) else { return nil }
        return DateFinder.makeDate(year: year, month: month, day: day)
    }

    // MARK: `October 18, 2021`

    private func monthFirst(at start: Int) -> Date? {
        guard let (month, afterMonth) = monthName(at: start) else { return nil }
        var cursor = afterMonth
        if byte(cursor) == 0x2E { cursor += 1 }
        guard cursor < bytes.count, isSpace(bytes[cursor]) else { return nil }
        cursor = skipSpaces(cursor)
        let (day, afterDay) = number(at: cursor)
        guard (1...2).contains(afterDay - cursor) else { return nil }
        cursor = skipOrdinalSuffix(afterDay)
        guard byte(cursor) == 0x2C else { return nil }
        cursor = skipSpaces(cursor + 1, atLeastOne: true)
        let (year, afterYear) = number(at: cursor)
        guard afterYear - cursor == 4, !isLetter(byte(afterYear) ?? 0x20) else { return nil }
        return DateFinder.makeDate(year: year, month: month, day: day)
    }

    // MARK: Pieces

    private func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }

    /// The number at `index` (up to 9 digits) and the index after it.
    private func number(at index: Int) -> (Int, Int) {
        var value = 0, cursor = index
        while cursor < bytes.count, cursor - index < 9, isDigit(bytes[cursor]) {
            value = value * 10 + Int(bytes[cursor] - 0x30)
            cursor += 1
        }
        if cursor < bytes.count, isDigit(bytes[cursor]) { return (0, index) }  // too long to be a date part
        return (value, cursor)
    }

    private func skipSpaces(_ index: Int, atLeastOne: Bool = false) -> Int {
        var cursor = index
        while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
        return atLeastOne && cursor == index ? bytes.count : cursor
    }

    private func skipOrdinalSuffix(_ index: Int) -> Int {
        guard index + 1 < bytes.count else { return index }
        let pair = [bytes[index] | 0x20, bytes[index + 1] | 0x20]
        let suffixes: [[UInt8]] = [[0x73, 0x74], [0x6E, 0x64], [0x72, 0x64], [0x74, 0x68]]  // st nd rd th
        guard suffixes.contains(pair), !isLetter(byte(index + 2) ?? 0x20) else { return index }
        return index + 2
    }

    /// `bytes` at `index`, exactly; the index after them.
    private func match(_ index: Int, _ expected: [UInt8]) -> Int? {
        guard index + expected.count <= bytes.count else { return nil }
        for offset in expected.indices where bytes[index + offset] != expected[offset] { return nil }
        return index + expected.count
    }

    /// The same, ignoring the case of ASCII letters (`Ngày`, `Tháng`).
    private func matchFolded(_ index: Int, _ expected: [UInt8]) -> Int? {
        guard index >= 0, index + expected.count <= bytes.count else { return nil }
        for offset in expected.indices {
            let actual = bytes[index + offset]
            let folded = isLetter(actual) ? actual | 0x20 : actual
            if folded != expected[offset] { return nil }
        }
        return index + expected.count
    }

    /// An English month name or abbreviation at `index`, ending at a non-letter.
    private func monthName(at index: Int) -> (Int, Int)? {
        var end = index
        while end < bytes.count, end - index <= 9, isLetter(bytes[end]) { end += 1 }
        guard (3...9).contains(end - index) else { return nil }
        let name = String(decoding: bytes[index..<end], as: UTF8.self)
        return DateGrammar.month(named: name).map { ($0, end) }
    }
}
