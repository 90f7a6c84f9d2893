import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Serves a folder over HTTP on 127.0.0.1 with Python's `http.server`, in a window of the test's own
/// tmux session (so it ends with the session). Another process, not a server inside the test: tests that
/// poll tmux block Swift's few task threads, and an in-process server then answers too late.
struct StaticFileServer {
    let port: UInt16

    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func start(serving folder: String, in session: TmuxSession) throws -> StaticFileServer {
        let python = try python.orThrow("python3 is not installed")
        let port = try freePort()
        _ = try session.command(["new-window", "-d", python, "-m", "http.server", String(port), "--bind", "127.0.0.1",
                                 "--directory", folder])
        let deadline = ContinuousClock.now + .seconds(30)
        while !accepts(port) {
            guard ContinuousClock.now < deadline else { throw SpawnError(message: "the feed server did not start") }
            usleep(50_000)
        }
        return StaticFileServer(port: port)
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)" + path }

    /// A port nobody listens on now: the system's choice for a socket bound to port 0.
    private static func freePort() throws -> UInt16 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw SpawnError(message: "no free port on 127.0.0.1") }
        return UInt16(bigEndian: address.sin_port)
    }

    private static func accepts(_ port: UInt16) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    private static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }
}

extension Optional {
    func orThrow(_ message: String) throws -> Wrapped {
        guard let self else { throw SpawnError(message: message) }
        return self
    }
}
