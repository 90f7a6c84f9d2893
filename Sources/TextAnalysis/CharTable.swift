import TextKit

/// Per-scalar facts the tokenizer asks for millions of times, precomputed for the scripts news text
/// mostly uses (Latin, Latin Extended, Vietnamese) so the hot loop avoids `Unicode.Scalar.Properties`.
struct CharTable: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let letter = Flags(rawValue: 1)
        static let upper = Flags(rawValue: 2)
        static let mark = Flags(rawValue: 4)
        static let digit = Flags(rawValue: 8)
        static let space = Flags(rawValue: 16)
        /// A letter only Vietnamese uses (`VietnameseLetters`).
        static let vietnamese = Flags(rawValue: 32)
        /// A lowercase or uncased letter, a digit or a mark: what most of every word is. One flag, so the
        /// tokenizer's innermost loop tests one bit per scalar where it tested two.
        static let plain = Flags(rawValue: 64)
        /// A scalar with a numeric value (`numericType`): digits of any script, `½`, `²`, `Ⅻ`.
        static let numeric = Flags(rawValue: 128)

        @inline(__always) var isLetterOrDigit: Bool { contains(.letter) || contains(.digit) }
    }

    static let tableSize: UInt32 = 0x2000
    /// A scalar the table does not cover reads the last entry instead, U+1FFF, which is unassigned: no
    /// flag, so a loop that reads it without the bounds test stops there and asks `entry(computing:)`.
    static let beyondTable = Int(tableSize - 1)
    static let shared = CharTable()

    /// Per scalar, its lowercase scalar (low 24 bits) and its flags (high 8): one load gives both.
    private let entries: [UInt32]

    private init() {
        entries = (0..<Self.tableSize).map { value in
            Unicode.Scalar(value).map(Self.entry(computing:)) ?? value
        }
    }

    /// The packed entry of `scalar`, computed.
    static func entry(computing scalar: Unicode.Scalar) -> UInt32 {
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        let lower = mapped.count == 1 ? mapped.first!.value : scalar.value
        return UInt32(computeFlags(scalar).rawValue) << 24 | lower
    }

    static func computeFlags(_ scalar: Unicode.Scalar) -> Flags {
        let props = scalar.properties
        var result: Flags = []
        switch props.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: result.insert(.mark)
        case .decimalNumber: result.insert(.digit)
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: result.insert(.space)
        default:
            if props.isAlphabetic { result.insert(.letter) }
        }
        if scalar == "\n" || scalar == "\t" || scalar == "\r" { result.insert(.space) }
        if props.isUppercase { result.insert(.upper) }
        if VietnameseLetters.contains(scalar) { result.insert(.vietnamese) }
        if !result.isDisjoint(with: [.letter, .digit, .mark]), !result.contains(.upper) { result.insert(.plain) }
        if props.numericType != nil { result.insert(.numeric) }
        return result
    }

    @inline(__always) static func flags(ofEntry entry: UInt32) -> Flags {
        Flags(rawValue: UInt8(truncatingIfNeeded: entry >> 24))
    }

    @inline(__always) static func lowercase(ofEntry entry: UInt32) -> UInt32 { entry & 0xFF_FFFF }

    @inline(__always) func entry(_ scalar: Unicode.Scalar) -> UInt32 {
        scalar.value < Self.tableSize ? entries[Int(scalar.value)] : Self.entry(computing: scalar)
    }

    @inline(__always) func flags(_ scalar: Unicode.Scalar) -> Flags { Self.flags(ofEntry: entry(scalar)) }

    @inline(__always) func lowercase(_ scalar: Unicode.Scalar) -> UInt32 { Self.lowercase(ofEntry: entry(scalar)) }

    /// `scalar.properties.isUppercase` from the table: the property lookup costs a few hundred instructions.
    @inline(__always) static func isUppercase(_ scalar: Unicode.Scalar) -> Bool { shared.flags(scalar).contains(.upper) }

    /// The entries below `tableSize`, for loops that read one per scalar without bounds checks.
    func withUnsafeEntries<Result>(_ body: (UnsafeBufferPointer<UInt32>) -> Result) -> Result {
        entries.withUnsafeBufferPointer(body)
    }
}
