import Foundation

/// What the server answers.
public struct LoopbackReply: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data
    /// Waits this long before answering (a slow server), on the event loop: no thread sleeps.
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
}
