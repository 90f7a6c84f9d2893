import Foundation

/// When an article was published, and how lede knows it (which decides how much to trust it).
public struct ArticleDate: Codable, Sendable, Hashable, Comparable {
    public enum Origin: String, Codable, Sendable, Hashable {
        /// A `date:` in Markdown front matter.
        case frontMatter
        /// A dateline at the top of the article's text (or a `# date = …` comment header).
        case text
        /// The file's modification time: the fallback, for sorting only. The publication date is unknown.
        case fileModified
    }

    public var value: Date
    public var origin: Origin

    public init(_ value: Date, origin: Origin) {
        self.value = value
        self.origin = origin
    }

    public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool { lhs.value < rhs.value }

    /// Whether the publication date is known: not the file's time.
    public var isKnown: Bool { origin != .fileModified }

    /// The day when the publication date is known, else nil.
    public var knownDay: String? { isKnown ? day : nil }

    /// `YYYY-MM-DD` in UTC: how dates are shown and exported.
    public var day: String {
        let parts = Calendar.utc.dateComponents([.year, .month, .day], from: value)
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        // Not String(format:): this runs for every row of a 100,000-article list.
        return "\(padded(parts.year ?? 0, 4))-\(padded(parts.month ?? 0, 2))-\(padded(parts.day ?? 0, 2))"
    }
}

extension Calendar {
    /// A Gregorian calendar in UTC: article dates carry no time zone, so none is applied.
    public static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
