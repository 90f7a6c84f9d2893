import ArticleModel
import ArticleStore
import FeedStore
@testable import FeedSync
import FeedServers
import Foundation
import HTTPFetch
import LedeTestSupport
import ReadingState

/// A library and a state folder in a temporary folder, with an account on a server, for one test.
struct SyncScratch {
    /// The test's own folder, removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var root: String { scratch.path }
    var library: String { root + "/library" }
    var stateFolder: String { root + "/state" }

    init() throws {
        scratch = try TemporaryFolder("lede-sync")
        try FileManager.default.createDirectory(atPath: root + "/library", withIntermediateDirectories: true)
    }

    static func policy(timeout: Int = 60) -> FetchPolicy {
        FetchPolicy(userAgent: "lede/test", connectTimeout: .seconds(min(timeout, 10)), totalTimeout: .seconds(timeout),
                    maxBodyBytes: 64 << 20)
    }

    static func fetcher(timeout: Int = 60) -> HTTPFetcher {
        HTTPFetcher(policy: policy(timeout: timeout))
    }

    /// Keeps an account (as `lede account add` does, token given).
    func addAccount(url: String, user: String = "lede", token: String?, passwordCommand: String? = nil) throws {
        try AccountFile(libraryRoot: library, stateFolder: stateFolder)
            .save(SyncAccount(url: url, user: user, passwordCommand: passwordCommand, library: library, token: token))
    }

    /// Logs in to `server` and keeps the account.
    func addAccount(_ server: FreshRSS) async throws {
        let fetcher = Self.fetcher()
        let token = await SyncLogin.token(url: server.api, user: server.user, password: server.password, fetcher: fetcher)
        await fetcher.shutdown()
        try addAccount(url: server.api, user: server.user, token: try token.get())
    }

    /// One sync, as `lede sync` runs it.
    func sync(timeout: Int = 60) async throws -> SyncReport {
        let fetcher = Self.fetcher(timeout: timeout)
        let engine: SyncEngine
        do {
            engine = try requireEngineValue(SyncEngine(libraryRoot: library, stateFolder: stateFolder, fetcher: fetcher))
        } catch {
            await fetcher.shutdown()  // a fetcher freed without it stops the whole test process
            throw error
        }
        let report = await engine.run()
        await fetcher.shutdown()
        return report
    }

    /// The articles of the library, relative paths, sorted.
    func articles() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: library)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".md") && !(path as NSString).lastPathComponent.hasPrefix(".") { found.append(path) }
        }
        return found.sorted()
    }

    func summary(_ file: String) throws -> ArticleSummary {
        try ArticleLoader.load(path: library + "/" + file, relativePath: file).article.summary
    }

    /// The library's reading state as a fresh lede would open it.
    func reading() -> StateStore {
        StateStore(libraryRoot: library, file: StateLocation.file(forLibrary: library, in: stateFolder))
    }

    func subscriptions() throws -> [String] {
        try SubscriptionList.load(libraryRoot: library).subscriptions.map(\.url).sorted()
    }

    /// A client of `server` logged in as its user, to look at or change the server's side.
    static func client(_ server: FreshRSS, fetcher: HTTPFetcher) async throws -> (GReaderClient, String) {
        var client = GReaderClient(root: server.api, fetcher: fetcher)
        client.auth = try await client.login(user: server.user, password: server.password)
        return (client, try await client.editToken())
    }
}

/// Unwraps an engine, failing with the reason when the library has no account.
func requireEngineValue(_ engine: SyncEngine?) throws -> SyncEngine {
    guard let engine else { throw LocalProcess.Failure(description: "the library has no account") }
    return engine
}
