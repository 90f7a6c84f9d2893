import ArticleModel
import ArticleStore
import Foundation

/// The entries of the metadata section: what the browser needs before its first frame. They are found
/// by a walk that makes nothing (lengths skipped), then decoded in parallel, a run of entries per
/// worker: at 100,000 articles, making their strings one after another was a quarter of the time to
/// the first frame.
extension IndexFile {
    /// The `count` entries that `reader` is at, in order; `reader` is left after them.
    static func decodeEntries(_ reader: inout BinaryReader, count: Int) throws -> [IndexEntry] {
        let runs = Parallel.runs(of: count)
        var starts = [reader.offset]
        for run in runs {
            for _ in run { try skipEntry(&reader) }
            starts.append(reader.offset)
        }
        let bytes = UncheckedSendable(value: reader.bytes), bounds = starts
        let decoded = Parallel.map(runs.count) { run -> Result<[IndexEntry], Error> in
            Result {
                var part = BinaryReader(UnsafeRawBufferPointer(rebasing: bytes.value[..<bounds[run + 1]]),
                                        offset: bounds[run])
                var entries: [IndexEntry] = []
                entries.reserveCapacity(runs[run].count)
                while !part.isAtEnd { entries.append(try entry(&part)) }
                return entries
            }
        }
        if runs.count == 1 { return try decoded[0].get() }
        var entries: [IndexEntry] = []
        entries.reserveCapacity(count)
        for part in decoded { entries.append(contentsOf: try part.get()) }
        return entries
    }

    /// Steps over one entry, checking only that it is within the section.
    private static func skipEntry(_ reader: inout BinaryReader) throws {
        try reader.skip(try reader.count())  // path
        try reader.skip(try reader.count())  // title
        if try reader.byte() != 0 { try reader.skip(try reader.count()) }  // source
        if try reader.varint() != 0 { try reader.skip(8) }  // date
        try reader.skip(try reader.count())  // fingerprint
        _ = try reader.varint()  // size
        try reader.skip(8)  // modified
    }

    static func entry(_ reader: inout BinaryReader) throws -> IndexEntry {
        let relativePath = try reader.string(), title = try reader.string()
        let source = try reader.optionalString()
        let origin = try reader.varint()
        var date: ArticleDate?
        if origin != 0 {
            let seconds = try reader.double()
            let kinds: [ArticleDate.Origin] = [.frontMatter, .text, .fileModified]
            guard origin <= 3 else { throw BinaryReader.Truncated() }
            date = ArticleDate(Date(timeIntervalSince1970: seconds), origin: kinds[Int(origin) - 1])
        }
        return IndexEntry(relativePath: relativePath, title: title, source: source, date: date,
                          fingerprint: try reader.string(), fileSize: try reader.number(), modified: try reader.double())
    }
}
