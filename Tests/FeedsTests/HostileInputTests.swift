import CorpusGenerator
import Feeds
import Foundation
import Testing

/// The parser must be total: whatever the bytes, an answer or an error, never a crash or a hang.
@Suite struct HostileInputTests {
    static let pieces = ["<", ">", "&", ";", "&nbsp;", "<![CDATA[", "]]>", "<!--", "-->", "</item>", "<item>", "<br",
                         "\"", "'", "\u{0}", "\u{1}", "\u{FF}", "xml:base=\"../\"", "<?xml encoding='cp1258'?>",
                         "<entry>", "</feed>", "&#0;", "&#x110000;", "<a href='javascript:x'>", "\u{FEFF}", "{"]

    @Test func mutatedFeedsNeverCrash() throws {
        let seeds = [RSSTests.sample, FeedsShowSample.atom]
        var random = SplitMix64(seed: 42)
        func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        var parsed = 0
        for round in 0..<400 {
            var bytes = Array(seeds[round % seeds.count].utf8)
            for _ in 0..<(1 + below(8)) {
                let position = below(bytes.count + 1)
                switch below(3) {
                case 0: bytes.insert(contentsOf: Array(Self.pieces[below(Self.pieces.count)].utf8), at: position)
                case 1: bytes.removeSubrange(position..<min(bytes.count, position + below(20)))
                default: if position < bytes.count { bytes[position] = UInt8(truncatingIfNeeded: random.next()) }
                }
            }
            if (try? FeedParser.parse(Data(bytes))) != nil { parsed += 1 }
        }
        #expect(parsed > 100)
    }

    @Test func aVoidTagAcrossAChunkBoundaryKeepsTheItems() throws {
        // Place `<br/` `>` across the 256 KiB boundary at every offset near it.
        for shift in 0..<80 {
            // The filter holds back the last 48 bytes of each chunk: put the tag across that point.
            let padding = String(repeating: "a", count: 256 * 1024 - 150 + shift)
            let xml = "<rss><channel><item><title>\(padding)</title><description><p>x<br/>y</p></description>"
                + "</item><item><title>after</title></item></channel></rss>"
            let feed = try FeedParser.parse(Data(xml.utf8))
            #expect(feed.items.map(\.title?.count) == [padding.count, 5], "shift \(shift)")
        }
    }

    @Test func atomEntriesInheritTheFeedsAuthor() throws {
        let feed = try FeedParser.parse(Data(FeedsShowSample.atom.utf8))
        #expect(feed.items.map(\.author) == ["Feed Author", "Own Author"])
    }
}

enum FeedsShowSample {
    static let atom = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><author><name>Feed Author</name></author>
        <entry><id>1</id><title type="html">&lt;b&gt;One&lt;/b&gt;</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi</p></div></content></entry>
        <entry><id>2</id><title>Two</title><author><name>Own Author</name></author><summary>S</summary></entry></feed>
        """
}
