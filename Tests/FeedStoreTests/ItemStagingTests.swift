import ArticleStore
@testable import FeedStore
import Foundation
import LedeTestSupport
import Testing

/// Items staged on the preparing thread (their bytes written into unnamed files) and named by the store:
/// the library ends up exactly as if the store had written each item itself, with no stray files.
@Suite struct ItemStagingTests {
    let scratch: TemporaryFolder
    var root: String { scratch.path }
    let feed = FeedIdentity(url: "http://127.0.0.1/feed.xml", title: "The Daily News")
    let day = Date(timeIntervalSince1970: 1_714_550_400)  // 2024-05-01T08:00:00Z

    init() throws {
        scratch = try TemporaryFolder("lede-staging")
    }

    func item(_ id: String, _ title: String) -> StoredItem {
        StoredItem(id: id, title: title, link: "http://127.0.0.1/" + id, date: day, text: "Body of \(title).")
    }

    func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/the-daily-news")) ?? []).sorted()
    }

    @Test func aNewItemIsStagedAndNamedWithTheTextTheStoreWouldWrite() throws {
        let store = try FeedStore(libraryRoot: root)
        // The feed's first item makes its folder; only then can items be staged in it.
        _ = try store.write(item("1", "First story"), feed: feed)
        let staging = ItemStaging(store: store, url: feed.url)
        let prepared = staging.prepare(item("2", "Second story"), feed: feed, now: day)
        #expect(prepared.staged != nil)
        let outcome = try store.write(prepared)
        #expect(outcome == .added("the-daily-news/2024-05-01-second-story.md"))
        let written = try String(contentsOfFile: root + "/the-daily-news/2024-05-01-second-story.md", encoding: .utf8)
        #expect(written == FeedStore.prepare(item("2", "Second story"), feed: feed, now: day).rendered.text)
        #expect(MarkdownReader.parse(written).title == "Second story")
        #expect(files() == ["2024-05-01-first-story.md", "2024-05-01-second-story.md"])
    }

    @Test func aKnownItemIsNotStaged() throws {
        let store = try FeedStore(libraryRoot: root)
        _ = try store.write(item("1", "First story"), feed: feed)
        let prepared = ItemStaging(store: store, url: feed.url).prepare(item("1", "First story"), feed: feed, now: day)
        #expect(prepared.staged == nil)
        #expect(try store.write(prepared) == .unchanged("the-daily-news/2024-05-01-first-story.md"))
    }

    /// The same new item twice in one fetch: both look new when staged, the second is known by the time
    /// it is stored, and its staged file goes without a name.
    @Test func aStagedFileThatIsNotNeededLeavesNothingBehind() throws {
        let store = try FeedStore(libraryRoot: root)
        _ = try store.write(item("1", "First story"), feed: feed)
        let staging = ItemStaging(store: store, url: feed.url)
        let first = staging.prepare(item("2", "Second story"), feed: feed, now: day)
        let again = staging.prepare(item("2", "Second story"), feed: feed, now: day)
        #expect(first.staged != nil && again.staged != nil)
        #expect(try store.write(first) == .added("the-daily-news/2024-05-01-second-story.md"))
        #expect(try store.write(again) == .unchanged("the-daily-news/2024-05-01-second-story.md"))
        try store.commit()
        #expect(files() == ["2024-05-01-first-story.md", "2024-05-01-second-story.md"])
    }

    /// A fetch cut short left an item's file without recording it: the next fetch stages the item again,
    /// finds the name taken by that orphan, and writes over it instead of naming a second file.
    @Test func aStagedItemTakesOverTheOrphanItLeftBefore() throws {
        let first = try FeedStore(libraryRoot: root)
        _ = try first.write(item("1", "First story"), feed: feed)
        try first.commit()
        _ = try first.write(item("2", "Second story"), feed: feed)  // never committed: an orphan
        let store = try FeedStore(libraryRoot: root)
        #expect(try store.write(item("1", "First story"), feed: feed) == .unchanged("the-daily-news/2024-05-01-first-story.md"))
        let prepared = ItemStaging(store: store, url: feed.url).prepare(item("2", "Second story"), feed: feed, now: day)
        #expect(prepared.staged != nil)
        #expect(try store.write(prepared) == .added("the-daily-news/2024-05-01-second-story.md"))
        try store.commit()
        #expect(files() == ["2024-05-01-first-story.md", "2024-05-01-second-story.md"])
        let written = try String(contentsOfFile: root + "/the-daily-news/2024-05-01-second-story.md", encoding: .utf8)
        #expect(written == FeedStore.prepare(item("2", "Second story"), feed: feed, now: day).rendered.text)
    }
}
