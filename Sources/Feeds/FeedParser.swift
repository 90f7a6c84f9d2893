import Foundation

/// Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 documents, detecting the format from the
/// content and recovering what can be read from malformed ones.
public enum FeedParser {
    /// The size of the pieces a file is read in.
    static let chunkSize = 256 * 1024

    /// Parses a whole feed in memory (HTTP bodies are capped, so this is the common path).
    /// - Parameters:
    ///   - httpCharset: the `charset` of the response's `Content-Type`, which overrides the XML declaration.
    ///   - baseURL: the feed's own address, against which relative links are resolved.
    public static func parse(_ data: Data, httpCharset: String? = nil, baseURL: URL? = nil) throws -> ParsedFeed {
        var items: [FeedItem] = []
        let stream = FeedStream(httpCharset: httpCharset, baseURL: baseURL, header: { _ in }, prepare: { $0 },
                                item: { items.append($0) })
        var offset = data.startIndex
        while offset < data.endIndex {
            let end = data.index(offset, offsetBy: chunkSize, limitedBy: data.endIndex) ?? data.endIndex
            try stream.read([UInt8](data[offset..<end]))
            offset = end
        }
        var feed = try stream.finish()
        feed.items = items
        return feed
    }

    /// Streams a feed file of any size: the feed's header, then each item as soon as it is read, in
    /// constant memory. An error thrown by `item` stops the parse and is rethrown.
    public static func parse(contentsOf file: URL, baseURL: URL? = nil, header: (ParsedFeed) -> Void,
                             item: (FeedItem) throws -> Void) throws {
        try parse(contentsOf: file, baseURL: baseURL, header: header, prepare: { $0 }, item: item)
    }

    /// Streams a feed file as above, passing each item through `prepare` first: on the thread that turns
    /// items into text when the file is big, so that the caller's own work per item overlaps the parse too.
    public static func parse<Prepared>(contentsOf file: URL, baseURL: URL? = nil, header: (ParsedFeed) -> Void,
                                       prepare: @Sendable (FeedItem) -> Prepared,
                                       item: (Prepared) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            throw FeedParseError.unreadable("cannot open \(file.path)")
        }
        defer { try? handle.close() }
        try withoutActuallyEscaping(header) { header in
            try withoutActuallyEscaping(prepare) { prepare in
                try withoutActuallyEscaping(item) { item in
                    // A big file is worth a second thread for turning items into text.
                    let size = (try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
                    let stream = FeedStream(httpCharset: nil, baseURL: baseURL ?? file, pipelined: size > 4 << 20,
                                            header: header, prepare: prepare, item: item)
                    try read(handle, into: stream)
                }
            }
        }
    }

    /// Feeds the file to `stream` chunk by chunk, then ends it.
    private static func read<Output>(_ handle: FileHandle, into stream: FeedStream<Output>) throws {
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: chunkSize) ?? Data()
            } catch {
                throw FeedParseError.unreadable(error.localizedDescription)
            }
            if chunk.isEmpty { break }
            try stream.read([UInt8](chunk))
        }
        _ = try stream.finish()
    }
}
