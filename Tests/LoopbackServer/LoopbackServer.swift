import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// An HTTP server on 127.0.0.1 at a port the system picks, for tests: each request goes to the
/// test's handler, and every request is logged so that tests can check what the client sent.
///
/// It answers on SwiftNIO's own event-loop thread, never on Swift's task pool: on a 2-core machine
/// that pool has about two threads, and tests that wait synchronously for a `lede` process or a tmux
/// session can hold both, so a server that needed one could not even start listening.
public final class LoopbackServer: Sendable {
    public let port: UInt16
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let log: RequestLog

    /// Starts a server answering every request with `handler`, which runs on the server's thread.
    public static func start(_ handler: @escaping @Sendable (LoopbackRequest) -> LoopbackReply) async throws
        -> LoopbackServer
    {
        let log = RequestLog()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    channel.pipeline.configureHTTPServerPipeline().flatMap {
                        channel.eventLoop.makeCompletedFuture {
                            try channel.pipeline.syncOperations.addHandler(LoopbackHandler(handler: handler, log: log))
                        }
                    }
                }
                .bind(host: "127.0.0.1", port: 0).get()
            guard let port = channel.localAddress?.port else { throw LoopbackError() }
            return LoopbackServer(port: UInt16(port), group: group, channel: channel, log: log)
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    private init(port: UInt16, group: MultiThreadedEventLoopGroup, channel: any Channel, log: RequestLog) {
        self.port = port
        self.group = group
        self.channel = channel
        self.log = log
    }

    /// `http://127.0.0.1:PORT/path`.
    public func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)" + path)!
    }

    /// The requests received so far, in order.
    public var requests: [LoopbackRequest] {
        get async { log.requests }
    }

    /// The most requests that were being answered at once (received, reply not yet written).
    public var mostAtOnce: Int {
        get async { log.mostAtOnce }
    }

    /// Closes the listening socket and every open connection.
    public func stop() async {
        try? await channel.close().get()
        try? await group.shutdownGracefully()
    }
}

struct LoopbackError: Error {}

/// Every request seen, and how many are being answered now; shared by the connections' handlers.
final class RequestLog: Sendable {
    private struct State {
        var requests: [LoopbackRequest] = []
        var now = 0
        var most = 0
    }

    private let state = NIOLockedValueBox(State())

    var requests: [LoopbackRequest] { state.withLockedValue { $0.requests } }
    var mostAtOnce: Int { state.withLockedValue { $0.most } }

    func begin(_ request: LoopbackRequest) {
        state.withLockedValue {
            $0.requests.append(request)
            $0.now += 1
            $0.most = max($0.most, $0.now)
        }
    }

    func end() { state.withLockedValue { $0.now -= 1 } }
}
