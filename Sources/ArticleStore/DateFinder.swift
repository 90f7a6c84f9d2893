import ArticleModel
import Foundation
import TextKit

/// Finds a publication date in an article's text, and parses the date strings of front matter.
/// Only full dates (day, month and year) count: "18/10" alone cannot order a library. The month names,
/// calendar words and number ranges are `DateGrammar`'s, shared with the analyser's `DateRecognizer`.
public enum DateFinder {
    /// The date of a dateline at the top of an article: a full date near the start of its first block,
    /// where the block is a short line of its own that ends with the date ("Hà Nội, ngày 12/8/2021") or
    /// the date is followed by a dash, a parenthesis, a colon or a bar ("HÀ NỘI (12/8/2021) -",
    /// "LONDON, 3 March 2004 (Reuters) -"). A date elsewhere in the text is what the article is about
    /// (a flight in 1961, an expiry date), not when it was published.
    public static func datelineDate(in blocks: [Block]) -> Date? {
        guard let first = blocks.first?.text else { return nil }
        let bytes = Array(first.utf8.prefix(Self.datelineReach))
        var whole = DateScanner(bytes)
        guard let date = whole.firstDate() else { return nil }
        // Where the date ends: the shortest start of the text that holds it (dates end with their year
        // or 日, and a shorter start never holds a valid date of its own).
        var end = bytes.count
        for length in 1...bytes.count {
            var scanner = DateScanner(Array(bytes[..<length]))
            if scanner.firstDate() == date {
                end = length
                break
            }
        }
        if first.utf8.count <= Self.datelineLine, first.utf8.count - end <= Self.datelineTail { return date }
        let rest = bytes[end...].drop { $0 == 0x20 || $0 == 0x2C }
        guard let next = rest.first else { return date }
        let separators: [UInt8] = Array("-()|:".utf8)
        if separators.contains(next) { return date }
        // En and em dashes.
        if next == 0xE2, rest.dropFirst().starts(with: [0x80]), let third = rest.dropFirst(2).first, third == 0x93 || third == 0x94 {
            return date
        }
        return nil
    }

    /// How far into the first block a dateline's date may end, in UTF-8 bytes; the longest first block
    /// that counts as a dateline line of its own, and what may follow the date there (" 10:30 GMT+7").
    static let datelineReach = 90
    static let datelineLine = 120
    static let datelineTail = 16

    /// The earliest full date in `text`: `18/10/2021` (also with `.` or `-`), `ngày 18 tháng 10 năm 2021`,
    /// `2021-10-18`, `2021年10月18日`, `18 October 2021`, `October 18, 2021`. A hand-written scanner over
    /// UTF-8 rather than regular expressions: dating every article was a sixth of indexing time.
    public static func firstDate(in text: String) -> Date? {
        var scanner = DateScanner(Array(text.utf8))
        return scanner.firstDate()
    }

    /// Parses `2021-10-18`, `2021-10-18T09:30:00Z`, `20211018`, `18/10/2021` or `27 April 2021`.
    public static func parseDate(_ text: String) -> Date? {
        let trimmed = text.trimmed
        if trimmed.utf8.count == 8, let number = Int(trimmed) {
            return makeDate(year: number / 10000, month: number / 100 % 100, day: number % 100)
        }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: trimmed) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: trimmed) { return date }
        return firstDate(in: trimmed)
    }

    static func makeDate(year: Int, month: Int, day: Int) -> Date? {
        guard DateGrammar.isFullDate(day: day, month: month, year: year) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = Calendar.utc.date(from: components),
              Calendar.utc.component(.day, from: date) == day else { return nil }
        return date
    }
}
