import ArticleModel
import Foundation

/// The newest entries of a saved index, read before anything else: all a first frame draws. At
/// 100,000 articles, checking and decoding every entry and making every list row took two thirds of
/// the processor time to the first frame, for the forty rows a screen shows.
public struct IndexHead: Sendable {
    /// The first `limit` entries, newest first, as the list shows them.
    public var entries: [IndexEntry]
    /// How many entries the whole index has.
    public var total: Int
}

extension IndexFile {
    /// The first `limit` entries of the metadata section of `data` and the number of all of them, without
    /// checking the section's checksum (the whole load that follows checks it, and replaces what this
    /// showed); nil when the file is not an index of this version or the entries cannot be read.
    static func decodeHead(_ data: Data, limit: Int) -> IndexHead? {
        guard formatProblem(data) == nil else { return nil }
        return try? data.withUnsafeBytes { buffer -> IndexHead in
            var header = BinaryReader(buffer, offset: magic.count + 1)
            let length = Int(clamping: try header.fixed64())
            guard length <= buffer.count - headerSize else { throw BinaryReader.Truncated() }
            var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: buffer[headerSize..<headerSize + length]))
            _ = try reader.string()  // the root, as it was named when indexed
            let total = try reader.count()
            var entries: [IndexEntry] = []
            entries.reserveCapacity(min(limit, total))
            for _ in 0..<min(limit, total) { entries.append(try entry(&reader)) }
            return IndexHead(entries: entries, total: total)
        }
    }
}
