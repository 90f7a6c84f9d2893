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
    }

    static let tableSize: UInt32 = 0x2000
    static let shared = CharTable()

    private let flags: [Flags]
    private let lower: [UInt32]

    private init() {
        var flags = [Flags](repeating: [], count: Int(Self.tableSize))
        var lower = [UInt32](repeating: 0, count: Int(Self.tableSize))
        for value in 0..<Self.tableSize {
            lower[Int(value)] = value
            guard let scalar = Unicode.Scalar(value) else { continue }
            flags[Int(value)] = Self.computeFlags(scalar)
            let mapped = scalar.properties.lowercaseMapping.unicodeScalars
            if mapped.count == 1, let only = mapped.first { lower[Int(value)] = only.value }
        }
        self.flags = flags
        self.lower = lower
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
        return result
    }

    @inline(__always) func flags(_ scalar: Unicode.Scalar) -> Flags {
        scalar.value < Self.tableSize ? flags[Int(scalar.value)] : Self.computeFlags(scalar)
    }

    @inline(__always) func lowercase(_ scalar: Unicode.Scalar) -> UInt32 {
        if scalar.value < Self.tableSize { return lower[Int(scalar.value)] }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : scalar.value
    }
}
