@testable import ArticleStore
import Foundation
import Testing

@Suite struct TextDecoderTests {
    /// The ranges where decoding skips Foundation's normaliser must really be NFC in any context: no
    /// scalar there changes when normalised alone, and none can compose with what precedes it.
    @Test func scalarsInTheFastRangesAreStableUnderNFC() {
        for range in TextDecoder.nfcStableRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let alone = String(scalar)
                #expect(alone.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar]),
                        "U+\(String(value, radix: 16)) changes under NFC")
                #expect(scalar.properties.canonicalCombiningClass == .notReordered,
                        "U+\(String(value, radix: 16)) is a combining mark")
                // A letter (or a Hangul leading consonant) followed by it must not compose into something else.
                for base in ["a", "o", "u", "\u{01A1}", "\u{1100}"] {
                    let pair = base + alone
                    #expect(pair.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(pair.unicodeScalars))
                }
            }
        }
    }

    @Test func decomposedTextIsStillComposed() throws {
        let decomposed = "Đại sứ quán".decomposedStringWithCanonicalMapping
        let decoded = try TextDecoder.decode(Data(decomposed.utf8)).text
        #expect(decoded.unicodeScalars.elementsEqual("Đại sứ quán".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(try TextDecoder.decode(Data("Ohm: \u{2126}".utf8)).text.unicodeScalars.last == "\u{03A9}")
    }
}
