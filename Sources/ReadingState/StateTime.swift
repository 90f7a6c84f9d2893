import Foundation

/// Times in the state file: UTC ISO 8601 with milliseconds, and compared as whole milliseconds, so a
/// time read back from the file compares equal to the one that was written (Foundation's formatter
/// floors the fraction of a binary `Double`, which would turn .123 into .122).
enum StateTime {
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// `date` rounded to a whole millisecond: what the file can hold exactly.
    static func rounded(_ date: Date) -> Date {
        self.date(milliseconds: milliseconds(date))
    }

    private static let seconds = Date.ISO8601FormatStyle()

    /// `2026-11-29T05:01:02.123Z`. Done by hand with integer calendar arithmetic: a state file holds
    /// tens of thousands of times, and the general formatter made saves several times slower.
    static func string(_ date: Date) -> String {
        let (second, milli) = milliseconds(date).floorDivided(by: 1000)
        let (days, secondOfDay) = second.floorDivided(by: 86_400)
        let (year, month, day) = civil(fromDays: days)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let milliText = milli < 10 ? "00\(milli)" : milli < 100 ? "0\(milli)" : "\(milli)"
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600))"
            + ":\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60)).\(milliText)Z"
    }

    /// Reads the written form fast, and any other ISO 8601 time (hand-written, without a fraction or
    /// with an offset) through Foundation.
    static func parse(_ text: String) -> Date? {
        if let fast = parseWritten(text) { return fast }
        guard text.hasSuffix("Z") else { return try? seconds.parse(text) }
        var base = String(text.dropLast())
        var milli: Int64 = 0
        if let dot = base.firstIndex(of: ".") {
            let fraction = base[base.index(after: dot)...]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCII), fraction.allSatisfy(\.isNumber) else { return nil }
            milli = Int64((fraction + "000").prefix(3)) ?? 0
            base = String(base[..<dot])
        }
        guard let date = try? seconds.parse(base + "Z") else { return nil }
        return self.date(milliseconds: Int64(date.timeIntervalSince1970) * 1000 + milli)
    }

    /// Exactly `YYYY-MM-DDTHH:MM:SS.mmmZ`, else nil.
    private static func parseWritten(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 24, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A,
              bytes[16] == 0x3A, bytes[19] == 0x2E, bytes[23] == 0x5A else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int64(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              let milli = number(20..<23), (1...12).contains(month), (1...31).contains(day), hour < 24,
              minute < 60, second < 61 else { return nil }
        let days = days(fromCivil: year, month, day)
        return date(milliseconds: ((days * 86_400 + hour * 3600 + minute * 60 + second) * 1000) + milli)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `days(fromCivil:)`.
    static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension Int64 {
    /// Quotient rounded down and a remainder that is never negative (times before 1970 too).
    func floorDivided(by divisor: Int64) -> (Int64, Int64) {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}

/// Hands out modification times for one store: whole milliseconds, and strictly increasing, so two
/// changes made within the same millisecond still have an order a merge can follow.
struct StateClock {
    private let now: () -> Date
    private var last: Int64 = .min

    init(now: @escaping () -> Date) { self.now = now }

    mutating func stamp() -> Date {
        let current = max(StateTime.milliseconds(now()), last == .min ? .min : last + 1)
        last = current
        return StateTime.date(milliseconds: current)
    }
}
