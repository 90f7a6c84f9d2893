import ArticleModel
import Foundation

/// Finds a publication date in an article's text, and parses the date strings of front matter.
/// Only full dates (day, month and year) count: "18/10" alone cannot order a library.
public enum DateFinder {
    static let monthNames: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    static let numeric = try! NSRegularExpression(
        pattern: #"(?<![\d/.])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])"#)
    static let vietnamese = try! NSRegularExpression(
        pattern: #"(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"#)
    static let cjk = try! NSRegularExpression(pattern: #"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"#)
    static let iso = try! NSRegularExpression(pattern: #"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"#)
    static let dayMonthYear = try! NSRegularExpression(
        pattern: #"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b"#)
    static let monthDayYear = try! NSRegularExpression(
        pattern: #"(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s+(\d{4})\b"#)

    /// The first full date in the first few thousand characters of `blocks`.
    public static func firstDate(in blocks: [Block]) -> Date? {
        var text = ""
        for block in blocks {
            text += block.text + "\n"
            if text.utf16.count > 4000 { break }
        }
        return firstDate(in: text)
    }

    public static func firstDate(in text: String) -> Date? {
        let range = NSRange(text.startIndex..., in: text)
        var best: (location: Int, date: Date)?
        func consider(_ regex: NSRegularExpression, _ make: ([String]) -> Date?) {
            for match in regex.matches(in: text, range: range) {
                if let best, best.location < match.range.location { return }
                let groups = (1..<match.numberOfRanges).map { index -> String in
                    Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
                }
                if let date = make(groups) {
                    best = (match.range.location, date)
                    return
                }
            }
        }
        consider(vietnamese) { makeDate(year: $0[2], month: $0[1], day: $0[0]) }
        consider(numeric) { makeDate(year: $0[2], month: $0[1], day: $0[0]) }
        consider(cjk) { makeDate(year: $0[0], month: $0[1], day: $0[2]) }
        consider(iso) { makeDate(year: $0[0], month: $0[1], day: $0[2]) }
        consider(dayMonthYear) { groups in
            monthNames[groups[1].lowercased()].flatMap { makeDate(year: groups[2], month: String($0), day: groups[0]) }
        }
        consider(monthDayYear) { groups in
            monthNames[groups[0].lowercased()].flatMap { makeDate(year: groups[2], month: String($0), day: groups[1]) }
        }
        return best?.date
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

    static func makeDate(year: String, month: String, day: String) -> Date? {
        guard let year = Int(year), let month = Int(month), let day = Int(day),
              (1800...2200).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = Calendar.utc.date(from: components),
              Calendar.utc.component(.day, from: date) == day else { return nil }
        return date
    }
}
