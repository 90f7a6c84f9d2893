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

    static func string(_ date: Date) -> String {
        let ms = milliseconds(date)
        let (whole, fraction) = ms.quotientAndRemainder(dividingBy: 1000)
        let (second, milli) = fraction < 0 ? (whole - 1, fraction + 1000) : (whole, fraction)
        let base = seconds.format(Date(timeIntervalSince1970: Double(second)))
        let digits = String(milli)
        return String(base.dropLast()) + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }

    /// Accepts the written form and hand-written ones without a fraction.
    static func parse(_ text: String) -> Date? {
        guard text.hasSuffix("Z") else { return try? seconds.parse(text) }
        var base = String(text.dropLast())
        var milli: Int64 = 0
        if let dot = base.firstIndex(of: ".") {
            let fraction = base[base.index(after: dot)...]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCII), fraction.allSatisfy(\.isNumber) else { return nil }
            let padded = (fraction + "000").prefix(3)
            milli = Int64(padded) ?? 0
            base = String(base[..<dot])
        }
        guard let date = try? seconds.parse(base + "Z") else { return nil }
        return self.date(milliseconds: Int64(date.timeIntervalSince1970) * 1000 + milli)
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
