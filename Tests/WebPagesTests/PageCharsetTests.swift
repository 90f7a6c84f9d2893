import Foundation
import Testing
@testable import WebPages

@Suite struct PageCharsetTests {
    @Test func aByteOrderMarkWinsOverEverything() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"<meta charset="windows-1252"><p>Tiếng Việt</p>"#.utf8)
        #expect(PageCharset.detect(bytes, contentType: "text/html; charset=iso-8859-1") == "UTF-8")
        #expect(PageCharset.decode(bytes, contentType: nil).hasPrefix("<meta"))
    }

    @Test func theHTTPHeaderWinsOverTheMetaTag() {
        let bytes = Array(#"<meta charset="utf-8"><p>x</p>"#.utf8)
        #expect(PageCharset.detect(bytes, contentType: "text/html; charset=\"windows-1258\"") == "windows-1258")
    }

    @Test func metaCharsetAndHTTPEquivAreRead() {
        let charset = Array("<html><head><META CHARSET='Shift_JIS'></head>".utf8)
        #expect(PageCharset.detect(charset, contentType: "text/html") == "shift_jis")
        let equiv = Array(#"<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">"#.utf8)
        #expect(PageCharset.detect(equiv, contentType: nil) == "windows-1251")
    }

    @Test func windows1252DeclaredOnlyInMetaIsDecoded() {
        let bytes = Array(#"<meta charset="windows-1252"><p>caf"#.utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94] + Array("</p>".utf8)
        #expect(PageCharset.decode(bytes, contentType: nil).contains("café “q”"))
    }

    @Test func undeclaredPagesAreUTF8WhenValidElseWindows1252() {
        #expect(PageCharset.detect(Array("<p>Hà Nội</p>".utf8), contentType: nil) == "UTF-8")
        #expect(PageCharset.detect([0x3C, 0x70, 0x3E, 0xE9], contentType: nil) == "WINDOWS-1252")
    }

    @Test func aDeclaredUTF16InASCIIBytesIsReadAsUTF8() {
        #expect(PageCharset.detect(Array(#"<meta charset="utf-16"><p>x"#.utf8), contentType: nil) == "UTF-8")
    }

    @Test func unknownLabelsFallBackToSniffing() {
        #expect(PageCharset.detect(Array(#"<meta charset="no-such-charset"><p>x"#.utf8), contentType: nil) == "UTF-8")
    }
}
