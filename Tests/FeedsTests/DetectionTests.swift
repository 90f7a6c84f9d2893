import Feeds
import Foundation
import Testing

@Suite struct DetectionTests {
    @Test(.enabled(if: GofeedFixture.available, "needs gofeed's fixtures in ../shared/feeds/gofeed beside the repository"),
          arguments: [
              ("atom03_feed.xml", FeedFormat.atom), ("atom10_feed.xml", .atom), ("json10_feed.json", .json),
              ("json11_feed.json", .json), ("rdf_feed.xml", .rdf), ("rss_feed.xml", .rss), ("rss_feed_bom.xml", .rss),
              ("rss_feed_leading_spaces.xml", .rss), ("sample.json", .json),
          ])
    func detectsTheFormatFromTheContent(file: String, format: FeedFormat) throws {
        let data = try Data(contentsOf: GofeedFixture.folder.appendingPathComponent("universal/\(file)"))
        #expect(try FeedParser.parse(data).format == format)
    }

    @Test func refusesWhatIsNotAFeedInWords() {
        let cases: [(String, String)] = [
            ("<note><to>Tove</to></note>", "not a feed: the document's root element is <note>"),
            ("<!DOCTYPE html><html><head><title>x</title></head><body><p>hi</body></html>", "not a feed: the document is HTML"),
            ("   \n ", "not a feed: the document is empty"),
            ("hello world", "not a feed: the document is neither XML nor JSON"),
            ("{\"verion\": \"1.0\"}", "not a JSON Feed: the object has no JSON Feed version"),
            ("{\"items\": [", "not a JSON Feed: the JSON is malformed"),
        ]
        for (input, message) in cases {
            #expect {
                try FeedParser.parse(Data(input.utf8))
            } throws: { error in
                (error as? LocalizedError)?.errorDescription == message
            }
        }
    }

    @Test func aJSONFeedGivesItsItems() throws {
        let json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "J", "home_page_url": "https://j.example/",
             "authors": [{"name": "Feed Author"}],
             "items": [{"id": 7, "url": "/p/7", "title": "Seven", "content_text": "One.\\n\\nTwo.",
                        "date_published": "2026-12-05T10:00:00+07:00", "tags": ["a"],
                        "attachments": [{"url": "https://j.example/a.mp3"}]}]}
            """
        let feed = try FeedParser.parse(Data(json.utf8), baseURL: URL(string: "https://j.example/feed.json"))
        #expect(feed.format == .json)
        #expect(feed.title == "J")
        let item = try #require(feed.items.first)
        #expect(item.id == "7")
        #expect(item.link == "https://j.example/p/7")
        #expect(item.text == "One.\n\nTwo.")
        #expect(item.author == "Feed Author")
        #expect(item.published == Date(timeIntervalSince1970: 1_796_439_600))
        #expect(item.enclosures == ["https://j.example/a.mp3"])
        #expect(item.categories == ["a"])
    }
}
