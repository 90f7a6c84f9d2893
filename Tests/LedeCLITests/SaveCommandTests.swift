import Foundation
import LedeTestSupport
import LoopbackServer
import Testing

/// `lede save` and `lede extract URL` against a loopback server (`LoopbackServer`): redirects, charsets, each refusal
/// (nothing saved), one article per page however often it is saved, and the analyser on a saved page.
@Suite struct SaveCommandTests {
    /// The test's own folder, removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var root: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-save")
    }
    var library: String { root + "/library" }

    static let story = """
        <html><head><title>Dam opens its gates | Loopback Post</title>
        <link rel="canonical" href="https://loopback.example/2024/dam">
        <meta property="og:site_name" content="Loopback Post">
        <meta property="article:published_time" content="2024-05-07T08:00:00+02:00"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>
        <p>The river authority opened all six gates of the dam on Tuesday morning, after a week of heavy rain upstream.</p>
        <p>Engineers said the water level had risen by two metres since Sunday, the fastest rise in thirty years of records.</p>
        </article><aside>Most read: ten things to know</aside></body></html>
        """

    static let vietnamese = """
        <html lang="vi"><head><meta charset="utf-8"><title>Hà Nội mở thêm tuyến xe buýt điện</title></head>
        <body><article>
        <p>Hà Nội sẽ mở thêm hai tuyến xe buýt điện từ tháng sau, theo kế hoạch của Sở Giao thông Vận tải.</p>
        <p>"Tuyến mới giúp người dân đi lại thuận tiện hơn", ông Lê Văn Bình, giám đốc sở, cho biết.</p>
        <p>Hai tuyến nối trung tâm với các khu đô thị mới ở phía tây, mỗi tuyến dài khoảng 20 km.</p>
        </article></body></html>
        """

    /// The same story in windows-1252, which only its `<meta>` declares (the header names no charset).
    static var westernBytes: Data {
        let html = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
            <title>Café owners protest</title></head><body><article>
            <p>Owners of the old café on the square said the new rent was “more than we earn in a year”, and closed.</p>
            <p>The council’s spokesman said the rent had not changed since 1998 and had to follow the market.</p>
            </article></body></html>
            """
        return html.data(using: .windowsCP1252)!
    }

    static func reply(_ path: String) -> LoopbackReply {
        let html = ["Content-Type": "text/html"]
        switch path {
        case "/old": return LoopbackReply(status: 301, headers: ["Location": "/moved"])
        case "/moved": return LoopbackReply(status: 302, headers: ["Location": "/story"])
        case "/story": return LoopbackReply(headers: ["Content-Type": "text/html; charset=utf-8"], text: story)
        case "/vi": return LoopbackReply(headers: html, text: vietnamese)
        case "/western": return LoopbackReply(headers: html, body: westernBytes)
        case "/data.json": return LoopbackReply(headers: ["Content-Type": "application/json"], text: "{\"rain\": true}")
        case "/empty": return LoopbackReply(headers: html, text: "")
        case "/menu": return LoopbackReply(headers: html, text: "<html><body><nav><a href='/'>Home</a></nav></body></html>")
        case "/huge": return LoopbackReply(headers: html, body: Data(repeating: 0x61, count: 17 << 20))
        default: return LoopbackReply(status: 404, text: "not here")
        }
    }

    /// Runs lede off the test's own threads, so that the loopback server can answer it meanwhile.
    func lede(_ arguments: [String]) async throws -> LedeBinary.Run {
        let environment = ["XDG_DATA_HOME": root + "/data", "LEDE_LIBRARY": ""]
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try LedeBinary.run(arguments, environment: environment) })
            }
        }
    }

    func articles() -> [String] {
        let found = FileManager.default.enumerator(atPath: library)?.allObjects as? [String] ?? []
        return found.filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test func savesThroughRedirectsWithTagsAndOnlyOnce() async throws {
        let server = try await LoopbackServer.start { Self.reply($0.path) }
        let saved = try await lede(["save", server.url("/old").absoluteString, "--library", library, "--tag", "rivers", "--tag", "dams"])
        #expect(saved.status == 0)
        #expect(saved.lines == ["Saved loopback-post/2024-05-07-dam-opens-its-gates.md in \(library)"])
        let text = try String(contentsOfFile: library + "/loopback-post/2024-05-07-dam-opens-its-gates.md", encoding: .utf8)
        #expect(text.hasPrefix("""
            ---
            title: "Dam opens its gates"
            source: "Loopback Post"
            date: 2024-05-07T06:00:00Z
            url: "https://loopback.example/2024/dam"
            id: "https://loopback.example/2024/dam"
            feed: "https://loopback.example/"
            tags: ["rivers", "dams"]
            ---

            The river authority opened all six gates
            """))
        #expect(!text.contains("Most read") && !text.contains("Home"))
        // The same page again, by another address: still one article.
        let again = try await lede(["save", server.url("/story").absoluteString, "--library", library, "--tag", "rivers", "--tag", "dams"])
        #expect(again.lines == ["Already saved: loopback-post/2024-05-07-dam-opens-its-gates.md in \(library)"])
        #expect(articles() == ["loopback-post/2024-05-07-dam-opens-its-gates.md"])
        await server.stop()
    }

    @Test func aPageThatIsNotAnArticleIsNamedAndNothingIsSaved() async throws {
        let server = try await LoopbackServer.start { Self.reply($0.path) }
        let cases = [
            ("/data.json", "not an HTML page (application/json)"), ("/empty", "the page is empty"),
            ("/menu", "no article found on the page"), ("/huge", "the answer is larger than 16 MiB"),
            ("/gone", "HTTP 404"),
        ]
        for (path, reason) in cases {
            let url = server.url(path).absoluteString
            let run = try await lede(["save", url, "--library", library])
            #expect(run.status == 1, "\(path)")
            #expect(run.stderr == "lede: \(url): \(reason)\n")
            #expect(run.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: library))
        let local = try await lede(["save", "file:///etc/passwd", "--library", library])
        #expect(local.status == 1)
        #expect(!FileManager.default.fileExists(atPath: library))
        await server.stop()
    }

    @Test func aPageInWindows1252DeclaredOnlyInItsMetaIsDecoded() async throws {
        let server = try await LoopbackServer.start { Self.reply($0.path) }
        let run = try await lede(["save", server.url("/western").absoluteString, "--library", library])
        #expect(run.status == 0)
        let file = try #require(articles().first)
        #expect(file.hasPrefix("127-0-0-1/") && file.hasSuffix("-cafe-owners-protest.md"))
        let text = try String(contentsOfFile: library + "/" + file, encoding: .utf8)
        #expect(text.contains("title: \"Café owners protest\""))
        #expect(text.contains("the old café on the square said the new rent was “more than we earn in a year”"))
        #expect(text.contains("The council’s spokesman"))
        await server.stop()
    }

    @Test func aSavedVietnamesePageHasItsQuoteAttributed() async throws {
        let server = try await LoopbackServer.start { Self.reply($0.path) }
        #expect(try await lede(["save", server.url("/vi").absoluteString, "--library", library]).status == 0)
        let file = try #require(articles().first)
        let analysed = try await lede(["analyze", "--json", library + "/" + file])
        #expect(analysed.status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(analysed.stdout.utf8)) as? [String: Any])
        let quotes = try #require(record["quotes"] as? [[String: Any]])
        #expect(quotes.contains { ($0["speaker"] as? String) == "Lê Văn Bình" })
        await server.stop()
    }

    @Test func extractFetchesAURLAndNamesItsAddress() async throws {
        let server = try await LoopbackServer.start { Self.reply($0.path) }
        let url = server.url("/vi").absoluteString
        let run = try await lede(["extract", "--json", url])
        #expect(run.status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(record["url"] as? String == url)
        #expect(record["source"] as? String == url)
        #expect((record["text"] as? String)?.hasPrefix("Hà Nội sẽ mở thêm hai tuyến") == true)
        await server.stop()
    }

    @Test func aSavedFileGoesToTheReadersOwnLibraryByDefault() async throws {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try Data(Self.story.utf8).write(to: URL(fileURLWithPath: root + "/dam.html"))
        let run = try await lede(["save", root + "/dam.html"])
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: root + "/data/lede/library/loopback-post/2024-05-07-dam-opens-its-gates.md"))
    }
}
