import ArticleStore
import FeedStore
import Foundation
import LedeTestSupport
import Testing

/// Items written into a library as articles: safe names, front matter that reads back as written,
/// no duplicates, updates in place.
@Suite struct FeedStoreTests {
    /// The test's own folder, removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var root: String { scratch.path }
    let feed = FeedIdentity(url: "http://127.0.0.1/feed.xml", title: "The Daily News")
    let day = Date(timeIntervalSince1970: 1_714_550_400)  // 2024-05-01T08:00:00Z

    init() throws {
        scratch = try TemporaryFolder("lede-feedstore")
    }

    func text(_ relative: String) throws -> String {
        try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    func files(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []).sorted()
    }

    @Test func anItemBecomesAMarkdownArticleInItsFeedsFolder() throws {
        let store = try FeedStore(libraryRoot: root)
        let item = StoredItem(id: "urn:1", title: "Minister resigns", link: "http://127.0.0.1/a", date: day,
                              author: "Lan Anh", text: "First paragraph.\n\nSecond paragraph.")
        #expect(try store.write(item, feed: feed) == .added("the-daily-news/2024-05-01-minister-resigns.md"))
        let article = MarkdownReader.parse(try text("the-daily-news/2024-05-01-minister-resigns.md"))
        #expect(article.title == "Minister resigns")
        #expect(article.source == "The Daily News")
        #expect(article.author == "Lan Anh")
        #expect(article.url == "http://127.0.0.1/a")
        #expect(article.date == day)
        #expect(article.blocks.map(\.text) == ["First paragraph.", "Second paragraph."])
        #expect(article.warnings.isEmpty)
    }

    @Test func noTitleCanBreakTheFrontMatter() throws {
        let store = try FeedStore(libraryRoot: root)
        let hostile = "Evil\"\n---\ntitle: pwned\u{7}\u{1B}[31m \\ end: 'x' # c"
        let outcome = try store.write(StoredItem(id: "x", title: hostile, date: day, author: "- a\n: b", text: "Body."), feed: feed)
        guard case .added(let path) = outcome else { Issue.record("not added: \(outcome)"); return }
        let article = MarkdownReader.parse(try text(path))
        #expect(article.warnings.isEmpty)
        #expect(article.title == hostile.trimmingCharacters(in: .whitespaces))
        #expect(article.author == "- a\n: b")
        #expect(article.blocks.map(\.text) == ["Body."])
    }

    @Test(arguments: ["../../etc/passwd", "..", ".hidden", "--rf", "a/b\\c\u{0}\u{1F}d", "/absolute"])
    func namesAreSafeWhateverTheFeedSays(hostile: String) throws {
        let store = try FeedStore(libraryRoot: root)
        let evilFeed = FeedIdentity(url: "http://127.0.0.1/" + hostile, title: hostile)
        let outcome = try store.write(StoredItem(id: hostile, title: hostile, link: hostile, date: day, text: "x"), feed: evilFeed)
        guard case .added(let path) = outcome else { Issue.record("not added"); return }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        #expect(parts.count == 2)
        for part in parts {
            #expect(!part.hasPrefix(".") && !part.hasPrefix("-") && !part.isEmpty)
            #expect(!part.unicodeScalars.contains { $0.value < 0x20 || $0 == "\\" })
        }
        #expect(FileManager.default.fileExists(atPath: root + "/" + path))
    }

