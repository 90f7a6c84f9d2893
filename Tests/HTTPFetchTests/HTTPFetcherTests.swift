import Foundation
import HTTPFetch
import LoopbackServer
import Testing

/// The fetcher against a server on 127.0.0.1 that each test starts.
@Suite struct HTTPFetcherTests {
    static let policy = FetchPolicy(userAgent: "lede/test", connectTimeout: .seconds(30), totalTimeout: .seconds(60),
                                    maxBodyBytes: 1 << 20)

    /// Runs `body` with a fetcher and a server answering with `handler`, then stops both.
    func withServer(policy: FetchPolicy = HTTPFetcherTests.policy,
                    _ handler: @escaping @Sendable (LoopbackRequest) -> LoopbackReply,
                    _ body: (HTTPFetcher, LoopbackServer) async throws -> Void) async throws {
        let server = try await LoopbackServer.start(handler)
        do {
            try await HTTPFetcher.using(policy) { fetcher in try await body(fetcher, server) }
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test func okSaysWhoItIsAndAsksForGzip() async throws {
        try await withServer({ _ in LoopbackReply(headers: ["Content-Type": "text/xml; charset=windows-1252"], text: "hello") }) { fetcher, server in
            let result = try await fetcher.get(server.url("/feed"))
            #expect(result.status == 200)
            #expect(String(decoding: result.body, as: UTF8.self) == "hello")
            #expect(result.charset == "windows-1252")
            #expect(result.permanentURL == nil)
            let request = try #require(await server.requests.first)
            #expect(request.headers["user-agent"] == "lede/test")
            #expect(request.headers["accept-encoding"] == "gzip")
        }
    }

    @Test func conditionalHeadersReachTheServerAnd304HasNoBody() async throws {
        try await withServer({ request in
            request.headers["if-none-match"] == "\"v1\"" ? LoopbackReply(status: 304) : LoopbackReply(text: "body")
        }) { fetcher, server in
            let result = try await fetcher.get(server.url("/feed"), headers: [(name: "If-None-Match", value: "\"v1\"")])
            #expect(result.status == 304)
            #expect(result.body.isEmpty)
        }
    }

    @Test(arguments: [301, 308])
    func permanentRedirectsAreFollowedAndReported(status: Int) async throws {
        try await withServer({ request in
            request.path == "/old" ? LoopbackReply(status: status, headers: ["Location": "/new"]) : LoopbackReply(text: "moved")
        }) { fetcher, server in
            let result = try await fetcher.get(server.url("/old"))
            #expect(result.status == 200)
            #expect(String(decoding: result.body, as: UTF8.self) == "moved")
            #expect(result.finalURL == server.url("/new"))
            #expect(result.permanentURL == server.url("/new"))
        }
    }

    @Test func aTemporaryRedirectOnTheWayIsNotPermanent() async throws {
        try await withServer({ request in
            switch request.path {
            case "/a": LoopbackReply(status: 301, headers: ["Location": "/b"])
            case "/b": LoopbackReply(status: 302, headers: ["Location": "/c"])
            default: LoopbackReply(text: "here")
            }
        }) { fetcher, server in
            let result = try await fetcher.get(server.url("/a"))
            #expect(result.finalURL == server.url("/c"))
            #expect(result.permanentURL == nil)
        }
    }

    @Test func moreThanFiveRedirectsFail() async throws {
        try await withServer({ request in
            let step = Int(request.path.dropFirst()) ?? 0
            return LoopbackReply(status: 302, headers: ["Location": "/\(step + 1)"])
        }) { fetcher, server in
            await #expect(throws: HTTPFetchError.tooManyRedirects(5)) { try await fetcher.get(server.url("/0")) }
            #expect(await server.requests.count == 6)
        }
    }

    @Test func aRedirectToAFileIsRefused() async throws {
        try await withServer({ _ in LoopbackReply(status: 301, headers: ["Location": "file:///etc/passwd"]) }) { fetcher, server in
            await #expect(throws: HTTPFetchError.unsupportedScheme("file")) { try await fetcher.get(server.url("/x")) }
        }
    }

    @Test func errorStatusesComeBackAsTheyAre() async throws {
        try await withServer({ request in
            request.path == "/gone" ? LoopbackReply(status: 404, text: "no")
                : LoopbackReply(status: 429, headers: ["Retry-After": "120"], text: "slow down")
        }) { fetcher, server in
            #expect(try await fetcher.get(server.url("/gone")).status == 404)
            let limited = try await fetcher.get(server.url("/busy"))
            #expect(limited.status == 429)
            let now = Date(timeIntervalSince1970: 1_000_000)
            #expect(RetryAfter.date(from: limited.header("retry-after"), now: now) == now.addingTimeInterval(120))
        }
    }

    @Test func gzipBodiesAreDecompressed() async throws {
        let text = String(repeating: "<item>news</item>", count: 500)
        try await withServer({ _ in
            LoopbackReply(headers: ["Content-Encoding": "gzip"], body: Gzip.wrap(Data(text.utf8)))
        }) { fetcher, server in
            let result = try await fetcher.get(server.url("/feed"))
            #expect(String(decoding: result.body, as: UTF8.self) == text)
        }
    }

    @Test func aSlowServerHitsTheTotalTimeout() async throws {
        var policy = Self.policy
        policy.totalTimeout = .milliseconds(300)
        try await withServer(policy: policy, { _ in LoopbackReply(text: "late", delay: .seconds(5)) }) { fetcher, server in
            await #expect(throws: HTTPFetchError.self) { try await fetcher.get(server.url("/slow")) }
        }
    }

    @Test func anOversizedBodyIsAnError() async throws {
        var policy = Self.policy
        policy.maxBodyBytes = 1000
        try await withServer(policy: policy, { _ in LoopbackReply(body: Data(count: 5000)) }) { fetcher, server in
            await #expect(throws: HTTPFetchError.tooLarge(maxBytes: 1000)) { try await fetcher.get(server.url("/big")) }
        }
    }

    @Test func anOversizedGzipBodyIsAnErrorToo() async throws {
        var policy = Self.policy
        policy.maxBodyBytes = 10_000
        let bomb = Gzip.wrap(Data(count: 50_000))
        try await withServer(policy: policy, { _ in
            LoopbackReply(headers: ["Content-Encoding": "gzip"], body: bomb)
        }) { fetcher, server in
            await #expect(throws: HTTPFetchError.self) { try await fetcher.get(server.url("/bomb")) }
        }
    }

    @Test func atMostTwoRequestsToOneHostAtATime() async throws {
        try await withServer({ _ in LoopbackReply(text: "ok", delay: .milliseconds(50)) }) { fetcher, server in
            try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<8 { group.addTask { try await fetcher.get(server.url("/\(index)")).status } }
                for try await status in group { #expect(status == 200) }
            }
            #expect(await server.mostAtOnce == 2)
        }
    }

    @Test func onlyHTTPAndFileURLs() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lede-fetch-\(UUID().uuidString).xml")
        try Data("local".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try await HTTPFetcher.using(Self.policy) { fetcher in
            await #expect(throws: HTTPFetchError.unsupportedScheme("ftp")) {
                try await fetcher.get(URL(string: "ftp://127.0.0.1/feed")!)
            }
            let result = try await fetcher.get(file)
            #expect(result.status == 200)
            #expect(String(decoding: result.body, as: UTF8.self) == "local")
        }
    }
}
