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
