import Foundation

/// The `Retry-After` header: seconds or an HTTP date, bounded so that no server can silence a feed
/// for long.
public enum RetryAfter {
    /// When to try again, from the header's value; nil when it is missing or unreadable.
    public static func date(from value: String?, now: Date, bound: TimeInterval = 24 * 3600) -> Date? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        let delay: TimeInterval
        if let seconds = Int(value) {
            delay = TimeInterval(max(0, seconds))
        } else if let date = HTTPDate.parse(value) {
            delay = max(0, date.timeIntervalSince(now))
        } else {
            return nil
        }
        return now.addingTimeInterval(min(delay, bound))
    }
}
