import Foundation
import LedeTestSupport
import Testing

/// `lede feeds list`'s article and unread counts when articles were marked read through other paths to
/// the same files: a symlink to the library, a relative path, the real path beside a symlinked library.
@Suite struct FeedUnreadTests {
    let folder: TemporaryFolder
    var library: String { folder.path("library") }
    var link: String { folder.path("link") }
    /// For the commands that read or change read state.
    var state: [String] { ["--state-dir", folder.path("state")] }

    init() throws {
        folder = try TemporaryFolder("lede-feedunread")
        let items = ["one", "two", "three", "four"].map {
            "<item><guid>\($0)</guid><title>Story \($0)</title><pubDate>Wed, 01 May 2024 08:00:00 GMT</pubDate>"
                + "<description>Text of \($0).</description></item>"
        }
        try folder.write("a.xml", "<rss version=\"2.0\"><channel><title>Alpha</title>\(items.joined())</channel></rss>")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: library)
    }

    func lede(_ arguments: [String], in directory: String? = nil) throws -> LedeBinary.Run {
        try LedeBinary.run(arguments, directory: directory)
    }

    /// `articles` and `unread` of the one feed, listed with `--library` given as `root` from `directory`.
    func counts(_ root: String, in directory: String? = nil) throws -> (articles: Int?, unread: Int?) {
        let listed = try lede(["feeds", "list", "--json", "--library", root] + state, in: directory)
        let row = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        return (row["articles"] as? Int, row["unread"] as? Int)
    }

    @Test func readThroughAnyPathCountsOnceForTheFeed() throws {
        let url = URL(fileURLWithPath: folder.path("a.xml")).absoluteString
        #expect(try lede(["feeds", "add", url, "--library", library]).status == 0)
        #expect(try lede(["fetch", "--library", library]).status == 0)

        // Through the symlinked library; relative to it from inside; by the real path, the library named by its link.
        #expect(try lede(["read", link + "/alpha/2024-05-01-story-one.md", "--library", link] + state).status == 0)
        #expect(try lede(["read", "alpha/2024-05-01-story-two.md", "--library", "."] + state, in: library).status == 0)
        #expect(try lede(["read", library + "/alpha/2024-05-01-story-three.md", "--library", link] + state).status == 0)
        // Read, then unread again, through a relative path from beside the library.
        #expect(try lede(["read", "library/alpha/2024-05-01-story-four.md", "--library", "link"] + state, in: folder.path).status == 0)
        #expect(try lede(["read", "--unread", "link/alpha/2024-05-01-story-four.md", "--library", "library"] + state, in: folder.path).status == 0)

        let expected = (articles: Optional(4), unread: Optional(1))
        #expect(try counts(library) == expected)
        #expect(try counts(link) == expected)
        #expect(try counts(".", in: library) == expected)
        #expect(try counts("link", in: folder.path) == expected)
    }
}
