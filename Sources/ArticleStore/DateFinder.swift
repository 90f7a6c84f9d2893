import ArticleModel
import Foundation
import TextKit

/// Finds a publication date in an article's text, and parses the date strings of front matter.
/// Only full dates (day, month and year) count: "18/10" alone cannot order a library. The reading is
/// TextKit's `DateScanner`, the one the analyser's date rules share.
public enum DateFinder {
    /// The date of a dateline at the top of an article: a full date near the start of its first block,
    /// where the block is a short line of its own that ends with the date ("Hà Nội, ngày 12/8/2021") or
    /// the date is followed by a dash, a parenthesis, a colon or a bar ("HÀ NỘI (12/8/2021) -",
    /// "LONDON, 3 March 2004 (Reuters) -"). A date elsewhere in the text is what the article is about
    /// (a flight in 1961, an expiry date), not when it was published.
    public static func datelineDate(in blocks: [Block]) -> Date? {
        guard let first = blocks.first?.text else { return nil }
        let bytes = Array(first.utf8.prefix(Self.datelineReach))
        // A character cut at the reach becomes U+FFFD, which no date form reads.
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        guard let (found, endScalar) = DateScanner(scalars).firstFullDateAndEnd() else { return nil }
        // Where the date ends, in bytes.
        let end = scalars[..<endScalar].reduce(0) { $0 + UTF8.width($1) }
        guard let date = date(of: found) else { return nil }
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

    /// The earliest full date in `text` (see `DateScanner.firstFullDate`).
    public static func firstDate(in text: String) -> Date? {
        DateScanner(text).firstFullDate().flatMap(date(of:))
    }

    /// Parses `2021-10-18`, `2021-10-18T09:30:00Z`, `20211018`, `18/10/2021` or `27 April 2021`.
    public static func parseDate(_ text: String) -> Date? {
        let trimmed = text.trimmed
        if trimmed.utf8.count == 8, let number = Int(trimmed) {
            return CalendarDay(year: number / 10000, month: number / 100 % 100, day: number % 100).flatMap(date(of:))
        }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: trimmed) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: trimmed) { return date }
        return firstDate(in: trimmed)
    }

    /// Midnight UTC of `day`.
    static func date(of day: CalendarDay) -> Date? {
        Calendar.utc.date(from: DateComponents(year: day.year, month: day.month, day: day.day))
    }
}
