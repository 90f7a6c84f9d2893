import FeedStore
@testable import FeedSync
import FeedServers
import Foundation
import Testing

/// Each failure of a sync is one line naming the account, and the queued changes stay: against a tiny
/// server on 127.0.0.1 (Python, in its own process) that answers as a broken or foreign server would.
@Suite struct SyncErrorTests {
    /// A library with an account at `url` and one local subscription queued for the server.
    func scratch(url: String, passwordCommand: String? = nil) throws -> SyncScratch {
        let scratch = try SyncScratch()
        try scratch.addAccount(url: url, user: "reader", token: "reader/token", passwordCommand: passwordCommand)
        var list = SubscriptionList()
        list.add(Subscription(url: "http://127.0.0.1:9/feed.xml", title: "Queued"))
        try list.save(libraryRoot: scratch.library)
        return scratch
    }

    func sync(status: Int = 200, body: String, contentType: String = "text/plain", delay: Double = 0, timeout: Int = 60,
              passwordCommand: String? = nil) async throws -> SyncReport {
        let server = try CannedServer(status: status, body: body, contentType: contentType, delaySeconds: delay)
        defer { server.stop() }
        let scratch = try scratch(url: server.url("/api/greader.php"), passwordCommand: passwordCommand)
        let report = try await scratch.sync(timeout: timeout)
        // The queued change is still on disk for the next sync.
        #expect(try SyncStateFile(libraryRoot: scratch.library, stateFolder: scratch.stateFolder).load().pending.count == 1)
        #expect(report.pending == 1)
        #expect(report.line.hasPrefix("reader@127.0.0.1:\(server.port): "))
        #expect(report.line.hasSuffix("; 1 local change kept for the next sync"))
        #expect(!report.line.contains("\n"))
        return report
    }

    @Test func wrongPassword() async throws {
        let report = try await sync(status: 401, body: "Unauthorized", passwordCommand: "echo secret")
        #expect(report.error == .wrongPassword)
    }

    @Test func serverError() async throws {
        let report = try await sync(status: 503, body: "down for maintenance")
        #expect(report.error == .serverError(503))
        #expect(report.line.contains("the server failed (HTTP 503)"))
    }

    @Test func timeout() async throws {
        let report = try await sync(body: "late", delay: 5, timeout: 1)
        #expect(report.error == .timedOut(seconds: 1))
    }

    @Test func notTheGoogleReaderAPI() async throws {
        let report = try await sync(status: 404, body: "<html><body>Not found</body></html>", contentType: "text/html")
        #expect(report.error == .notGoogleReader("HTTP 404 to reader/api/0/token"))
    }

    @Test func anHTMLPageIsNotTheAPI() async throws {
        let report = try await sync(body: "<html>Welcome</html>", contentType: "text/html")
        #expect(report.error == .notGoogleReader("its answer to subscription/list is not the JSON the API sends"))
    }

    @Test func serverDown() async throws {
        let port = LocalProcess.freePort()
        let scratch = try scratch(url: "http://127.0.0.1:\(port)/api/greader.php")
        let report = try await scratch.sync()
        guard case .unreachable? = report.error else {
            Issue.record("expected unreachable, got \(String(describing: report.error))")
            return
        }
        #expect(report.line.hasPrefix("reader@127.0.0.1:\(port): cannot reach the server ("))
        #expect(report.pending == 1)
    }
}
