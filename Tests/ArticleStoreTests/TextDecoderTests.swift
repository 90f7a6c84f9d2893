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

@Suite struct LegacyCharsetTests {
    static let vietnamese = "Ông Nam cho biết: \"Chúng tôi đã sẵn sàng cho mùa mưa bão năm nay\".\n"

    static func encode(_ text: String, _ charset: String) throws -> Data {
        let descriptor = iconv_open(charset, "UTF-8")
        #expect(descriptor != iconv_t(bitPattern: -1))
        defer { iconv_close(descriptor) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4)
        let count = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var inPointer = UnsafeMutableRawPointer(source.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var outPointer = UnsafeMutableRawPointer(target.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var inLeft = source.count, outLeft = target.count
                _ = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                return target.count - outLeft
            }
        }
        return Data(output[..<count])
    }

    @Test func aWindows1258FileReadsAsVietnamese() throws {
        let data = try Self.encode(Self.vietnamese, "WINDOWS-1258")
        #expect(String(data: data, encoding: .utf8) == nil)
        let decoded = try TextDecoder.decode(data)
        #expect(decoded.text == Self.vietnamese.precomposedStringWithCanonicalMapping)
        #expect(decoded.firstInvalidByte == nil)
    }

    @Test func aWindows1252FileReadsAsWesternText() throws {
        let text = "Café “crème” à la française — déjà vu.\n"
        let decoded = try TextDecoder.decode(try Self.encode(text, "WINDOWS-1252"))
        #expect(decoded.text == text)
    }

    @Test func aLoadedWindows1258ArticleIsAnalysedLikeItsUTF8Twin() throws {
        let article = "Tiêu đề bài báo\n\n" + Self.vietnamese
        let legacy = try ArticleLoader.parse(try Self.encode(article, "WINDOWS-1258"), path: "a.txt", relativePath: "a.txt",
                                             modified: Date(timeIntervalSince1970: 0))
        let utf8 = try ArticleLoader.parse(Data(article.utf8), path: "a.txt", relativePath: "a.txt",
                                           modified: Date(timeIntervalSince1970: 0))
        #expect(legacy.article.title == "Tiêu đề bài báo")
        #expect(legacy.article.blocks == utf8.article.blocks)
        #expect(legacy.warnings.isEmpty)
    }
}
