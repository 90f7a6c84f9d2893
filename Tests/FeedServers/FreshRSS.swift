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
        // The script checks PHP's modules with `php -m | grep -q` under pipefail. PHP writes its list a
        // line at a time, so when grep leaves at its match PHP's next write fails and the check reports
        // a module missing (measured: 4 to 6 runs in 10 when SIGPIPE is ignored, as under CI). The
        // script is shared, not ours: a `php` first on its PATH answers `-m` in one write instead.
        let (environment, shimFolder) = try Self.environmentWithOneWritePHP()
        defer { try? FileManager.default.removeItem(atPath: shimFolder) }
        var attempt = 0
        var output = ""
        while true {
            let run = try LocalProcess.outcome(["bash", Self.script, folder] + feeds, environment: environment)
            if run.status == 0 {
                output = run.stdout
                break
            }
            attempt += 1
            try? FileManager.default.removeItem(atPath: folder)
            if attempt == 3 {
                throw LocalProcess.Failure(description: "start-freshrss.sh exited with \(run.status): \(run.stderr)")
            }
            usleep(300_000)
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

    /// The environment with a folder first on `PATH` whose `php` prints `php -m`'s list in one write
    /// and hands every other call to the real PHP; and that folder, to delete once the server runs.
    static func environmentWithOneWritePHP() throws -> (environment: [String: String], folder: String) {
        let real = try LocalProcess.run(["sh", "-c", "command -v php"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-php-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let shim = """
            #!/bin/sh
            if [ "$#" -eq 1 ] && [ "$1" = -m ]; then list=$('\(real)' -m) || exit; printf '%s\\n' "$list"; exit; fi
            exec '\(real)' "$@"

            """
        try writeExecutable(shim, to: folder + "/php")
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = folder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        return (environment, folder)
    }

    /// Writes through a descriptor closed on exec. `Data.write` leaves it open across exec, so a server
    /// another test spawns at that moment keeps the file open for writing for as long as it runs, and
    /// running the file fails with "Text file busy" every time (seen in CI as all three starts failing).
    private static func writeExecutable(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw LocalProcess.Failure(description: "cannot create \(path): errno \(errno)") }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard write(fd, bytes, bytes.count) == bytes.count else {
            throw LocalProcess.Failure(description: "cannot write \(path): errno \(errno)")
        }
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
