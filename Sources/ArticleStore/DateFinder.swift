import ArticleModel
import Foundation
import TextKit

/// Finds a publication date in an article's text, and parses the date strings of front matter.
/// Only full dates (day, month and year) count: "18/10" alone cannot order a library.
public enum DateFinder {
    static let monthNames: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    /// The first full date in the first few thousand characters of `blocks`.
    public static func firstDate(in blocks: [Block]) -> Date? {
        // The blocks' bytes, each after a newline, gathered as bytes: joining strings first, then
        // copying out their bytes, and counting UTF-16 through the string took a twentieth of indexing.
        var bytes: [UInt8] = []
        var length = 0  // in UTF-16 units
        for block in blocks {
            UTF8Bytes.with(block.text) { text in
                bytes.append(contentsOf: text)
                length += UTF8Bytes.utf16Count(text) + 1
            }
            bytes.append(0x0A)
            if length > 4000 { break }
        }
        var scanner = DateScanner(bytes)
        return scanner.firstDate()
    }

    /// The earliest full date in `text`: `18/10/2021` (also with `.` or `-`), `ngày 18 tháng 10 năm 2021`,
    /// `2021-10-18`, `2021年10月18日`, `18 October 2021`, `October 18, 2021`. A hand-written scanner over
    /// UTF-8 rather than regular expressions: dating every article was a sixth of indexing time.
    public static func firstDate(in text: String) -> Date? {
        var scanner = DateScanner(Array(text.utf8))
        return scanner.firstDate()
    }

    /// Parses `2021-10-18`, `2021-10-18T09:30:00Z`, `18/10/2021` or `27 April 2021`.
    public static func parseDate(_ text: String) -> Date? {
        let trimmed = text.trimmed
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: trimmed) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: trimmed) { return date }
        return firstDate(in: trimmed)
    }

    static func month(named name: String) -> Int? { monthNames[name.lowercased()] }

    static func makeDate(year: Int, month: Int, day: Int) -> Date? {
        guard (1800...2200).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = Calendar.utc.date(from: components),
              Calendar.utc.component(.day, from: date) == day else { return nil }
        return date
    }
}
