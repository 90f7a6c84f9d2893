import ArticleModel
import Foundation

/// Reads and writes a `LibraryIndex` as one binary file:
///
///     "LEDEIDX" version(1 byte)
///     metadata length, checksum (8 bytes each), analysis length, checksum (8 bytes each)
///     metadata section: root, entries (path, title, source, date, fingerprint, size, mtime), skipped files
///     analysis section: one length-prefixed digest per entry
///
/// JSON would be readable but takes seconds to decode for 100,000 articles; this takes milliseconds.
/// Any damage (truncation, a flipped byte, another version) is detected and reported as `Damaged`.
public enum IndexFile {
    static let magic = Array("LEDEIDX".utf8)
    static let version: UInt8 = 1
    static let headerSize = magic.count + 1 + 32

    public struct Damaged: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): the index is damaged (\(reason)); it will be rebuilt" }
    }

    public static func encode(_ index: LibraryIndex) -> [UInt8] {
        var meta = BinaryWriter()
        meta.string(index.root)
        meta.varint(UInt64(index.entries.count))
        for entry in index.entries {
            meta.string(entry.relativePath)
            meta.string(entry.title)
            meta.optionalString(entry.source)
            switch entry.date?.origin {
            case nil: meta.varint(0)
            case .frontMatter: meta.varint(1)
            case .text: meta.varint(2)
            case .fileModified: meta.varint(3)
            }
            if let date = entry.date { meta.double(date.value.timeIntervalSince1970) }
            meta.string(entry.fingerprint)
            meta.varint(UInt64(entry.fileSize))
            meta.double(entry.modified)
        }
        meta.varint(UInt64(index.skipped.count))
        for file in index.skipped {
            meta.string(file.relativePath)
            meta.varint(UInt64(file.fileSize))
            meta.double(file.modified)
            meta.string(file.reason)
        }

        var analysis = BinaryWriter()
        for position in index.entries.indices {
            let blob = index.analysisStore.blob(at: position)
            analysis.varint(UInt64(blob.count))
            analysis.raw(blob)
        }

        var file = BinaryWriter()
        file.raw(magic)
        file.raw([version])
        file.fixed64(UInt64(meta.bytes.count))
        file.fixed64(Checksum.of(meta.bytes))
        file.fixed64(UInt64(analysis.bytes.count))
        file.fixed64(Checksum.of(analysis.bytes))
        file.raw(meta.bytes)
        file.raw(analysis.bytes)
        return file.bytes
    }

    public static func decode(_ data: Data, path: String) throws(Damaged) -> LibraryIndex {
        do {
            return try decodeChecked(data)
        } catch let reason as DamageReason {
            throw Damaged(path: path, reason: reason.text)
        } catch {
            throw Damaged(path: path, reason: "truncated or corrupt")
        }
    }

    private struct DamageReason: Error { var text: String }

    private static func decodeChecked(_ data: Data) throws -> LibraryIndex {
        guard data.count >= headerSize, Array(data.prefix(magic.count)) == magic else {
            throw DamageReason(text: "not a lede index")
        }
        guard data[data.startIndex + magic.count] == version else {
            throw DamageReason(text: "written by another version of lede")
        }
        let (metaRange, analysisRange) = try data.withUnsafeBytes { buffer -> (Range<Int>, Range<Int>) in
            var header = BinaryReader(buffer, offset: magic.count + 1)
            let metaLength = Int(clamping: try header.fixed64()), metaSum = try header.fixed64()
            let analysisLength = Int(clamping: try header.fixed64()), analysisSum = try header.fixed64()
            guard metaLength <= buffer.count - headerSize,
                  analysisLength == buffer.count - headerSize - metaLength else {
                throw DamageReason(text: "truncated")
            }
            let meta = headerSize..<headerSize + metaLength
            let analysis = meta.upperBound..<buffer.count
            guard Checksum.of(UnsafeRawBufferPointer(rebasing: buffer[meta])) == metaSum,
                  Checksum.of(UnsafeRawBufferPointer(rebasing: buffer[analysis])) == analysisSum else {
                throw DamageReason(text: "checksum mismatch")
            }
            return (meta, analysis)
        }

        var root = ""
        var entries: [IndexEntry] = []
        var skipped: [SkippedFile] = []
        try data.withUnsafeBytes { buffer in
            var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: buffer[metaRange]))
            root = try reader.string()
            let count = try reader.count()
            entries.reserveCapacity(count)
            for _ in 0..<count {
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
                entries.append(IndexEntry(
                    relativePath: relativePath, title: title, source: source, date: date,
                    fingerprint: try reader.string(), fileSize: try reader.number(), modified: try reader.double()))
            }
            for _ in 0..<(try reader.count()) {
                skipped.append(SkippedFile(relativePath: try reader.string(), fileSize: try reader.number(),
                                           modified: try reader.double(), reason: try reader.string()))
            }
        }
        let section = data.subdata(in: data.startIndex + analysisRange.lowerBound..<data.startIndex + analysisRange.upperBound)
        let analyses = try AnalysisStore(section: section, count: entries.count)
        return LibraryIndex(root: root, sortedEntries: entries, analyses: analyses, skipped: skipped)
    }
}