    @Test func namesFoldEveryScriptAndBodiesLoseOnlyTheWhiteSpaceAroundThem() throws {
        let store = try FeedStore(libraryRoot: root)
        let item = StoredItem(id: "v1", title: "  Đà Nẵng: ＡＢＣ tăng 50% — 東京 ", date: day,
                              text: "\u{3000}\n\u{A0}First paragraph.\n\nSecond paragraph.\u{2029}\t ")
        #expect(try store.write(item, feed: feed) == .added("the-daily-news/2024-05-01-da-nang-abc-tang-50-東京.md"))
        let article = MarkdownReader.parse(try text("the-daily-news/2024-05-01-da-nang-abc-tang-50-東京.md"))
        #expect(article.title == "Đà Nẵng: ＡＢＣ tăng 50% — 東京")
        #expect(article.blocks.map(\.text) == ["First paragraph.", "Second paragraph."])
        #expect(try store.write(StoredItem(id: "a1", title: "Plain ASCII Title", date: day, text: "x"), feed: feed)
            == .added("the-daily-news/2024-05-01-plain-ascii-title.md"))
    }

    @Test func longTitlesAreCappedInBytes() throws {
        let store = try FeedStore(libraryRoot: root)
        let title = String(repeating: "Thủ tướng phát biểu ", count: 40)
        guard case .added(let path) = try store.write(StoredItem(id: "1", title: title, date: day, text: "x"), feed: feed)
        else { Issue.record("not added"); return }
        let name = (path as NSString).lastPathComponent
        #expect(name.utf8.count <= 100)
        #expect(name.hasPrefix("2024-05-01-thu-tuong-phat-bieu-"))
    }

    @Test func aSecondWriteAddsNoDuplicateAndAChangedItemUpdatesItsFile() throws {
        let store = try FeedStore(libraryRoot: root)
        let item = StoredItem(id: "urn:1", title: "Storm", date: day, text: "Old text.")
        let first = try store.write(item, feed: feed)
        #expect(try store.write(item, feed: feed) == .unchanged("the-daily-news/2024-05-01-storm.md"))
        var changed = item
        changed.text = "New text."
        changed.title = "Storm hits the coast"
        #expect(try store.write(changed, feed: feed) == .updated("the-daily-news/2024-05-01-storm.md"))
        #expect(first == .added("the-daily-news/2024-05-01-storm.md"))
        #expect(files("the-daily-news") == ["2024-05-01-storm.md"])
        #expect(try text("the-daily-news/2024-05-01-storm.md").contains("New text."))
    }

    @Test func itemsMatchByIdElseLinkElseTitleAndDate() throws {
        let store = try FeedStore(libraryRoot: root)
        _ = try store.write(StoredItem(id: "a", title: "Same", date: day, text: "1"), feed: feed)
        _ = try store.write(StoredItem(id: "b", title: "Same", date: day, text: "2"), feed: feed)
        _ = try store.write(StoredItem(title: "Same", link: "http://127.0.0.1/c", date: day, text: "3"), feed: feed)
        _ = try store.write(StoredItem(title: "Same", date: day, text: "4"), feed: feed)
        _ = try store.write(StoredItem(title: "Same", date: day, text: "4"), feed: feed)
        #expect(files("the-daily-news") == ["2024-05-01-same-2.md", "2024-05-01-same-3.md",
                                            "2024-05-01-same-4.md", "2024-05-01-same.md"])
    }

    @Test func theStateSurvivesAndStopsDuplicatesInTheNextRun() throws {
        let store = try FeedStore(libraryRoot: root)
        let item = StoredItem(id: "urn:1", title: "Storm", date: day, text: "Text.")
        _ = try store.write(item, feed: feed)
        store.updateState(of: feed.url) { $0.etag = "\"v1\"" }
        try store.commit()
        let again = try FeedStore(libraryRoot: root)
        #expect(again.state(of: feed.url)?.etag == "\"v1\"")
        #expect(try again.write(item, feed: feed) == .unchanged("the-daily-news/2024-05-01-storm.md"))
        #expect(!files("").contains { !$0.hasPrefix(".") && $0 != "the-daily-news" })
    }

    @Test func aFileLeftByACutShortFetchIsReusedNotDuplicated() throws {
        let item = StoredItem(id: "urn:1", title: "Storm", date: day, text: "Text.")
        _ = try FeedStore(libraryRoot: root).write(item, feed: feed)  // never committed
        let store = try FeedStore(libraryRoot: root)
        #expect(try store.write(item, feed: feed) == .added("the-daily-news/2024-05-01-storm.md"))
        #expect(files("the-daily-news") == ["2024-05-01-storm.md"])
    }

    @Test func anArticleTheUserDeletedStaysDeleted() throws {
        let store = try FeedStore(libraryRoot: root)
        var item = StoredItem(id: "urn:1", title: "Storm", date: day, text: "Text.")
        _ = try store.write(item, feed: feed)
        try FileManager.default.removeItem(atPath: root + "/the-daily-news/2024-05-01-storm.md")
        item.text = "Changed."
        #expect(try store.write(item, feed: feed) == .unchanged("the-daily-news/2024-05-01-storm.md"))
        #expect(files("the-daily-news").isEmpty)
    }

    @Test func anItemWithoutADateSaysWhenItWasFetched() throws {
        let store = try FeedStore(libraryRoot: root)
        let now = Date(timeIntervalSince1970: 1_717_243_200)  // 2024-06-01T12:00:00Z
        guard case .added(let path) = try store.write(StoredItem(id: "1", title: "Undated", text: "x"), feed: feed, now: now)
        else { Issue.record("not added"); return }
        #expect(path == "the-daily-news/2024-06-01-undated.md")
        let file = try text(path)
        #expect(file.contains("date: 2024-06-01T12:00:00Z\n"))
        #expect(file.contains("date_fetched: 2024-06-01T12:00:00Z\n"))
        #expect(file.contains("date_note: \"the feed gave no date"))
        #expect(MarkdownReader.parse(file).date == now)
    }

    @Test func twoFeedsWithOneTitleGetTwoFolders() throws {
        let store = try FeedStore(libraryRoot: root)
        _ = try store.write(StoredItem(id: "1", title: "A", date: day, text: "x"), feed: feed)
        let other = FeedIdentity(url: "http://127.0.0.1/other.xml", title: "The Daily News")
        #expect(try store.write(StoredItem(id: "1", title: "A", date: day, text: "x"), feed: other)
            == .added("the-daily-news-2/2024-05-01-a.md"))
    }
}
