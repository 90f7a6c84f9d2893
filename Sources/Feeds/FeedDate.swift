import Foundation
import TextKit

/// Reads the dates feeds write: RFC 822 with or without weekday, seconds or zone (names like GMT or EST,
/// offsets like +0700), two-digit years, and ISO 8601 with or without fractions or zone. Nil for anything
/// that is not a usable date. Hand-written because DateFormatter is slow on 100,000 items and knows one
/// pattern at a time.
enum FeedDate {
    static func parse(_ text: String) -> Date? {
        let tokens = DateTokens(text)
        guard !tokens.items.isEmpty else { return nil }
        let fields = tokens.isISO ? iso(tokens) : rfc822(tokens)
        return fields?.date
    }

    /// The parts of a date before they are checked and combined.
    struct Fields {
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
        var fraction = 0.0
        /// Seconds east of UTC.
        var offset = 0

        var date: Date? {
            guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day), (0...24).contains(hour),
                  (0...59).contains(minute), (0...60).contains(second), day <= CalendarDay.days(inMonth: month, year: year) else { return nil }
            let days = Self.daysFromCivil(year: year, month: month, day: day)
            let seconds = Double(days * 86400 + hour * 3600 + minute * 60 + second - offset) + fraction
            return Date(timeIntervalSince1970: seconds)
        }

        /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
        static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yearOfEra = y - era * 400
            let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            return era * 146097 + dayOfEra - 719468
        }
    }

    /// `2006-01-02T15:04:05.123+07:00`, `2006-01-02 15:04:05Z`, `2006-01-02`.
    private static func iso(_ tokens: DateTokens) -> Fields? {
        var fields = Fields()
        let items = tokens.items
        guard items.count >= 3, case .number(let year, _) = items[0], case .number(let month, _) = items[1],
              case .number(let day, _) = items[2] else { return nil }
        (fields.year, fields.month, fields.day) = (year, month, day)
        var rest = items.dropFirst(3)
        if case .time(let hour, let minute, let second, let fraction) = rest.first {
            (fields.hour, fields.minute, fields.second, fields.fraction) = (hour, minute, second, fraction)
            rest = rest.dropFirst()
        }
        if let zone = rest.first {
            guard let offset = zone.offset else { return nil }
            fields.offset = offset
        }
        return fields
    }

    /// `Mon, 02 Jan 2006 15:04:05 -0700`, `2 Jan 06 15:04 GMT`, `Monday, January 2, 2006 3:04:05 PM EST`,
    /// `Mon Jan  2 15:04:05 2006`.
    private static func rfc822(_ tokens: DateTokens) -> Fields? {
        var fields = Fields()
        var numbers: [(value: Int, digits: Int)] = []
        var monthIndex: Int?
        var afternoon: Bool?
        for (index, token) in tokens.items.enumerated() {
            switch token {
            case .number(let value, let digits): numbers.append((value, digits))
            case .time(let hour, let minute, let second, let fraction):
                (fields.hour, fields.minute, fields.second, fields.fraction) = (hour, minute, second, fraction)
            case .word(let word):
                if let month = DateTokens.month(word), monthIndex == nil {
                    fields.month = month
                    monthIndex = numbers.count
                } else if word == "am" || word == "pm" {
                    afternoon = word == "pm"
                } else if let offset = token.offset, index > 0 {
                    fields.offset = offset
                } else if DateTokens.weekdays.contains(String(word.prefix(3))) {
                    continue
                } else {
                    return nil
                }
            case .zone:
                fields.offset = token.offset ?? 0
            }
        }
        guard let monthIndex, numbers.count == 2, monthIndex < 2 else { return nil }
        // The day comes before the month (RFC 822) or after it (ANSI C, US style); the other number is the year.
        var (day, year) = (numbers[0], numbers[1])
        if monthIndex == 0, day.digits == 4 { (day, year) = (year, day) }
        fields.day = day.value
        fields.year = year.digits <= 2 ? (year.value < 50 ? 2000 + year.value : 1900 + year.value) : year.value
        if let afternoon {
            guard (1...12).contains(fields.hour) else { return nil }
            fields.hour = fields.hour % 12 + (afternoon ? 12 : 0)
        }
        return fields
    }
}
