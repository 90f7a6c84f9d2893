import Foundation
import LoopbackServer
import NIOCore
import NIOHTTP1
import NIOPosix

/// An HTTP server on 127.0.0.1 for tests that run the `lede` binary: it answers on SwiftNIO's own
/// thread, because the tests that wait for a `lede` process block Swift's few task threads, and a
/// server that needs one of them (as `LoopbackServer` does) could then not answer in time.
final class PageServer: Sendable {
    let port: Int
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel

    static func start(_ reply: @escaping @Sendable (String) -> LoopbackReply) async throws -> PageServer {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(PageHandler(reply: reply))
                    }
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return PageServer(port: channel.localAddress?.port ?? 0, group: group, channel: channel)
    }

    private init(port: Int, group: MultiThreadedEventLoopGroup, channel: any Channel) {
        self.port = port
        self.group = group
        self.channel = channel
    }

    /// `http://127.0.0.1:PORT/path`.
    func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)" + path)!
    }

    func stop() async {
        try? await channel.close().get()
        try? await group.shutdownGracefully()
    }
}

/// Answers each request, once it has all arrived, with the reply for its path.
private final class PageHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart
    let reply: @Sendable (String) -> LoopbackReply
    var path = "/"

    init(reply: @escaping @Sendable (String) -> LoopbackReply) {
        self.reply = reply
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): path = head.uri
        case .body: break
        case .end:
            let answer = reply(path)
            var headers = HTTPHeaders(answer.headers.map { ($0.key, $0.value) })
            headers.replaceOrAdd(name: "Content-Length", value: String(answer.body.count))
            let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: answer.status),
                                        headers: headers)
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: answer.body)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}
