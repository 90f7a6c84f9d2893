import FeedServers
import Foundation
import LedeTestSupport
import Testing

/// `lede account` and `lede sync` as a reader runs them, against a real FreshRSS on 127.0.0.1.
@Suite(.enabled(if: FreshRSS.available, "needs php-cli php-sqlite3 php-curl php-xml php-mbstring and ../shared/servers"))
struct SyncCommandTests {
    /// The test's own folder, removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var root: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-synccli")
    }
    var library: String { root + "/library" }

    func lede(_ arguments: [String], input: String? = nil) throws -> LocalProcess.Outcome {
        var environment = ProcessInfo.processInfo.environment
        environment["LEDE_STATE_DIR"] = root + "/state"
        environment["XDG_CONFIG_HOME"] = root + "/config"
        environment["LEDE_CACHE_DIR"] = root + "/cache"
        environment["LEDE_LIBRARY"] = nil
        return try LocalProcess.outcome([LedeBinary.url.path] + arguments, input: input, environment: environment)
    }

    @Test func addSyncListRemove() throws {
        let feeds = try FeedFolder()
        defer { feeds.stop() }
        let alpha = try feeds.write("alpha.xml", title: "Alpha News", items: ["one", "two"])
        let server = try FreshRSS(feeds: [alpha])
        defer { server.stop() }
        let account = "\(server.user)@127.0.0.1:\(server.port)"

        let wrong = try lede(["account", "add", server.api, "--user", server.user, "--password-command", "echo wrong",
                              "--library", library])
        #expect(wrong.status == 1)
        #expect(wrong.stderr == "lede: \(account): the server refused the user name or password\n")

        let noAccount = try lede(["sync", "--library", library])
        #expect(noAccount.status == 1)
        #expect(noAccount.stderr.contains("has no account"))

        let added = try lede(["account", "add", server.api, "--user", server.user, "--password-stdin", "--library", library],
                             input: server.password + "\n")
        #expect(added.status == 0)
        #expect(added.stdout.hasPrefix("Logged in as \(account) for the library"))
        let files = try FileManager.default.contentsOfDirectory(atPath: root + "/state").filter { $0.hasSuffix(".account.json") }
        #expect(files.count == 1)
        let path = root + "/state/" + (files.first ?? "")
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        #expect(!(try String(contentsOfFile: path, encoding: .utf8)).contains(server.password))

        let synced = try lede(["sync", "--library", library, "--json"])
        #expect(synced.status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(synced.stdout.utf8)) as? [String: Any])
        #expect(record["account"] as? String == account)
        #expect(record["new"] as? Int == 2)
        #expect(record["error"] is NSNull)
        let again = try lede(["sync", "--library", library])
        #expect(again.stdout == "\(account): 0 new, 0 updated; 0 changes pushed\n")

        let listed = try lede(["account", "list"])
        #expect(listed.stdout.hasPrefix("\(account)  \(server.api)  "))

        server.stopServing()
        let down = try lede(["sync", "--library", library])
        #expect(down.status == 1)
        #expect(down.stderr.hasPrefix("lede: \(account): cannot reach the server ("))
        #expect(down.stderr.split(separator: "\n").count == 1)

        let removed = try lede(["account", "remove", "--library", library])
        #expect(removed.status == 0)
        #expect(try lede(["account", "list"]).stdout.hasPrefix("No accounts"))
    }
}
