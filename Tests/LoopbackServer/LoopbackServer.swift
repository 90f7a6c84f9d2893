import FlyingFox
import Foundation

/// An HTTP server on 127.0.0.1 at a port the system picks, for tests: each request goes to the
/// test's handler, and every request is logged so that tests can check what the client sent.
public final class LoopbackServer: Sendable {
    public let port: UInt16
    private let server: HTTPServer
    private let task: Task<Void, any Error>
    private let log: RequestLog

    /// Starts a server answering every request with `handler`.
    public static func start(_ handler: @escaping @Sendable (LoopbackRequest) async -> LoopbackReply) async throws
        -> LoopbackServer
    {
        let log = RequestLog()
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 30, logger: .disabled)
        await server.appendRoute("*") { request in
            let seen = LoopbackRequest(request)
            await log.append(seen)
            return await handler(seen).response
        }
        let task = Task { try await server.run() }
        // FlyingFox waits 5 s by default; on a loaded 2-core machine the whole parallel test run can take longer.
        try await server.waitUntilListening(timeout: 60)
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            task.cancel()
            throw LoopbackError()
        }
        return LoopbackServer(port: port, server: server, task: task, log: log)
    }

    private init(port: UInt16, server: HTTPServer, task: Task<Void, any Error>, log: RequestLog) {
        self.port = port
        self.server = server
        self.task = task
        self.log = log
    }

    /// `http://127.0.0.1:PORT/path`.
    public func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)" + path)!
    }

    /// The requests received so far, in order.
    public var requests: [LoopbackRequest] {
        get async { await log.requests }
    }

    public func stop() async {
        await server.stop(timeout: 0)
        task.cancel()
    }
}

struct LoopbackError: Error {}

/// What the client asked.
public struct LoopbackRequest: Sendable {
    public var path: String
    /// Header values by lower-cased name.
    public var headers: [String: String]

    init(_ request: HTTPRequest) {
        path = request.path
        var headers: [String: String] = [:]
        for (name, value) in request.headers { headers[name.rawValue.lowercased()] = value }
        self.headers = headers
    }
}

/// What the server answers.
public struct LoopbackReply: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data
    /// Waits this long before answering (a slow server).
    public var delay: Duration?

    public init(status: Int = 200, headers: [String: String] = [:], body: Data = Data(), delay: Duration? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
    }

    public init(status: Int = 200, headers: [String: String] = [:], text: String, delay: Duration? = nil) {
        self.init(status: status, headers: headers, body: Data(text.utf8), delay: delay)
    }

    var response: HTTPResponse {
        get async {
            if let delay { try? await Task.sleep(for: delay) }
            var fields = HTTPHeaders()
            for (name, value) in headers { fields[HTTPHeader(name)] = value }
            return HTTPResponse(statusCode: HTTPStatusCode(status, phrase: "Status \(status)"), headers: fields, body: body)
        }
    }
}

actor RequestLog {
    var requests: [LoopbackRequest] = []
    func append(_ request: LoopbackRequest) { requests.append(request) }
}
