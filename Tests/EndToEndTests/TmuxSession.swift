import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A detached tmux server of its own (private `-L` socket in a private folder) with one 80x24 pane
/// running `sh`, for driving the real `lede` as a user would: type, press keys, read the screen.
final class TmuxSession {
    static let name = "e2e"

    /// The tmux executable on PATH, or nil: the end-to-end tests are skipped without it.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// A scratch folder for this session: the tmux socket, its config, and the test's files.
    let folder: String
    private let tmux: String
    private let socket: String
    private var outputCounter = 0
    private var killed = false
    /// The tmux server's process id, to make sure it is gone at the end.
    private(set) var serverPID: pid_t = 0
    /// True when the server ignored kill-server and had to be killed with SIGKILL.
    private(set) var neededForcedKill = false

    /// Starts the server. `TERM` inside is tmux-256color and the locale C.UTF-8, whatever the host has.
    init(width: Int = 80, height: Int = 24) throws {
        guard let tmux = Self.executable else { throw SpawnError(message: "tmux is not installed") }
        self.tmux = tmux
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-e2e-\(UUID().uuidString.prefix(8))").path
        socket = "lede-e2e"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // No status line (the pane is the whole 80x24), no escape-time delay, the same TERM everywhere.
        try """
            set -g default-terminal tmux-256color
            set -g status off
            set -sg escape-time 0
            set -g history-limit 100
            """.write(toFile: folder + "/tmux.conf", atomically: true, encoding: .utf8)
        try command(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", Self.name, "-c", folder, "sh"])
        serverPID = pid_t(try format("#{pid}")) ?? 0
    }

    deinit { kill() }

    /// Stops the tmux server and everything in it (tmux hangs up its panes), and removes the scratch
    /// folder. A server that does not go within seconds is killed outright: none may outlive the tests.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? tmuxCommand(["kill-server"])
        if serverPID > 0 {
            let deadline = ContinuousClock.now + .seconds(5)
            while isServerRunning, ContinuousClock.now < deadline { usleep(20_000) }
            if isServerRunning {
                neededForcedKill = true
                Glibc.kill(serverPID, SIGKILL)
            }
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    var isServerRunning: Bool { serverPID > 0 && Self.isRunning(serverPID) }

    /// Whether a process runs. A daemon that exited stays a zombie until init reaps it, which can take
    /// a second or two; on Linux /proc tells the two apart.
    static func isRunning(_ pid: pid_t) -> Bool {
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
           let close = stat.lastIndex(of: ")") {
            let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
            return state != "Z" && state != "X"
        }
        return Glibc.kill(pid, 0) == 0
    }

    /// The server's environment, which the pane's shell inherits: nothing from the host's but PATH.
    private var environment: [String: String] {
        let host = ProcessInfo.processInfo.environment
        return ["PATH": host["PATH"] ?? "/usr/bin:/bin", "HOME": folder, "LANG": "C.UTF-8",
                "TERM": "xterm-256color", "TMUX_TMPDIR": folder]
    }

    private func tmuxCommand(_ arguments: [String]) throws -> ChildProcess.Result {
        outputCounter += 1
        return try ChildProcess.run(tmux, ["-L", socket, "-f", folder + "/tmux.conf"] + arguments,
                                    environment: environment, outputFile: folder + "/tmux-output-\(outputCounter % 4)")
    }

    /// Runs a tmux command and returns its output; throws when tmux fails.
    @discardableResult
    func command(_ arguments: [String]) throws -> String {
        let result = try tmuxCommand(arguments)
        guard result.status == 0 else {
            throw SpawnError(message: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.output)")
        }
        return result.output
    }

    /// Presses keys by tmux's names: "q", "Enter", "C-z", "Down".
    func press(_ keys: String...) throws {
        try command(["send-keys", "-t", Self.name] + keys)
    }

    /// Types a shell command line literally and presses Enter.
    func type(_ line: String) throws {
        try command(["send-keys", "-t", Self.name, "-l", line])
        try press("Enter")
    }

    /// The visible screen as text, one line per row; with `escapes`, colours and attributes included.
    func screen(escapes: Bool = false) throws -> String {
        try command(["capture-pane", "-p", "-t", Self.name] + (escapes ? ["-e"] : []))
    }

    /// A tmux format for the pane, e.g. `#{pane_title}`, `#{alternate_on}`.
    func format(_ format: String) throws -> String {
        try command(["display-message", "-p", "-t", Self.name, format])
            .trimmingCharacters(in: .newlines)
    }

    func resize(width: Int, height: Int) throws {
        try command(["resize-window", "-t", Self.name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `condition` holds; fails after `timeout` showing the last screen.
    /// Generous by default: CI machines are slow and busy, and polling costs nothing when they are not.
    @discardableResult
    func waitForScreen(_ what: String, timeout: Duration = .seconds(30),
                       _ condition: (String) -> Bool) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var last = ""
        while true {
            last = try screen()
            if condition(last) { return last }
            guard ContinuousClock.now < deadline else {
                throw SpawnError(message: "timed out waiting for \(what); the screen was:\n\(last)")
            }
            usleep(50_000)
        }
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(30)) throws -> String {
        try waitForScreen("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Polls a format until it equals `value`.
    func waitForFormat(_ format: String, toBe value: String, timeout: Duration = .seconds(30)) throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            let current = try self.format(format)
            if current == value { return }
            guard ContinuousClock.now < deadline else {
                throw SpawnError(message: "timed out waiting for \(format) to be \(value) (it is \(current)); the screen was:\n\(try screen())")
            }
            usleep(50_000)
        }
    }
}
