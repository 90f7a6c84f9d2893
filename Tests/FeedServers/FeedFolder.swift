import Foundation

/// RSS files served from a temporary folder by Python's `http.server` on 127.0.0.1: a separate process,
/// which keeps answering FreshRSS however busy the test's own threads are.
public final class FeedFolder {
    public let folder: String
    public let port: UInt16
    private let process: pid_t

    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-syncfeeds-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        port = LocalProcess.freePort()
        process = try LocalProcess.spawn(["python3", "-m", "http.server", String(port), "--bind", "127.0.0.1",
                                          "--directory", folder])
        try LocalProcess.waitForListener(port)
    }

    /// Writes an RSS 2.0 feed of `items` (each becomes guid, title, link, date and a paragraph) and
    /// returns its URL.
    @discardableResult
    public func write(_ name: String, title: String, items: [String]) throws -> String {
        let entries = items.enumerated().map { index, item in
            """
            <item><guid>urn:\(name):\(item)</guid><title>\(item) story</title><link>https://news.example/\(name)/\(item)</link>
            <pubDate>Wed, 0\(index + 1) May 2024 08:00:00 GMT</pubDate><description>The \(item) story, told.</description></item>
            """
        }
        let text = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(title)</title>"
            + "<link>https://news.example/</link>\(entries.joined())</channel></rss>"
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        return url(name)
    }

    public func url(_ name: String) -> String { "http://127.0.0.1:\(port)/\(name)" }

    public func stop() {
        LocalProcess.kill(process)
        try? FileManager.default.removeItem(atPath: folder)
    }
}
