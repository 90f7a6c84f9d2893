import Foundation

/// NFC normalisation, skipped for text that has nothing to compose. Foundation's normaliser costs
/// microseconds per call on Linux, and nearly all text (precomposed Vietnamese included) is NFC already:
/// only combining marks and conjoining Hangul jamo can compose with what precedes them.
enum Normalization {
    static func nfc(_ text: String) -> String {
        needsComposition(text) ? text.precomposedStringWithCanonicalMapping : text
    }

    static func needsComposition(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where scalar.value >= 0x300 {
            if scalar.properties.canonicalCombiningClass != .notReordered || (0x1100...0x11FF).contains(scalar.value) {
                return true
            }
        }
        return false
    }
}
