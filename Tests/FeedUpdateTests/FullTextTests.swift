import FeedStore
import FeedUpdate
import Foundation
import HTTPFetch
import LedeTestSupport
import LoopbackServer
import Testing

/// Full text for summary-only feeds: each new item's page is fetched and its article stored instead
/// of the summary; the summary stays when the page gives no article.
@Suite struct FullTextTests {
    /// The test's own folder, removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var root: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-fulltext")
    }

    static let story = """
        <html><head><title>Dam opens its gates</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Dam opens its gates</h1>
        <p>The river authority opened all six gates of the dam on Tuesday morning, after a week of heavy rain upstream.</p>
        <p>Engineers said the water level had risen by two metres since Sunday, the fastest rise in thirty years of records.</p>
        <p>Farmers downstream were told to move their animals to higher ground before the evening, and most had done so by noon.</p>
        </article><footer>Share this story</footer></body></html>
        """

    /// A feed of two summary-only items: one whose page has an article, one whose "page" is JSON.
    func feed(_ server: LoopbackServer) -> String {
        func item(_ id: String, _ path: String) -> String {
            "<item><guid>\(id)</guid><title>\(id) story</title><link>\(server.url(path).absoluteString)</link>"
                + "<pubDate>Tue, 07 May 2024 08:00:00 GMT</pubDate><description>Summary of \(id).</description></item>"
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Summaries</title>"
            + item("dam", "/dam") + item("data", "/data.json") + "</channel></rss>"
    }

    func serve() async throws -> LoopbackServer {
        let box = FeedBox()
        let server = try await LoopbackServer.start { request in
            switch request.path {
            case "/feed": LoopbackReply(headers: ["Content-Type": "application/rss+xml"], text: box.text)
            case "/dam": LoopbackReply(headers: ["Content-Type": "text/html; charset=utf-8"], text: Self.story)
            default: LoopbackReply(headers: ["Content-Type": "application/json"], text: "{\"rain\": true}")
            }
        }
        box.text = feed(server)
        return server
    }

    func fetch(_ subscription: Subscription, fullText: Bool = false) async throws -> FeedReport {
        let reports = try await HTTPFetcher.using(FetchPolicy(userAgent: "lede/test", totalTimeout: .seconds(10))) { fetcher in
            try await FeedUpdater(libraryRoot: root, fetcher: fetcher, fullText: fullText).update([subscription])
        }
        return try #require(reports.first)
    }

    func article(_ name: String) throws -> String {
        try String(contentsOfFile: root + "/summaries/" + name, encoding: .utf8)
    }

    @Test func aFullTextFeedStoresThePagesArticleAndKeepsTheSummaryWhenThereIsNone() async throws {
        let server = try await serve()
        let subscription = Subscription(url: server.url("/feed").absoluteString, attributes: ["fullText": "true"])
        let report = try await fetch(subscription)
        #expect(report.new == 2)
        #expect(report.fullText == 1)
        #expect(report.summaryKept == 1)
        #expect(report.fullTextError == server.url("/data.json").absoluteString + ": not an HTML page (application/json)")
        let dam = try article("2024-05-07-dam-story.md")
        #expect(dam.contains("Engineers said the water level had risen by two metres"))
        #expect(!dam.contains("Summary of dam.") && !dam.contains("Share this story"))
        #expect(try article("2024-05-07-data-story.md").contains("Summary of data."))
        // Fetched again, the summary does not overwrite the full text, and no page is fetched again.
        let before = await server.requests.count
        let again = try await fetch(subscription)
        #expect(again.new == 0 && again.updated == 0 && again.fullText == 0)
        #expect(await server.requests.count == before + 1)
        #expect(try article("2024-05-07-dam-story.md") == dam)
        await server.stop()
    }

    @Test func fetchFullTextTurnsItOnForAnyFeed() async throws {
        let server = try await serve()
        let report = try await fetch(Subscription(url: server.url("/feed").absoluteString), fullText: true)
        #expect(report.fullText == 1)
        #expect(try article("2024-05-07-dam-story.md").contains("Farmers downstream were told"))
        await server.stop()
    }

    @Test func withoutFullTextOnlyTheFeedIsFetched() async throws {
        let server = try await serve()
        let report = try await fetch(Subscription(url: server.url("/feed").absoluteString))
        #expect(report.fullText == 0 && report.summaryKept == 0)
        #expect(await server.requests.map(\.path) == ["/feed"])
        #expect(try article("2024-05-07-dam-story.md").contains("Summary of dam."))
        await server.stop()
    }
}

/// The feed's text, set once the server knows its own port.
final class FeedBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = ""
    /// Locked: the server's thread reads it.
    var text: String {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
