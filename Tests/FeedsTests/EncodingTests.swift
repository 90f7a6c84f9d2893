import Charsets
import Feeds
import Foundation
import Testing

@Suite struct EncodingTests {
    static let title = "Đại sứ quán Việt Nam cho biết"

    /// An RSS feed whose bytes are in `charset`, with `declared` in the XML declaration.
    static func feed(_ charset: String, declared: String?) throws -> Data {
        let declaration = declared.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>" } ?? ""
        let xml = declaration + "<rss version=\"2.0\"><channel><title>\(title)</title><item><title>\(title)</title>"
            + "<description>&lt;p&gt;\(title)&lt;/p&gt;</description></item></channel></rss>"
        let encoded = try #require(encode(xml, charset))
        return Data(encoded)
    }

    static func encode(_ text: String, _ charset: String) -> [UInt8]? {
        let descriptor = iconv_open(charset, "UTF-8")
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let count = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var inPointer = UnsafeMutableRawPointer(source.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var outPointer = UnsafeMutableRawPointer(target.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var inLeft = source.count, outLeft = target.count
                guard iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return -1 }
                return target.count - outLeft
            }
        }
        return count < 0 ? nil : Array(output[..<count])
    }

    @Test(arguments: ["WINDOWS-1258", "VISCII", "TCVN5712-1", "UTF-16LE", "UTF-8"])
    func readsTheDeclaredEncodingAsNFC(charset: String) throws {
        var data = try Self.feed(charset, declared: charset)
        if charset == "UTF-16LE" { data = Data([0xFF, 0xFE]) + data }
        let feed = try FeedParser.parse(data)
        #expect(feed.title == Self.title)
        #expect(feed.items.first?.title == Self.title)
        #expect(feed.items.first?.text == Self.title)
        #expect(feed.title?.unicodeScalars.elementsEqual(Self.title.precomposedStringWithCanonicalMapping.unicodeScalars) == true)
    }

    @Test func theHTTPCharsetOverridesTheDeclarationButNotABOM() throws {
        let latin = try #require(Self.encode("<rss><channel><title>Café “x”</title></channel></rss>", "WINDOWS-1252"))
        #expect(try FeedParser.parse(Data(latin), httpCharset: "windows-1252").title == "Café “x”")
        let declaredWrongly = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8) + Data(latin)
        #expect(try FeedParser.parse(declaredWrongly, httpCharset: "iso-8859-1").title == "Café “x”")
        let withBOM = Data([0xEF, 0xBB, 0xBF]) + Data("<rss><channel><title>Café</title></channel></rss>".utf8)
        #expect(try FeedParser.parse(withBOM, httpCharset: "windows-1252").title == "Café")
    }

    @Test func aSequenceCutByAChunkBoundaryIsKept() throws {
        // Many multi-byte characters, so that some straddle the 256 KiB chunks the parser reads.
        let long = String(repeating: "Việt Nam ", count: 60_000)
        let xml = "<rss><channel><item><title>t</title><description>\(long)</description></item></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.items.first?.text == long.trimmingCharacters(in: .whitespaces))
    }
}
