/// Up to three integers joined by one kind of separator inside one number (`18/10/2021`, `12-3`),
/// with how many digits each has. Not an array: it is read for every number the analyser meets.
public struct NumberGroup: Sendable {
    /// The separators a group is read with.
    public enum Separator: Sendable {
        /// `18/10/2021`, `4/2021`.
        case slash
        /// `12-3-2024`, also with an en dash.
        case dash
    }

    public private(set) var count = 0
    private var values: (Int, Int, Int) = (0, 0, 0)
    private var digitCounts: (Int, Int, Int) = (0, 0, 0)

    /// The value of part `index`.
    public subscript(index: Int) -> Int {
        switch index {
        case 0: values.0
        case 1: values.1
        default: values.2
        }
    }

    /// The number of digits of part `index`.
    public func digits(_ index: Int) -> Int {
        switch index {
        case 0: digitCounts.0
        case 1: digitCounts.1
        default: digitCounts.2
        }
    }

    mutating func append(_ value: Int, digits: Int) {
        switch count {
        case 0: (values.0, digitCounts.0) = (value, digits)
        case 1: (values.1, digitCounts.1) = (value, digits)
        default: (values.2, digitCounts.2) = (value, digits)
        }
        count += 1
    }

    /// The parts of `scalars[range]`, each of ASCII digits (at most `maxDigits`), joined by `separator`;
    /// nil for anything else (decimals, `1,000`, `3h30`, a separator at either end).
    public init?(_ scalars: [Unicode.Scalar], _ range: Range<Int>, separator: Separator, maxDigits: Int) {
        var current = 0
        var digits = 0
        for index in range {
            let s = scalars[index]
            if s.value >= 0x30 && s.value <= 0x39 {
                guard digits < maxDigits else { return nil }
                current = current * 10 + Int(s.value - 0x30)
                digits += 1
            } else if Self.separates(s, separator), digits > 0, count < 2 {
                append(current, digits: digits)
                current = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        append(current, digits: digits)
    }

    private static func separates(_ s: Unicode.Scalar, _ separator: Separator) -> Bool {
        switch separator {
        case .slash: s == "/"
        case .dash: s == "-" || s == "\u{2013}"
        }
    }
}
