import ArticleModel
import TextKit

/// One block's scalars and tokens, made once and shared by every step of the analysis.
/// A class, not a struct: passed around and indexed in hot loops, where a struct of four buffers costs
/// four retains per copy.
final class BlockText: Sendable {
    let index: Int
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Its words (not numbers), and those holding a letter only Vietnamese uses: `looksVietnamese`.
    let words: Int
    let vietnameseWords: Int
    /// The block's text, and the UTF-8 offset of each scalar (plus the end): mention texts are cut from
    /// it by offset, a copy without re-encoding or re-validating.
    private let source: String
    private let utf8Offsets: [Int32]

    init(index: Int, text: String) {
        self.index = index
        var source = text
        source.makeContiguousUTF8()
        // One pass over the UTF-8 bytes in place, writing both arrays directly: appending scalar by
        // scalar from the scalar view cost as much as tokenizing.
        let byteCount = source.utf8.count
        var scalars: [Unicode.Scalar] = []
        let offsets = [Int32](unsafeUninitializedCapacity: byteCount + 1) { offsets, offsetCount in
            scalars = [Unicode.Scalar](unsafeUninitializedCapacity: byteCount) { scalars, scalarCount in
                source.utf8.withContiguousStorageIfAvailable { bytes in
                    var position = 0
                    var count = 0
                    while position < byteCount {
                        let lead = bytes[position]
                        offsets.initializeElement(at: count, to: Int32(truncatingIfNeeded: position))
                        if lead < 0x80 {
                            // (An ASCII byte is its scalar: no validity check, no tuple.)
                            scalars.initializeElement(at: count, to: Unicode.Scalar(lead))
                            position &+= 1
                        } else {
                            let (value, length) = UTF8Scalar.decode(bytes, at: position, lead: lead)
                            scalars.initializeElement(at: count, to: Unicode.Scalar(value).unsafelyUnwrapped)
                            position &+= length
                        }
                        count &+= 1
                    }
                    offsets.initializeElement(at: count, to: Int32(truncatingIfNeeded: position))
                    scalarCount = count
                    offsetCount = count + 1
                }!
            }
        }
        self.source = source
        self.utf8Offsets = offsets
        self.scalars = scalars
        let tokenized = Tokenizer.tokenizeCounting(scalars)
        tokens = tokenized.tokens
        words = tokenized.words
        vietnameseWords = tokenized.vietnameseWords
    }

    func text(_ tokenRange: Range<Int>) -> String {
        guard !tokenRange.isEmpty else { return "" }
        return text(scalarsFrom: tokens[tokenRange.lowerBound].start, to: tokens[tokenRange.upperBound - 1].end)
    }

    /// The text of scalars `start..<end`.
    /// (The bytes copied from the source's contiguous storage: a substring of its UTF-8 view checked its
    /// bounds against scalar boundaries through the string's slow paths, some five hundred instructions
    /// for each mention and quotation.)
    func text(scalarsFrom start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        let lower = Int(utf8Offsets[start]), upper = Int(utf8Offsets[end])
        return source.utf8.withContiguousStorageIfAvailable { bytes in  // (made contiguous in `init`)
            String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        }!
    }

    /// Whether most of the text is Vietnamese: letters only Vietnamese uses are frequent.
    static func looksVietnamese(_ blocks: [BlockText]) -> Bool {
        var vietnamese = 0
        var words = 0
        for block in blocks {
            words += block.words
            vietnamese += block.vietnameseWords
            if words > 2000 { break }
        }
        return words > 0 && vietnamese * 5 >= words
    }

    /// Whether tokens `range` (from the first one's start to the last one's end) hold no Vietnamese
    /// letter: in Vietnamese text, the words of a foreign name or term (a Vietnamese name has its marks).
    func hasNoVietnameseLetter(_ range: Range<Int>) -> Bool {
        !Self.hasVietnameseLetter(scalars, tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    static func hasVietnameseLetter(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for index in range where VietnameseLetters.contains(scalars[index]) || (0xC0...0xFF).contains(scalars[index].value) {
            return true
        }
        return false
    }
}
