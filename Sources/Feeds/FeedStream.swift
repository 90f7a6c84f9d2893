import Charsets
import Foundation

/// Reads a feed from successive chunks of bytes: decodes them to UTF-8, mends the usual faults, and parses
/// XML as it arrives (JSON Feed, which cannot be streamed usefully, is collected and parsed at the end).
/// Each item goes through `prepare` (on the second thread when pipelined) before it is handed on.
final class FeedStream<Output> {
    private enum Mode {
        /// Still waiting for the first character that says XML or JSON.
        case sniffing
        case xml(XMLPushParser, FeedBuilder)
        case json
    }

    private let httpCharset: String?
    private let baseURL: URL?
    private let header: (ParsedFeed) -> Void
    private let prepare: (FeedItem) -> Output
    private let item: (Output) throws -> Void
    /// Renders items on a second thread, for big files; nil renders them as they end.
    private let pipeline: ItemPipeline<Output>?
    private var decoder: CharsetStream?
    private var filter = XMLInputFilter()
    private var mode = Mode.sniffing
    /// Decoded text held while sniffing, and the whole of a JSON document.
    private var held: [UInt8] = []
    /// Raw bytes held until there are enough to detect the encoding.
    private var head: [UInt8] = []
    /// The largest JSON Feed read (it is parsed in memory).
    static var jsonLimit: Int { 64 << 20 }

    init(httpCharset: String?, baseURL: URL?, pipelined: Bool = false, header: @escaping (ParsedFeed) -> Void,
         prepare: @escaping (FeedItem) -> Output, item: @escaping (Output) throws -> Void) {
        pipeline = pipelined ? ItemPipeline { prepare($0.item()) } : nil
        self.httpCharset = httpCharset
        self.baseURL = baseURL
        self.header = header
        self.prepare = prepare
        self.item = item
    }

    deinit {
        pipeline?.cancel()
    }

    /// Reads the next chunk.
    func read(_ chunk: [UInt8]) throws {
        try feed(chunk, final: false)
        if let pipeline { try pipeline.take().forEach(item) }
    }

    /// Ends the document and returns the feed's header (items were handed on as they were read).
    func finish() throws -> ParsedFeed {
        try feed([], final: true)
        switch mode {
        case .sniffing:
            throw FeedParseError.empty
        case .json:
            let feed = try JSONFeedParser.parse(held, baseURL: baseURL)
            header(ParsedFeed(format: .json, title: feed.title, link: feed.link))
            for entry in feed.items { try item(prepare(entry)) }
            return ParsedFeed(format: .json, title: feed.title, link: feed.link)
        case .xml(let parser, let builder):
            if let pipeline { try pipeline.finish().forEach(item) }
            if let failure = builder.failure { throw failure }
            guard let format = builder.format else {
                throw parser.firstError.map { FeedParseError.malformed($0) } ?? FeedParseError.notAFeed
            }
            builder.sendHeader()
            return ParsedFeed(format: format, title: builder.title, link: builder.link)
        }
    }

    private func feed(_ chunk: [UInt8], final: Bool) throws {
        var decoded: [UInt8] = []
        if decoder == nil {
            head.append(contentsOf: chunk)
            guard head.count >= 512 || final else { return }
            let (charset, skip) = FeedEncoding.detect(head, httpCharset: httpCharset)
            decoder = CharsetStream(charset: charset) ?? CharsetStream(charset: "UTF-8")
            decoder?.decode(head.dropFirst(skip), final: final, into: &decoded)
            head = []
        } else {
            decoder?.decode(chunk, final: final, into: &decoded)
        }
        try route(decoded, final: final)
    }

    private func route(_ decoded: [UInt8], final: Bool) throws {
        switch mode {
        case .sniffing:
            held.append(contentsOf: decoded)
            guard let first = held.first(where: { !Self.isSpace($0) }) else {
                held = []
                return
            }
            if first == UInt8(ascii: "{") {
                mode = .json
                try route([], final: final)
            } else if first == UInt8(ascii: "<") {
                let builder = FeedBuilder(baseURL: baseURL, header: header) { [unowned self] draft in
                    if let pipeline { pipeline.submit(draft) } else { try item(prepare(draft.item())) }
                }
                let parser = XMLPushParser(handler: builder)
                mode = .xml(parser, builder)
                let text = Array(held.drop(while: Self.isSpace))
                held = []
                try parseXML(text, parser: parser, builder: builder, final: final)
            } else {
                throw FeedParseError.notAFeed
            }
        case .json:
            held.append(contentsOf: decoded)
            if held.count > Self.jsonLimit { throw FeedParseError.invalidJSON("the document is larger than 64 MiB") }
        case .xml(let parser, let builder):
            try parseXML(decoded, parser: parser, builder: builder, final: final)
        }
    }

    private func parseXML(_ text: [UInt8], parser: XMLPushParser, builder: FeedBuilder, final: Bool) throws {
        var filtered: [UInt8] = []
        filter.filter(text, final: final, into: &filtered)
        parser.parse(filtered, final: final)
        if let failure = builder.failure { throw failure }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
