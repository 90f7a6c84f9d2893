import Feeds
import Foundation
import Testing

/// Feeds as they are found in the wild: the items must still come out.
@Suite struct MalformedFeedTests {
    func parse(_ xml: String) throws -> ParsedFeed {
        try FeedParser.parse(Data(xml.utf8))
    }

    @Test func htmlEntitiesOutsideCDATA() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><title>Caf&eacute;&nbsp;news &amp; more</title>
            <item><title>A&nbsp;&ldquo;quote&rdquo; &mdash; &unknown; & bare</title><description>x &copy; y</description></item>
            <item><title>Second &amp; last</title></item></channel></rss>
            """)
        #expect(feed.title == "Café news & more")
        #expect(feed.items.map(\.title) == ["A “quote” — &unknown; & bare", "Second & last"])
        #expect(feed.items[0].text == "x © y")
    }

    @Test func controlCharactersAreDropped() throws {
        let feed = try parse("<rss><channel><item><title>ab\u{1}c\u{8}d</title><description>x\u{0B}y</description></item>"
            + "<item><title>next</title></item></channel></rss>")
        #expect(feed.items.map(\.title) == ["abcd", "next"])
        #expect(feed.items[0].text == "xy")
    }

    @Test func unclosedTagsInsideItemsDoNotSwallowTheRest() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><title>T</title>
            <item><title>One</title><description><p>First<br>line<img src="x.png"></description></item>
            <item><title>Two</title><description><p>Open paragraph</description><link>https://e.example/2</link></item>
            <item><title>Three</title></item>
            </channel></rss>
            """)
        #expect(feed.items.map(\.title) == ["One", "Two", "Three"])
        #expect(feed.items[0].text == "First\nline")
        #expect(feed.items[1].text == "Open paragraph")
        #expect(feed.items[1].link == "https://e.example/2")
    }

    @Test func aTruncatedFeedKeepsItsCompleteItems() throws {
        let feed = try parse("<rss><channel><title>T</title><item><title>One</title></item><item><title>Tw")
        #expect(feed.items.first?.title == "One")
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        var bytes = Array("<rss><channel><item><title>caf".utf8)
        bytes += [0xE9, 0xFF]
        bytes += Array("</title></item></channel></rss>".utf8)
        let feed = try FeedParser.parse(Data(bytes))
        #expect(feed.items.first?.title == "caf\u{FFFD}\u{FFFD}")
    }

    @Test func garbageIsAClearErrorNotACrash() throws {
        let inputs = ["<", "<<<<>>>>", "<rss", "<?xml version='1.0'?>", "<!-- only a comment -->", "<rss><channel>",
                      String(repeating: "<div>", count: 5000), "\u{FEFF}", "<rss>\u{0}\u{0}\u{0}</rss>"]
        for input in inputs {
            do {
                _ = try parse(input)
            } catch let error as FeedParseError {
                #expect(!(error.errorDescription ?? "").isEmpty)
            }
        }
    }
}
