import Charsets
import Testing

@Suite struct CharsetDecoderTests {
    @Test func windows1252DecodesSmartQuotesAndAccents() {
        let bytes: [UInt8] = [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80]
        #expect(CharsetDecoder.decode(bytes, charset: "windows-1252") == "\u{201C}Café\u{201D} €")
    }

    @Test func latin1LabelIsReadAsWindows1252AsBrowsersDo() {
        #expect(CharsetDecoder.decode([0x93, 0x61, 0x94], charset: "ISO-8859-1") == "\u{201C}a\u{201D}")
    }

    @Test func windows1258VietnameseComesOutComposed() throws {
        // "Việt" in windows-1258: V i e + combining dot below (0xF2) + circumflex ê (0xEA) is written ê + dot.
        let bytes: [UInt8] = [0x56, 0x69, 0xEA, 0xF2, 0x74]
        let text = try #require(CharsetDecoder.decode(bytes, charset: "cp1258"))
        #expect(text == "Việt")
        #expect(text.unicodeScalars.count == 4)
    }

    @Test func lastCharacterIsNotLostInStatefulCharsets() throws {
        let text = try #require(CharsetDecoder.decode([0x61, 0xEA, 0xF2], charset: "windows-1258"))
        #expect(text == "aệ")
    }

    @Test func visciiIsKnown() {
        #expect(CharsetDecoder.isKnown("VISCII"))
        #expect(CharsetDecoder.isKnown("tcvn3"))
        #expect(!CharsetDecoder.isKnown("no-such-charset"))
    }

    @Test func invalidBytesBecomeReplacementCharacters() {
        #expect(CharsetDecoder.decode([0x61, 0xFF, 0x62], charset: "UTF-8") == "a\u{FFFD}b")
        #expect(CharsetDecoder.decode([0x61, 0x81, 0x62], charset: "windows-1252") == "a\u{FFFD}b")
    }

    @Test func unknownCharsetIsNil() {
        #expect(CharsetDecoder.decode([0x61], charset: "x-klingon") == nil)
    }

    @Test func byteOrderMarks() {
        #expect(CharsetDecoder.byteOrderMark([0xEF, 0xBB, 0xBF, 0x61])! == ("UTF-8", 3))
        #expect(CharsetDecoder.byteOrderMark([0xFF, 0xFE, 0x61, 0])! == ("UTF-16LE", 2))
        #expect(CharsetDecoder.byteOrderMark([0x61]) == nil)
    }

    @Test func largeInputCrossesTheOutputChunk() throws {
        let bytes = [UInt8](repeating: 0xE9, count: 100_000)
        let text = try #require(CharsetDecoder.decode(bytes, charset: "windows-1252"))
        #expect(text.count == 100_000)
        #expect(text.allSatisfy { $0 == "é" })
    }
}
