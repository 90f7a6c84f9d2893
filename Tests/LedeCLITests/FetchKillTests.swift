import Foundation
import LedeTestSupport
import Testing

/// `lede fetch` killed (SIGKILL) while it writes a feed's articles: every article left is whole, the
/// fetch state is consistent, and the next fetch completes the job without a duplicate.
@Suite struct FetchKillTests {
    let folder: TemporaryFolder
    var library: String { folder.path("library") }
    /// Enough items that the fetch is still writing when the test has seen its first articles.
    static let itemCount = 4_000

    init() throws { folder = try TemporaryFolder("lede-fetchkill") }

    /// A file feed of `itemCount` items, each ending with a line that says which it is.
    func writeFeed() throws -> String {
        var rss = "<rss version=\"2.0\"><channel><title>Big Feed</title>"
        for index in 0..<Self.itemCount {
            rss += "<item><guid>k\(index)</guid><title>Story \(index)</title>"
                + "<pubDate>Wed, 01 May 2024 08:00:00 GMT</pubDate><description>&lt;p&gt;\"Words \(index),\" "
                + "the minister said.&lt;/p&gt;&lt;p&gt;End of story \(index).&lt;/p&gt;</description></item>"
        }
        let path = try folder.write("big.xml", rss + "</channel></rss>")
        return URL(fileURLWithPath: path).absoluteString
    }

    /// The visible article files of the feed's folder with their contents (hidden temporaries left out:
    /// the library never reads them).
    func articles() -> [String: String] {
        let feedFolder = library + "/big-feed"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: feedFolder)) ?? []
        var contents: [String: String] = [:]
        for name in names where !name.hasPrefix(".") {
            contents[name] = (try? String(contentsOfFile: feedFolder + "/" + name, encoding: .utf8)) ?? ""
        }
        return contents
    }

    func visibleCount() -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: library + "/big-feed")) ?? [])
            .filter { !$0.hasPrefix(".") }.count
    }

    @Test func aFetchKilledWhileWritingLeavesWholeArticlesAndTheNextFetchFinishes() throws {
        let url = try writeFeed()
        #expect(try LedeBinary.run(["feeds", "add", url, "--library", library]).status == 0)

        let fetch = Process()
        fetch.executableURL = LedeBinary.url
        fetch.arguments = ["fetch", "--library", library]
        fetch.standardInput = FileHandle.nullDevice
        fetch.standardOutput = FileHandle.nullDevice
        fetch.standardError = FileHandle.nullDevice
        try fetch.run()
        // Killed once it has written some articles: in the middle of writing them.
        var polls = 0
        while visibleCount() < 50, fetch.isRunning, polls < 60_000 {
            usleep(1_000)
            polls += 1
        }
        kill(fetch.processIdentifier, SIGKILL)
        fetch.waitUntilExit()
        #expect(fetch.terminationReason == .uncaughtSignal)

        let statePath = library + "/.lede-feeds-state.json"
        // The state is saved only after every article is flushed: a fetch killed midway has saved none.
        try #require(!FileManager.default.fileExists(atPath: statePath), "the fetch ended before the kill")
        let left = articles()
        #expect(left.count >= 50 && left.count < Self.itemCount)
        for (name, text) in left {
            let index = try #require(Int(name.dropFirst("2024-05-01-story-".count).dropLast(".md".count)), "\(name)")
            #expect(text.hasPrefix("---\n") && text.hasSuffix("End of story \(index).\n"), "\(name) is not whole")
        }

        let next = try LedeBinary.run(["fetch", "--library", library, "--json"])
        #expect(next.status == 0)
        #expect(next.stdout.contains("\"new\":\(Self.itemCount),"))
        let done = articles()
        #expect(done.count == Self.itemCount)  // the killed fetch's files were taken over, not duplicated
        for (name, text) in left { #expect(done[name] == text) }
        let ids = done.values.compactMap { text in
            text.split(separator: "\n").first { $0.hasPrefix("id: ") }.map(String.init)
        }
        #expect(Set(ids).count == Self.itemCount)
        // The state names every article, each one file that exists.
        let state = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: statePath))) as? [String: Any])
        let feeds = try #require(state["feeds"] as? [String: [String: Any]])
        let items = try #require(feeds[url]?["items"] as? [String: [String: Any]])
        #expect(items.count == Self.itemCount)
        #expect(items.values.allSatisfy { record in
            (record["file"] as? String).map { FileManager.default.fileExists(atPath: library + "/" + $0) } ?? false
        })
        // The temporary file the killed fetch may have left is gone too.
        let hidden = try FileManager.default.contentsOfDirectory(atPath: library + "/big-feed").filter { $0.hasPrefix(".") }
        #expect(hidden.isEmpty)
        #expect(try LedeBinary.run(["fetch", "--library", library]).lines == ["\(url): not modified"])
    }
}
