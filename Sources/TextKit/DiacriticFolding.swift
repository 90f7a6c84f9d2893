import Foundation

/// Folds text for accent-insensitive search: lowercase, diacritics removed, `đ`/`Đ` to `d`
/// (`Đại sứ quán` → `dai su quan`). Accepts NFC or NFD input and gives the same result for both.
public enum DiacriticFolding {
    public static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        forEachFolded(text.unicodeScalars) { result.append($0) }
        return String(result)
    }

    /// The fold of `scalars` written into `buffer`, and how many scalars it took; nil when it does not fit.
    /// For checks on short words that must not allocate.
    public static func fold(_ scalars: ArraySlice<Unicode.Scalar>,
                            into buffer: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int? {
        var count = 0
        forEachFolded(scalars) { scalar in
            if count < buffer.count { buffer[count] = scalar }
            count += 1
        }
        return count <= buffer.count ? count : nil
    }

    /// Each scalar of the fold of `scalars`, in order.
    @inline(__always)
    private static func forEachFolded(_ scalars: some Sequence<Unicode.Scalar>, _ body: (Unicode.Scalar) -> Void) {
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                // ASCII: lowercase by arithmetic, the common case.
                body(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if let folded = table.fold(scalar) {
                for part in folded { body(part) }
            }
        }
    }

    private static let table = FoldTable()

    /// Precomputed folds for the blocks news text uses (Latin, combining marks, Greek, Cyrillic, and the
    /// Vietnamese letters of Latin Extended Additional), so folding does not decompose every letter
    /// again. Only those blocks: each entry costs a Foundation decomposition, paid by every process that
    /// folds a word, and the whole range below U+2000 cost 15 ms.
    private struct FoldTable: Sendable {
        private let low: [[Unicode.Scalar]?]
        private let extended: [[Unicode.Scalar]?]
        static let lowLimit: UInt32 = 0x530
        static let extendedBlock: Range<UInt32> = 0x1E00..<0x1F00

        init() {
            low = (0..<Self.lowLimit).map { value in value < 0x80 ? nil : Unicode.Scalar(value).flatMap(Self.compute) }
            extended = Self.extendedBlock.map { Unicode.Scalar($0).flatMap(Self.compute) }
        }

        func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
            let value = scalar.value
            if value < Self.lowLimit { return low[Int(value)] }
            if Self.extendedBlock.contains(value) { return extended[Int(value - Self.extendedBlock.lowerBound)] }
            return Self.compute(scalar)
        }

        /// Nil for a combining mark (dropped); otherwise the lowercase base letters.
        static func compute(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return nil
            default: break
            }
            if scalar == "\u{0110}" || scalar == "\u{0111}" { return ["d"] }  // Đ đ: not a decomposition
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            var out: [Unicode.Scalar] = []
            for part in decomposed {
                switch part.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: continue
                default: out.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
                }
            }
            return out
        }
    }
}
