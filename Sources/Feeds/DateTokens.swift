/// A date string cut into numbers, words, times and zone offsets, for `FeedDate`.
struct DateTokens {
    enum Token {
        case number(Int, digits: Int)
        case word(String)
        case time(hour: Int, minute: Int, second: Int, fraction: Double)
        /// A numeric zone: `+0700`, `-07:00`, `Z` is a word.
        case zone(seconds: Int)

        /// Seconds east of UTC for a zone name or offset.
        var offset: Int? {
            switch self {
            case .zone(let seconds): seconds
            case .word(let word): DateTokens.zones[word].map { $0 * 3600 }
            default: nil
            }
        }
    }

    static let zones: [String: Int] = [
        "z": 0, "gmt": 0, "ut": 0, "utc": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
        "pst": -8, "pdt": -7, "cet": 1, "cest": 2, "bst": 1, "ist": 5, "jst": 9, "ict": 7, "aest": 10,
    ]
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let weekdays: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    static func month(_ word: String) -> Int? {
        guard word.count >= 3, let index = months.firstIndex(of: String(word.prefix(3))) else { return nil }
        return index + 1
    }

    private(set) var items: [Token] = []
    /// Starts with a four-digit year and a dash: ISO 8601.
    private(set) var isISO = false

    init(_ text: String) {
        let bytes = Array(text.utf8.prefix(80))
        var index = 0
        var lastWasTime = false
        while index < bytes.count {
            let byte = bytes[index]
            if Self.isDigit(byte) {
                let (value, end) = Self.digits(bytes, from: index)
                if index == 0, end - index == 4, end < bytes.count, bytes[end] == UInt8(ascii: "-") { isISO = true }
                if end < bytes.count, bytes[end] == UInt8(ascii: ":") {
                    index = time(bytes, hour: value, from: end)
                    lastWasTime = true
                    continue
                }
                items.append(.number(value, digits: end - index))
                index = end
            } else if (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")) && lastWasTime
                        && index + 1 < bytes.count && Self.isDigit(bytes[index + 1]) {
                index = zone(bytes, sign: byte == UInt8(ascii: "-") ? -1 : 1, from: index + 1)
            } else if Self.isLetter(byte) {
                var end = index
                while end < bytes.count, Self.isLetter(bytes[end]) { end += 1 }
                let word = String(decoding: bytes[index..<end], as: UTF8.self).lowercased()
                // ISO's `T` between date and time is no word.
                if !(isISO && word == "t") { items.append(.word(word)) }
                index = end
            } else {
                index += 1
            }
            if case .time = items.last {} else { lastWasTime = false }
        }
    }

    private mutating func time(_ bytes: [UInt8], hour: Int, from start: Int) -> Int {
        var parts = [hour]
        var index = start
        while index < bytes.count, bytes[index] == UInt8(ascii: ":"), parts.count < 3 {
            let (value, end) = Self.digits(bytes, from: index + 1)
            guard end > index + 1 else { break }
            parts.append(value)
            index = end
        }
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
            var end = index + 1
            var scale = 0.1
            while end < bytes.count, Self.isDigit(bytes[end]) {
                fraction += Double(bytes[end] - 48) * scale
                scale /= 10
                end += 1
            }
            index = end
        }
        items.append(.time(hour: parts[0], minute: parts.count > 1 ? parts[1] : 0, second: parts.count > 2 ? parts[2] : 0,
                           fraction: fraction))
        return index
    }

    private mutating func zone(_ bytes: [UInt8], sign: Int, from start: Int) -> Int {
        let (value, end) = Self.digits(bytes, from: start)
        let count = end - start
        var hours = value, minutes = 0, index = end
        if count == 4 {
            (hours, minutes) = (value / 100, value % 100)
        } else if count <= 2, index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            let (more, moreEnd) = Self.digits(bytes, from: index + 1)
            minutes = more
            index = moreEnd
        }
        if hours <= 14, minutes < 60 { items.append(.zone(seconds: sign * (hours * 3600 + minutes * 60))) }
        return index
    }

    private static func digits(_ bytes: [UInt8], from start: Int) -> (Int, Int) {
        var value = 0
        var index = start
        while index < bytes.count, isDigit(bytes[index]), index - start < 9 {
            value = value * 10 + Int(bytes[index] - 48)
            index += 1
        }
        return (value, index)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
}
