import Foundation

/// Dates as HTTP headers write them: the IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`.
public enum HTTPDate {
    public static func parse(_ text: String) -> Date? {
        formatter().date(from: text.trimmingCharacters(in: .whitespaces))
    }

    /// A date for `If-Modified-Since` and `Last-Modified`.
    public static func format(_ date: Date) -> String {
        formatter().string(from: date)
    }

    // DateFormatter is not Sendable; a new one per call costs microseconds, against a network request.
    private static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
    }
}
