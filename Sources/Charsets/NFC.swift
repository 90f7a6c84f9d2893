import Foundation

/// Unicode normalisation form C, skipping Foundation's normaliser for text that is NFC whatever its context:
/// nearly all text, including precomposed Vietnamese, and the normaliser is slow.
public enum NFC {
    /// `text` in NFC.
    public static func normalize(_ text: String) -> String {
        isStableByRange(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// The scalar ranges `isStableByRange` accepts: below U+0300, Latin Extended Additional (precomposed
    /// Vietnamese) and general punctuation up to the combining marks for symbols. No scalar there
    /// decomposes to something else alone, nor composes with what precedes it.
    public static let stableRanges: [Range<UInt32>] = [0..<0x300, 0x1E00..<0x1F00, 0x2002..<0x20D0]

    /// True when every scalar of `text` lies in `stableRanges`, so that the text is NFC as it stands.
    public static func isStableByRange(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                // ASCII, continuation bytes and two-byte leads below 0xCC (scalars below U+0300): fine.
                guard lead >= 0xCC else {
                    index += 1
                    continue
                }
                guard lead >= 0xE0, index + 2 < bytes.count else { return false }
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                guard (0x1E00..<0x1F00).contains(value) || (0x2002..<0x20D0).contains(value) else { return false }
                index += 3
            }
            return true
        }
    }
}
