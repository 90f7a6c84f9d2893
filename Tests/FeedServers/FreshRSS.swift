import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real FreshRSS on 127.0.0.1, started by `../shared/servers/start-freshrss.sh` (PHP's built-in
/// server with SQLite); its facts are measured in that script's header.
public final class FreshRSS {
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let script = packageRoot.appendingPathComponent("../shared/servers/start-freshrss.sh").standardizedFileURL.path

    /// Whether the script and PHP with the modules FreshRSS needs are here (CI installs them).
    public static let available: Bool = {
        guard FileManager.default.fileExists(atPath: script),
              let modules = try? LocalProcess.run(["php", "-m"]).lowercased() else { return false }
        let lines = Set(modules.split(separator: "\n").map(String.init))
        return ["pdo_sqlite", "curl", "xml", "mbstring"].allSatisfy(lines.contains)
    }()

    public let folder: String
    public let values: [String: String]
    private var pid: pid_t
    private var restarted: pid_t?

    /// Starts a server whose user is subscribed to `feeds`, and has it fetch them.
    public init(feeds: [String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-freshrss-\(UUID().uuidString)").path
        // The script's module check (`php -m | grep -q` under pipefail) fails now and then when grep
        // leaves before php has written everything: try again.
        var attempt = 0
        var output = ""
        while true {
            do {
                output = try LocalProcess.run(["bash", Self.script, folder] + feeds)
                break
            } catch {
                attempt += 1
                try? FileManager.default.removeItem(atPath: folder)
                if attempt == 10 { throw error }
            }
        }
        var values: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let pair = line.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { values[pair[0]] = pair[1] }
        }
        self.values = values
        pid = pid_t(values["FRESHRSS_PID"] ?? "") ?? 0
        if !feeds.isEmpty { try refresh() }
    }

    public var api: String { values["FRESHRSS_GREADER"] ?? "" }
    public var user: String { values["FRESHRSS_USER"] ?? "" }
    public var password: String { values["FRESHRSS_PASSWORD"] ?? "" }
    public var port: UInt16 { UInt16(URL(string: api)?.port ?? 0) }

    /// Has FreshRSS fetch its feeds now (its cache of recent fetches cleared first).
    public func refresh() throws {
        let cache = folder + "/FreshRSS/data/cache"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? [] where name.hasSuffix(".spc") {
            try? FileManager.default.removeItem(atPath: cache + "/" + name)
        }
        sleep(1)  // feeds are due a second after their last fetch
        // Exit 1 only says that no feed was due.
        _ = try? LocalProcess.run(["php", folder + "/FreshRSS/cli/actualize-user.php", "--user", user])
    }

    /// Stops the web server; the data stays for `start()`.
    public func stopServing() {
        if let restarted {
            LocalProcess.kill(restarted)
            self.restarted = nil
        } else if pid > 0 {
            // SIGKILL: a child of the test runner may inherit a mask that blocks SIGTERM.
            Glibc.kill(pid, SIGKILL)
            pid = 0
        }
        while LocalProcess.accepts(port) { usleep(50_000) }
    }

    /// Serves the same data again on the same port.
    public func startServing() throws {
        restarted = try LocalProcess.spawn(["php", "-S", "127.0.0.1:\(port)", "-t", folder + "/FreshRSS/p"])
        try LocalProcess.waitForListener(port)
    }

    public func stop() {
        stopServing()
        try? FileManager.default.removeItem(atPath: folder)
    }
}
