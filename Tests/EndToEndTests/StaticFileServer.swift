import FeedServers
import Foundation

/// Serves a folder over HTTP on 127.0.0.1 with Python's `http.server`, in a window of the test's own
/// tmux session (so it ends with the session). Another process, not a server inside the test: tests that
/// poll tmux block Swift's few task threads, and an in-process server then answers too late.
struct StaticFileServer {
    let port: UInt16

    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func start(serving folder: String, in session: TmuxSession) throws -> StaticFileServer {
        let python = try python.orThrow("python3 is not installed")
        let port = LocalProcess.freePort()
        _ = try session.command(["new-window", "-d", python, "-m", "http.server", String(port), "--bind", "127.0.0.1",
                                 "--directory", folder])
        try LocalProcess.waitForListener(port)
        return StaticFileServer(port: port)
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)" + path }
}

extension Optional {
    func orThrow(_ message: String) throws -> Wrapped {
        guard let self else { throw SpawnError(message: message) }
        return self
    }
}
