import ArticleStore
import FeedStore
import FeedUpdate
import Foundation
import HTTPFetch
import LedeTestSupport
import LoopbackServer
import Testing

/// Whole fetches against a loopback server: conditional GETs, redirects, errors, encodings, hostile
/// feeds, all the way to the article files.
@Suite struct FeedUpdaterTests {
    /// The test's own folder, removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var root: String { scratch.path }
    static let policy = FetchPolicy(userAgent: "lede/test", connectTimeout: .seconds(30), totalTimeout: .seconds(60))

    init() throws {
        scratch = try TemporaryFolder("lede-update")
    }

    /// An RSS 2.0 document with these (guid, title, body) items.
    static func rss(_ items: [(String, String, String)], title: String = "Loopback News") -> String {
        let entries = items.map { id, title, body in
            "<item><guid>\(id)</guid><title>\(title)</title><link>http://127.0.0.1/\(id)</link>"
                + "<pubDate>Wed, 01 May 2024 08:00:00 GMT</pubDate><description>\(body)</description></item>"
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(title)</title>"
            + entries.joined() + "</channel></rss>"
    }

    /// Subscribes to each URL, runs one update and returns its reports.
    func update(_ urls: [URL], now: Date = Date()) async throws -> [FeedReport] {
        var list = try SubscriptionList.load(libraryRoot: root)
        for url in urls { list.add(Subscription(url: url.absoluteString)) }
        try list.save(libraryRoot: root)
        let chosen = list.subscriptions.filter { sub in urls.contains { $0.absoluteString == sub.url } }
        return try await HTTPFetcher.using(Self.policy) { fetcher in
            try await FeedUpdater(libraryRoot: root, fetcher: fetcher, now: { now }).update(chosen)
        }
    }

    func articles() throws -> [String: String] {
        var found: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".md") else { continue }
            found[path] = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
        }
        return found
    }

    @Test func aSecondFetchAfterAnETagCostsA304() async throws {
        let body = Self.rss([("a", "First story", "One."), ("b", "Second story", "Two.")])
        let server = try await LoopbackServer.start { request in
            request.headers["if-none-match"] == "\"v1\"" ? LoopbackReply(status: 304)
                : LoopbackReply(headers: ["ETag": "\"v1\""], text: body)
        }
        let first = try await update([server.url("/feed")])
        #expect(first.map(\.status) == [.fetched])
        #expect(first.first?.new == 2)
        #expect(first.first?.title == "Loopback News")
        let second = try await update([server.url("/feed")])
        #expect(second.map(\.status) == [.notModified])
        #expect(try articles().keys.sorted() == ["loopback-news/2024-05-01-first-story.md",
                                                 "loopback-news/2024-05-01-second-story.md"])
        await server.stop()
    }

    @Test func aSecondFetchAfterLastModifiedCostsA304() async throws {
        let stamp = "Wed, 01 May 2024 09:00:00 GMT"
        let server = try await LoopbackServer.start { request in
            request.headers["if-modified-since"] == stamp ? LoopbackReply(status: 304)
                : LoopbackReply(headers: ["Last-Modified": stamp], text: Self.rss([("a", "Story", "Text.")]))
        }
        _ = try await update([server.url("/feed")])
        #expect(try await update([server.url("/feed")]).map(\.status) == [.notModified])
        await server.stop()
    }

    @Test(arguments: [301, 308])
    func aPermanentRedirectMovesTheSubscription(status: Int) async throws {
        let server = try await LoopbackServer.start { request in
            request.path == "/old" ? LoopbackReply(status: status, headers: ["Location": "/new"])
                : LoopbackReply(text: Self.rss([("a", "Story", "Text.")]))
        }
        let reports = try await update([server.url("/old")])
        #expect(reports.first?.url == server.url("/new").absoluteString)
        #expect(reports.first?.movedFrom == server.url("/old").absoluteString)
        let list = try SubscriptionList.load(libraryRoot: root)
        #expect(list.subscriptions.map(\.url) == [server.url("/new").absoluteString])
        #expect(try FeedStore(libraryRoot: root).state(of: server.url("/new").absoluteString)?.items.count == 1)
        await server.stop()
    }

    @Test func aFailingFeedIsReportedAndDoesNotStopTheOthers() async throws {
        let server = try await LoopbackServer.start { request in
            switch request.path {
            case "/missing": LoopbackReply(status: 404, text: "gone")
            case "/html": LoopbackReply(text: "<html><body><p>Not a feed</p></body></html>")
            default: LoopbackReply(text: Self.rss([("a", "Story", "Text.")]))
            }
        }
        let reports = try await update([server.url("/missing"), server.url("/html"), server.url("/ok")])
        #expect(reports.map(\.status) == [.failed, .failed, .fetched])
        #expect(reports[0].error == "HTTP 404")
        #expect(reports[1].error?.contains("HTML") == true)
        let store = try FeedStore(libraryRoot: root)
        #expect(store.state(of: server.url("/missing").absoluteString)?.lastError == "HTTP 404")
        await server.stop()
    }

    @Test func a429WithRetryAfterDefersTheNextFetch() async throws {
        let server = try await LoopbackServer.start { _ in LoopbackReply(status: 429, headers: ["Retry-After": "600"]) }
        let now = Date(timeIntervalSince1970: 1_714_550_400)
        let first = try await update([server.url("/feed")], now: now)
        #expect(first.map(\.status) == [.failed])
        let later = try await update([server.url("/feed")], now: now.addingTimeInterval(60))
        #expect(later.map(\.status) == [.deferred])
        #expect(later.first?.error?.contains("wait until 2024-05-01T08:10:00Z") == true)
        #expect(await server.requests.count == 1)
        let after = try await update([server.url("/feed")], now: now.addingTimeInterval(601))
        #expect(after.map(\.status) == [.failed])
        #expect(await server.requests.count == 2)
        await server.stop()
    }

    @Test func aFeedThatChangesItsItemsAddsAndUpdatesWithoutDuplicates() async throws {
        let version = Version()
        let server = try await LoopbackServer.start { _ in
            version.next() == 1
                ? LoopbackReply(text: Self.rss([("a", "Storm", "Old text."), ("b", "Calm", "Same.")]))
                : LoopbackReply(text: Self.rss([("a", "Storm", "New text."), ("b", "Calm", "Same."), ("c", "Rain", "More.")]))
        }
        _ = try await update([server.url("/feed")])
        let second = try await update([server.url("/feed")])
        #expect(second.first?.new == 1)
        #expect(second.first?.updated == 1)
        let files = try articles()
        #expect(files.count == 3)
        #expect(files["loopback-news/2024-05-01-storm.md"]?.contains("New text.") == true)
        await server.stop()
    }

    @Test func aWindows1252FeedDeclaredOnlyInTheHTTPHeader() async throws {
        let text = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Caf\u{E9}</title><item><guid>1</guid>"
            + "<title>Cr\u{E8}me br\u{FB}l\u{E9}e \u{201C}quoted\u{201D}</title><description>Na\u{EF}ve.</description></item></channel></rss>"
        let body = text.data(using: .windowsCP1252)!
        let server = try await LoopbackServer.start { _ in
            LoopbackReply(headers: ["Content-Type": "application/rss+xml; charset=windows-1252"], body: body)
        }
        _ = try await update([server.url("/feed")])
        let article = try #require(try articles().values.first)
        #expect(MarkdownReader.parse(article).title == "Cr\u{E8}me br\u{FB}l\u{E9}e \u{201C}quoted\u{201D}")
        #expect(MarkdownReader.parse(article).source == "Caf\u{E9}")
        await server.stop()
    }

    @Test func aMalformedFeedIsRecoveredWhereItsItemsCanBeRead() async throws {
        let body = "<rss version=\"2.0\"><channel><title>Broken&nbsp;feed</title><item><guid>1</guid>"
            + "<title>Still readable</title><description>Text &amp; more<p>unclosed</description></item></channel>"
        let server = try await LoopbackServer.start { _ in LoopbackReply(text: body) }
        let reports = try await update([server.url("/feed")])
        #expect(reports.first?.status == .fetched)
        #expect(reports.first?.new == 1)
        await server.stop()
    }

    @Test func controlCharactersAndPathTricksStayOutOfNamesAndFrontMatter() async throws {
        let body = Self.rss([("../../../escape", "../../etc/passwd\u{1B}[2J\u{7}", "Body\u{1}."),
                             ("x\u{0B}y", "..", "Two.")], title: "../Evil\u{1B}]0;pwned\u{7}")
        let server = try await LoopbackServer.start { _ in LoopbackReply(text: body) }
        let reports = try await update([server.url("/feed")])
        #expect(reports.first?.new == 2)
        for (path, text) in try articles() {
            #expect(path.split(separator: "/").count == 2)
            #expect(!path.contains(".."))
            #expect(!path.unicodeScalars.contains { $0.value < 0x20 })
            let frontMatter = text.components(separatedBy: "\n---\n").first ?? ""
            #expect(!frontMatter.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            #expect(MarkdownReader.parse(text).warnings.isEmpty)
        }
        #expect(FileManager.default.fileExists(atPath: root + "/../escape") == false)
        await server.stop()
    }
}

/// Counts the requests a server answered.
final class Version: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    /// Locked: the server's thread calls it.
    func next() -> Int {
        lock.withLock {
            count += 1
            return count
        }
    }
}
