import Foundation

/// Folds text for accent-insensitive search: lowercase, diacritics removed, `đ`/`Đ` to `d`
/// (`Đại sứ quán` → `dai su quan`). Accepts NFC or NFD input and gives the same result for both.
public enum DiacriticFolding {
    public static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        forEachFolded(text.unicodeScalars) { result.append($0) }
        return String(result)
    }

    /// The fold of `scalars`, appended to `output`: what `fold` gives for the same scalars, without
    /// making a String (for checks on a word's letters in hot loops).
    public static func fold(_ scalars: ArraySlice<Unicode.Scalar>, into output: inout [Unicode.Scalar]) {
        forEachFolded(scalars) { output.append($0) }
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

    /// Precomputed folds for the Latin ranges, so folding does not decompose every letter again.
    private struct FoldTable: Sendable {
        private let latin: [[Unicode.Scalar]?]
        static let limit: UInt32 = 0x2000

        init() {
            var latin = [[Unicode.Scalar]?](repeating: nil, count: Int(Self.limit))
            for value in UInt32(0x80)..<Self.limit {
                guard let scalar = Unicode.Scalar(value) else { continue }
                latin[Int(value)] = Self.compute(scalar)
            }
            self.latin = latin
        }

        func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
            scalar.value < Self.limit ? latin[Int(scalar.value)] : Self.compute(scalar)
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
