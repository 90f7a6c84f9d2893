import Foundation
import NIOCore
import NIOHTTP1

/// Answers each request on a connection, once it has all arrived, with the test's reply; a reply's
/// `delay` is scheduled on the event loop, so a slow answer never holds a thread.
final class LoopbackHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart
    private let handler: @Sendable (LoopbackRequest) -> LoopbackReply
    private let log: RequestLog
    private var head: HTTPRequestHead?

    init(handler: @escaping @Sendable (LoopbackRequest) -> LoopbackReply, log: RequestLog) {
        self.handler = handler
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            let request = LoopbackRequest(head)
            log.begin(request)
            let reply = handler(request)
            guard let delay = reply.delay else { return write(reply, for: head, context: context) }
            context.eventLoop.assumeIsolated().scheduleTask(in: TimeAmount(delay)) { [self] in
                write(reply, for: head, context: context)
            }
        }
    }

    private func write(_ reply: LoopbackReply, for request: HTTPRequestHead, context: ChannelHandlerContext) {
        log.end()
        guard context.channel.isActive else { return }
        var headers = HTTPHeaders(reply.headers.map { ($0.key, $0.value) })
        // A 304 or 204 carries no body, so it must not announce one.
        if reply.status != 304 && reply.status != 204 && !headers.contains(name: "Content-Length") {
            headers.add(name: "Content-Length", value: String(reply.body.count))
        }
        let head = HTTPResponseHead(version: request.version, status: HTTPResponseStatus(statusCode: reply.status),
                                    headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if !reply.body.isEmpty {
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: reply.body)))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
