import Feeds
import Foundation
import Testing

@Suite struct RSSTests {
    static let sample = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Tin tức</title>
            <link>https://example.com/</link>
            <description>News</description>
            <item>
              <title>First &amp; foremost</title>
              <link>/a/1</link>
              <guid isPermaLink="false">item-1</guid>
              <pubDate>Sat, 05 Dec 2026 09:30:00 +0700</pubDate>
              <dc:creator>Nguyễn Văn A</dc:creator>
              <description>Short summary</description>
              <content:encoded><![CDATA[<p>Ông Nam cho biết: "Chúng tôi sẵn sàng".</p><p>Second&nbsp;paragraph.</p>]]></content:encoded>
              <enclosure url="https://example.com/a.mp3" length="1" type="audio/mpeg"/>
              <category>Thời sự</category>
            </item>
            <item>
              <title>Second</title>
              <guid>https://example.com/a/2</guid>
              <author>editor@example.com (Jane Roe)</author>
              <description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt;&nbsp;here&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """

    @Test func readsChannelAndItems() throws {
        let feed = try FeedParser.parse(Data(Self.sample.utf8), baseURL: URL(string: "https://example.com/feed.xml"))
        #expect(feed.format == .rss)
        #expect(feed.title == "Tin tức")
        #expect(feed.link == "https://example.com/")
        #expect(feed.items.count == 2)
        let first = feed.items[0]
        #expect(first.id == "item-1")
        #expect(first.title == "First & foremost")
        #expect(first.link == "https://example.com/a/1")
        #expect(first.published == Date(timeIntervalSince1970: 1_796_437_800))
        #expect(first.author == "Nguyễn Văn A")
        #expect(first.html?.hasPrefix("<p>Ông Nam") == true)
        #expect(first.text == "Ông Nam cho biết: \"Chúng tôi sẵn sàng\".\n\nSecond paragraph.")
        #expect(first.enclosures == ["https://example.com/a.mp3"])
        #expect(first.categories == ["Thời sự"])
        let second = feed.items[1]
        #expect(second.link == "https://example.com/a/2")
        #expect(second.author == "Jane Roe")
        #expect(second.text == "Escaped HTML here")
    }

    @Test func streamsItemsFromAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("feeds-\(UUID().uuidString).xml")
        try Data(Self.sample.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var headers: [ParsedFeed] = []
        var titles: [String?] = []
        try FeedParser.parse(contentsOf: file, header: { headers.append($0) }, item: { titles.append($0.title) })
        #expect(headers == [ParsedFeed(format: .rss, title: "Tin tức", link: "https://example.com/")])
        #expect(titles == ["First & foremost", "Second"])
    }
}

@Suite struct BigFileTests {
    /// Over the size from which items are turned into text on a second thread: order and count must hold.
    @Test func aBigFileGivesEveryItemInOrderAfterTheHeader() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: file) }
        var xml = "<rss version=\"2.0\"><channel><title>Big</title>"
        let paragraph = String(repeating: "Ông Nam cho biết dự án sẽ xong trước Tết. ", count: 40)
        for index in 0..<3000 {
            xml += "<item><guid>g\(index)</guid><title>Item \(index)</title>"
                + "<description>&lt;p&gt;\(paragraph)&lt;/p&gt;&lt;p&gt;\(index)&lt;/p&gt;</description></item>\n"
        }
        xml += "</channel></rss>"
        try Data(xml.utf8).write(to: file)
        #expect(xml.utf8.count > 4 << 20)
        var events: [String] = []
        var texts = 0
        try FeedParser.parse(contentsOf: file, header: { events.append("header \($0.title ?? "")") }, item: { item in
            events.append(item.id ?? "?")
            if item.text.hasSuffix("\n\n" + (item.id?.dropFirst() ?? "")) { texts += 1 }
        })
        #expect(events == ["header Big"] + (0..<3000).map { "g\($0)" })
        #expect(texts == 3000)
    }

    @Test func anErrorThrownForAnItemStopsTheParse() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stop-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: file) }
        let body = String(repeating: "x", count: 3000)
        let xml = "<rss><channel>" + (0..<2000).map { "<item><title>\($0)</title><description>\(body)</description></item>" }
            .joined() + "</channel></rss>"
        try Data(xml.utf8).write(to: file)
        struct Enough: Error {}
        var seen = 0
        #expect(throws: Enough.self) {
            try FeedParser.parse(contentsOf: file, header: { _ in }, item: { _ in
                seen += 1
                if seen == 10 { throw Enough() }
            })
        }
        #expect(seen == 10)
    }
}
