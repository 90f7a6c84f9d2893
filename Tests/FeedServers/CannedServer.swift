import Foundation

/// A server on 127.0.0.1 that answers every request with the same status and body, after a delay:
/// Python's http.server in a process of its own (an in-process server starves when the whole suite
/// keeps the task threads busy).
public final class CannedServer {
    public let port: UInt16
    private let process: pid_t

    static let program = """
        import sys, time, http.server
        port, status, delay, kind, body = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5].encode()
        class Handler(http.server.BaseHTTPRequestHandler):
            def answer(self):
                time.sleep(delay)
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            do_GET = do_POST = answer
            def log_message(self, *args): pass
        http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
        """

    public init(status: Int, body: String, contentType: String = "text/plain", delaySeconds: Double = 0) throws {
        port = LocalProcess.freePort()
        process = try LocalProcess.spawn(["python3", "-c", Self.program, String(port), String(status), String(delaySeconds),
                                          contentType, body])
        try LocalProcess.waitForListener(port)
    }

    /// `http://127.0.0.1:PORT/path`.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)" + path }

    public func stop() { LocalProcess.kill(process) }
}
