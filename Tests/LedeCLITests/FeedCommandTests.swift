import Foundation
import LedeTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `lede feeds ...` and `lede fetch` on `file` feeds: subscriptions in the library, JSON Lines, exit codes.
@Suite struct FeedCommandTests {
    /// The test's own folder, removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var root: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-feedcli")
    }
    var library: String { root + "/library" }
    /// No library named: the reader's own one under this XDG data folder.
    var environment: [String: String] { ["XDG_DATA_HOME": root + "/data", "LEDE_LIBRARY": "", "XDG_CONFIG_HOME": root + "/config"] }

    func feed(_ name: String, title: String, items: [String]) throws -> String {
        let entries = items.map { "<item><guid>\($0)</guid><title>\($0) story</title><pubDate>Wed, 01 May 2024 08:00:00 GMT</pubDate><description>Text.</description></item>" }
        let path = root + "/" + name
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try Data("<rss version=\"2.0\"><channel><title>\(title)</title>\(entries.joined())</channel></rss>".utf8)
            .write(to: URL(fileURLWithPath: path))
        return URL(fileURLWithPath: path).absoluteString
    }

    func lede(_ arguments: [String]) throws -> LedeBinary.Run {
        try LedeBinary.run(arguments, environment: environment)
    }

    @Test func subscribeFetchListAndExport() throws {
        let url = try feed("a.xml", title: "Alpha News", items: ["one", "two"])
        #expect(try lede(["feeds", "add", url, "--name", "Alpha", "--library", library]).status == 0)
        let fetched = try lede(["fetch", "--library", library, "--json"])
        #expect(fetched.status == 0)
        #expect(fetched.lines == ["{\"error\":null,\"new\":2,\"status\":\"fetched\",\"updated\":0,\"url\":\"\(url.replacingOccurrences(of: "/", with: "/"))\"}"])
        let again = try lede(["fetch", "Alpha", "--library", library])
        #expect(again.lines == ["Alpha: not modified"])  // the file has not changed
        let listed = try lede(["feeds", "list", "--json", "--library", library, "--state-dir", root + "/state"])
        let row = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        #expect(row["articles"] as? Int == 2)
        #expect(row["unread"] as? Int == 2)
        #expect(row["error"] is NSNull)
        #expect(row["folder"] is NSNull)
        #expect(row["title"] as? String == "Alpha")
        let exported = try lede(["feeds", "export", "--library", library])
        #expect(exported.stdout.contains("<outline type=\"rss\" text=\"Alpha\" title=\"Alpha\" xmlUrl=\"\(url)\"/>"))
        #expect(try lede(["feeds", "remove", "Alpha", "--library", library]).status == 0)
        #expect(try lede(["feeds", "list", "--library", library]).stdout.isEmpty)
    }

    /// A store that fails while a file feed is streamed (the feed's folder is a regular file, which stops
    /// root too) ends that feed's fetch with the reason, on standard output and standard error.
    @Test func aFeedWhoseFolderCannotBeMadeFailsInWords() throws {
        let url = try feed("b.xml", title: "Blocked", items: (1...600).map { "item\($0)" })
        #expect(try lede(["feeds", "add", url, "--name", "Blocked", "--library", library]).status == 0)
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: library + "/blocked"))
        let fetched = try lede(["fetch", "--library", library])
        #expect(fetched.status == 1)
        #expect(fetched.lines == ["Blocked: failed, \(library)/blocked: cannot create the feed's folder: "
            + "The operation could not be completed. A file with the same name already exists."])
        #expect(fetched.stderr == "lede: \(url): \(library)/blocked: cannot create the feed's folder: "
            + "The operation could not be completed. A file with the same name already exists.\n")
    }

    @Test func withNoLibraryNamedSubscriptionsGoToTheReadersOwnLibrary() throws {
        let url = try feed("a.xml", title: "Alpha News", items: ["one"])
        #expect(try lede(["feeds", "add", url]).status == 0)
        #expect(FileManager.default.fileExists(atPath: root + "/data/lede/library/feeds.opml"))
        #expect(try lede(["fetch"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: root + "/data/lede/library/alpha-news/2024-05-01-one-story.md"))
        // `lede list` with no library now reads the reader's own library, not the sample.
        #expect(try lede(["list"]).stdout.contains("one story"))
    }

    @Test func importNestedOutlinesAsFolders() throws {
        let url = try feed("a.xml", title: "Alpha", items: ["one"])
        let opml = root + "/in.opml"
        try Data("<opml version=\"2.0\"><body><outline text=\"News\"><outline text=\"A\" xmlUrl=\"\(url)\"/></outline></body></opml>".utf8)
            .write(to: URL(fileURLWithPath: opml))
        let imported = try lede(["feeds", "import", opml, "--library", library])
        #expect(imported.lines == ["Imported 1 of 1 feeds into \(library)."])
        #expect(try lede(["feeds", "list", "--library", library]).stdout.contains("A [News]"))
    }

    @Test func aFailedFeedExitsOneNamingIt() throws {
        let good = try feed("a.xml", title: "Alpha", items: ["one"])
        let missing = URL(fileURLWithPath: root + "/missing.xml").absoluteString
        _ = try lede(["feeds", "add", good, "--library", library])
        _ = try lede(["feeds", "add", missing, "--library", library])
        let run = try lede(["fetch", "--library", library])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(missing): the feed could not be read"))
        #expect(run.stdout.contains("Alpha: 1 new, 0 updated"))
        #expect(try lede(["fetch", "nothing-by-that-name", "--library", library]).status == 2)
    }

    /// A second writer of the same library (here the test, holding the feeds lock as a running fetch
    /// would) makes `lede fetch` stop at once, in words, before it writes anything; once the lock is
    /// free the fetch goes through.
    @Test func aFetchWhileAnotherWriterHoldsTheLibraryIsRefusedInWords() throws {
        let url = try feed("a.xml", title: "Alpha", items: ["one"])
        #expect(try lede(["feeds", "add", url, "--library", library]).status == 0)
        let fd = open(library + "/.lede-feeds.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(fd >= 0)
        try #require(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let refused = try lede(["fetch", "--library", library])
        close(fd)
        #expect(refused.status == 1)
        #expect(refused.stderr == "lede: \(library): another lede fetch, sync or save is writing to this library; "
            + "try again when it is done\n")
        #expect(!FileManager.default.fileExists(atPath: library + "/alpha"))
        let fetched = try lede(["fetch", "--library", library])
        #expect(fetched.status == 0)
        #expect(FileManager.default.fileExists(atPath: library + "/alpha/2024-05-01-one-story.md"))
    }
}
