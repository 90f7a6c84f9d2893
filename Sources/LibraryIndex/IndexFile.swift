import ArticleModel
import Foundation

/// Reads and writes a `LibraryIndex` as one binary file:
///
///     "LEDEIDX" version(1 byte)
///     for each of the four sections: its length and checksum (8 bytes each)
///     metadata section: root, entries (path, title, source, date, fingerprint, size, mtime), skipped files
///     analysis section: the digest of each entry (see `AnalysisStore`, `BlobSection`)
///     postings section: the search index (see `Postings`)
///     sequences section: the words of each article in order (see `WordSequences`)
///
/// JSON would be readable but takes seconds to decode for 100,000 articles; this takes milliseconds.
/// Any damage (truncation, a flipped byte, another version) is detected and reported as `Damaged`.
public enum IndexFile {
    static let magic = Array("LEDEIDX".utf8)
    // 4: whole-name field terms (`entity:kim ma`); 5: packed postings, title and body sequences apart.
    static let version: UInt8 = 5
    static let sectionCount = 4
    static let headerSize = magic.count + 1 + 16 * sectionCount

    public struct Damaged: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): the index is damaged (\(reason)); it will be rebuilt" }
    }

    public static func encode(_ index: LibraryIndex) -> [UInt8] {
        let sections = sections(of: index)
        var file = header(for: sections)
        for section in sections { section.withBytes { file.append(contentsOf: $0) } }
        return file
    }

    /// A section's bytes: each stays in the array it was built in (copying the list into a `Data`
    /// cost 14 MB more at 100,000 articles).
    enum Section {
        case bytes([UInt8])
        case data(Data)
        case records(BlobSection)

        func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
            switch self {
            case .bytes(let bytes): return try bytes.withUnsafeBytes(body)
            case .data(let data): return try data.withUnsafeBytes(body)
            case .records(let section): return try section.withBytes(body)
            }
        }
    }

    /// Writes the index file section by section: at 100,000 articles, joining the sections into one
    /// buffer first doubled the memory that saving took.
    public static func write(_ index: LibraryIndex, to path: String) throws(IndexSaveError) {
        let sections = sections(of: index)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IndexSaveError(path: path, errno: errno) }
        defer { close(fd) }
        /// errno of a failed write, else nil.
        func writeAll(_ bytes: UnsafeRawBufferPointer) -> Int32? {
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let code = header(for: sections).withUnsafeBytes(writeAll) { throw IndexSaveError(path: path, errno: code) }
        for section in sections {
            if let code = section.withBytes(writeAll) { throw IndexSaveError(path: path, errno: code) }
        }
    }

    static func sections(of index: LibraryIndex) -> [Section] {
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
        return [.bytes(meta.take()), .records(index.analysisStore.section()), .data(index.postings.data),
                .records(index.wordSequences.section)]
    }

    static func header(for sections: [Section]) -> [UInt8] {
        var file = BinaryWriter()
        file.raw(magic)
        file.raw([version])
        for section in sections {
            section.withBytes { bytes in
                file.fixed64(UInt64(bytes.count))
                file.fixed64(Checksum.of(bytes))
            }
        }
        return file.bytes
    }

    /// `mapped` says `data` is a mapping made by `MappedFile.map`, whose pages are given back once read;
    /// with `checkingLater`, only the metadata is checked now and the index carries the check of the
    /// other sections (`LibraryIndex.checkSections`).
    public static func decode(_ data: Data, path: String, mapped: Bool = false,
                              checkingLater: Bool = false) throws(Damaged) -> LibraryIndex {
        do {
            return try decodeChecked(data, path: path, mapped: mapped, checkingLater: checkingLater)
        } catch let reason as DamageReason {
            throw Damaged(path: path, reason: reason.text)
        } catch {
            throw Damaged(path: path, reason: "truncated or corrupt")
        }
    }

    private struct DamageReason: Error { var text: String }

    /// Why `data` is no index this version reads, from its magic and version; nil when it is one.
    static func formatProblem(_ data: Data) -> String? {
        guard data.count >= headerSize, Array(data.prefix(magic.count)) == magic else { return "not a lede index" }
        guard data[data.startIndex + magic.count] == version else { return "written by another version of lede" }
        return nil
    }

    private static func decodeChecked(_ data: Data, path: String, mapped: Bool, checkingLater: Bool) throws -> LibraryIndex {
        if let problem = formatProblem(data) { throw DamageReason(text: problem) }
        var later: [SectionCheck.Section] = []
        let sections = try data.withUnsafeBytes { buffer -> [Range<Int>] in
            var header = BinaryReader(buffer, offset: magic.count + 1)
            var ranges: [Range<Int>] = []
            var start = headerSize
            for _ in 0..<sectionCount {
                let length = Int(clamping: try header.fixed64()), sum = try header.fixed64()
                guard length <= buffer.count - start else { throw DamageReason(text: "truncated") }
                let section = SectionCheck.Section(range: start..<start + length, sum: sum)
                if checkingLater, !ranges.isEmpty {
                    later.append(section)
                } else {
                    // The metadata is decoded next: its pages go back once it is (below).
                    guard SectionCheck.matches(section, in: buffer, mapped: mapped && !ranges.isEmpty) else {
                        throw DamageReason(text: "checksum mismatch")
                    }
                }
                ranges.append(section.range)
                start += length
            }
            guard start == buffer.count else { throw DamageReason(text: "trailing bytes") }
            return ranges
        }
        let metaRange = sections[0]
        // Slices share the file's (mapped) bytes: copying them doubled the memory of a loaded index.
        func section(_ number: Int) -> Data {
            data[data.startIndex + sections[number].lowerBound..<data.startIndex + sections[number].upperBound]
        }

        var root = ""
        var entries: [IndexEntry] = []
        var skipped: [SkippedFile] = []
        try data.withUnsafeBytes { buffer in
            var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: buffer[metaRange]))
            root = try reader.string()
            entries = try decodeEntries(&reader, count: try reader.count())
            for _ in 0..<(try reader.count()) {
                skipped.append(SkippedFile(relativePath: try reader.string(), fileSize: try reader.number(),
                                           modified: try reader.double(), reason: try reader.string()))
            }
            if mapped { MappedFile.release(0..<metaRange.upperBound, of: buffer) }
        }
        let analyses = try AnalysisStore(section: section(1), count: entries.count)
        let postings = try Postings(section: section(2))
        let sequences = try WordSequences(section: section(3), entries: entries.count)
        return LibraryIndex(root: root, sortedEntries: entries, analyses: analyses, postings: postings,
                            wordSequences: sequences, skipped: skipped,
                            pendingCheck: later.isEmpty ? nil : SectionCheck(data: data, sections: later, mapped: mapped, path: path))
    }
}
