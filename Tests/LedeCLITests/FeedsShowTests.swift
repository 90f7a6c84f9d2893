import Foundation
import Testing

@Suite struct FeedsShowTests {
    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/">
          <title>Tin \u{1B}[31m\u{202E}đỏ\u{9B}</title>
          <link href="/"/>
          <entry>
            <id>tag:news.example,2026:1</id>
            <title type="html">Ông &lt;b&gt;Nam&lt;/b&gt; phát biểu</title>
            <link href="a/1"/>
            <updated>2026-12-05T02:30:00Z</updated>
            <published>2026-12-05T09:30:00+07:00</published>
            <author><name>Phóng viên</name></author>
            <content type="html">&lt;p&gt;Ông Nam cho biết: "Sẵn sàng".&lt;/p&gt;&lt;p&gt;Hết.&lt;/p&gt;</content>
          </entry>
        </feed>
        """

    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString).xml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func printsOneJSONObjectPerInput() throws {
        let path = try write(Self.feed)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try LedeBinary.run(["feeds", "show", path, "--json"])
        #expect(run.status == 0)
        #expect(run.lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.lines[0].utf8)) as? [String: Any])
        #expect(object["path"] as? String == path)
        #expect(object["title"] as? String == "Tin [31mđỏ\u{FFFD}")
        #expect(object["link"] as? String == "https://news.example/")
        let item = try #require((object["items"] as? [[String: Any]])?.first)
        #expect(item["id"] as? String == "tag:news.example,2026:1")
        #expect(item["title"] as? String == "Ông Nam phát biểu")
        #expect(item["link"] as? String == "https://news.example/a/1")
        #expect(item["published"] as? String == "2026-12-05T02:30:00Z")
        #expect(item["author"] as? String == "Phóng viên")
        #expect(item["text"] as? String == "Ông Nam cho biết: \"Sẵn sàng\".\n\nHết.")
    }

    @Test func listsReadablyAndSanitised() throws {
        let path = try write(Self.feed)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try LedeBinary.run(["feeds", "show", path])
        #expect(run.status == 0)
        #expect(run.lines == ["Tin [31mđỏ\u{FFFD} · https://news.example/", "1 item", "2026-12-05  Ông Nam phát biểu",
                              "            https://news.example/a/1"])
        #expect(!run.stdout.contains("\u{1B}") && !run.stdout.contains("\u{202E}") && !run.stdout.contains("\u{9B}"))
    }

    @Test func anUnreadableInputIsNamedAndExitsOne() throws {
        let good = try write(Self.feed)
        let html = try write("<!DOCTYPE html><html><body>hi</body></html>")
        defer { [good, html].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let run = try LedeBinary.run(["feeds", "show", "/nonexistent/feed.xml", html, good, "--json"])
        #expect(run.status == 1)
        #expect(run.lines.count == 3)
        #expect(run.stderr.contains("\(html): not a feed: the document is HTML"))
        #expect(run.stderr.contains("/nonexistent/feed.xml"))
        let last = try #require(try JSONSerialization.jsonObject(with: Data(run.lines[2].utf8)) as? [String: Any])
        #expect(last["error"] is NSNull)
        #expect((last["items"] as? [Any])?.count == 1)
    }
}
