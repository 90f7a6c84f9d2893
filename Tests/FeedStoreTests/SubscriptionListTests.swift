import FeedStore
import Foundation
import LedeTestSupport
import Testing

/// `feeds.opml`: nested outlines are folders, unknown attributes survive, hostile text is escaped.
@Suite struct SubscriptionListTests {
    static let sample = """
        <?xml version="1.0"?>
        <opml version="1.0"><head><title>My feeds</title></head><body>
          <outline text="News">
            <outline text="World" title="World" type="rss" xmlUrl="http://127.0.0.1/world.xml" htmlUrl="http://127.0.0.1/"/>
            <outline text="Tech"><outline text="Gadgets &amp; more" xmlUrl="http://127.0.0.1/g.xml" fullText="true"/></outline>
          </outline>
          <outline text="Loose" xmlUrl="http://127.0.0.1/loose.xml"/>
        </body></opml>
        """

    @Test func nestedOutlinesBecomeFolders() throws {
        let list = try OPMLReader.parse(Data(Self.sample.utf8))
        #expect(list.title == "My feeds")
        #expect(list.subscriptions == [
            Subscription(url: "http://127.0.0.1/world.xml", title: "World", folder: ["News"],
                         attributes: ["htmlUrl": "http://127.0.0.1/"]),
            Subscription(url: "http://127.0.0.1/g.xml", title: "Gadgets & more", folder: ["News", "Tech"],
                         attributes: ["fullText": "true"]),
            Subscription(url: "http://127.0.0.1/loose.xml", title: "Loose"),
        ])
    }

    @Test func writingAndReadingBackKeepsEverything() throws {
        var list = try OPMLReader.parse(Data(Self.sample.utf8))
        list.add(Subscription(url: "http://127.0.0.1/x?a=1&b=2", title: "Quotes \" <tags> \u{1}bell"))
        let text = OPMLWriter.document(list)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">"))
        #expect(!text.unicodeScalars.contains { $0.value == 1 })
        let back = try OPMLReader.parse(Data(text.utf8))
        #expect(back.title == list.title)
        var expected = list.subscriptions.sorted { $0.url < $1.url }
        expected[expected.firstIndex { $0.url.hasSuffix("b=2") }!].title = "Quotes \" <tags> bell"
        #expect(back.subscriptions.sorted { $0.url < $1.url } == expected)
    }

    @Test func addRemoveAndFindByURLOrName() throws {
        var list = SubscriptionList()
        let added = list.add(Subscription(url: "http://127.0.0.1/a.xml", title: "Alpha"))
        let again = list.add(Subscription(url: "http://127.0.0.1/a.xml", title: "Again"))
        #expect(added && !again)
        #expect(list.find("alpha")?.url == "http://127.0.0.1/a.xml")
        list.move("http://127.0.0.1/a.xml", to: "http://127.0.0.1/b.xml")
        let removed = list.remove("http://127.0.0.1/b.xml")
        #expect(removed?.title == "Alpha")
        #expect(list.subscriptions.isEmpty)
    }

    @Test func notOPMLIsAnErrorInWords() {
        #expect(throws: OPMLError.self) { try OPMLReader.parse(Data("<html><body>hi</body></html>".utf8)) }
        #expect(throws: OPMLError.self) { try OPMLReader.parse(Data("not xml at all <".utf8)) }
    }

    @Test func savedAtomicallyInTheLibrary() throws {
        let scratch = try TemporaryFolder("lede-opml")
        defer { withExtendedLifetime(scratch) {} }
        let root = scratch.path
        let list = SubscriptionList(subscriptions: [Subscription(url: "http://127.0.0.1/a.xml", title: "A", folder: ["F"])])
        try list.save(libraryRoot: root)
        #expect(try SubscriptionList.load(libraryRoot: root) == list)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["feeds.opml"])
    }
}
