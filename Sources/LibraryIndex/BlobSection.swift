import Foundation

/// Records of varying length (one per index entry) in one section of the index file:
///
///     the area: the records, in the order they were written (the order the indexer read the files);
///     then per entry, in index order: where its record starts in the area and its length (8 + 4 bytes);
///     then the entry count (8 bytes).
///
/// Entries whose records are the same bytes share one record in the area (the same article in two
/// feeds, an article without quotes or names): each is written once.
///
/// The table comes last so that the area, tens of megabytes at 100,000 articles, is written once where
/// it is built and is never copied into index order; a loaded section is used in place, without a walk.
struct BlobSection: Sendable {
    private enum Storage: Sendable {
        case built([UInt8])
        /// The index file's (mapped) bytes.
        case loaded(Data)
    }

    private let storage: Storage
    let count: Int
    static let rowSize = 12

    fileprivate init(built bytes: [UInt8], count: Int) {
        storage = .built(bytes)
        self.count = count
    }

    /// Checks the section's shape and every record's range once, so that lookups can trust them.
    init(section data: Data, entries: Int) throws {
        let valid: Bool = data.withUnsafeBytes { buffer in
            guard buffer.count >= 8,
                  buffer.loadUnaligned(fromByteOffset: buffer.count - 8, as: UInt64.self) == UInt64(entries),
                  entries <= (buffer.count - 8) / BlobSection.rowSize else { return false }
            let area = buffer.count - 8 - entries * BlobSection.rowSize
            for position in 0..<entries {
                let (start, length) = BlobSection.range(position, entries, buffer)
                guard start <= area, length <= area - start else { return false }
            }
            return true
        }
        guard valid else { throw BinaryReader.Truncated() }
        storage = .loaded(data)
        count = entries
    }

    /// The section's bytes, as the index file has them.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch storage {
        case .built(let bytes): return try bytes.withUnsafeBytes(body)
        case .loaded(let data): return try data.withUnsafeBytes(body)
        }
    }

    /// The section's size in bytes.
    var byteCount: Int { withBytes { $0.count } }

    private static func range(_ position: Int, _ count: Int, _ buffer: UnsafeRawBufferPointer)
        -> (start: Int, length: Int) {
        let base = buffer.count - 8 - (count - position) * rowSize
        return (Int(clamping: buffer.loadUnaligned(fromByteOffset: base, as: UInt64.self)),
                Int(buffer.loadUnaligned(fromByteOffset: base + 8, as: UInt32.self)))
    }

    /// Hands the record of the entry at `position` to `body`.
    func withRecord<Result>(at position: Int, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try withBytes { buffer in
            let (start, length) = BlobSection.range(position, count, buffer)
            return try body(UnsafeRawBufferPointer(rebasing: buffer[start..<start + length]))
        }
    }
}

/// Writes a `BlobSection`, record by record in build order; a record the same as one written before
/// is not written again but points at that one.
struct BlobSectionBuilder {
    private var area = BinaryWriter()
    private var ranges: [(start: Int, length: Int)] = []
    /// The first record written with each hash of its bytes, by build position.
    private var firstWith: [Int: Int] = [:]

    /// `capacity` is a guess at the area's size: reserved at once, since growing an array of tens of
    /// megabytes copies it, and pages never written cost nothing.
    init(capacity: Int = 0) {
        area.reserve(capacity)
    }

    /// Appends the next record, written by `body`.
    mutating func append(_ body: (inout BinaryWriter) -> Void) {
        let start = area.bytes.count
        body(&area)
        let length = area.bytes.count - start
        guard length > 0 else {
            ranges.append((start, 0))
            return
        }
        let (hash, same) = area.bytes.withUnsafeBytes { bytes in
            let record = UnsafeRawBufferPointer(rebasing: bytes[start..<start + length])
            var hasher = Hasher()
            hasher.combine(bytes: record)
            let hash = hasher.finalize()
            guard let first = firstWith[hash], ranges[first].length == length,
                  memcmp(bytes.baseAddress! + ranges[first].start, record.baseAddress!, length) == 0 else {
                return (hash, nil as Int?)
            }
            return (hash, first)
        }
        if let same {
            area.removeLast(length)
            ranges.append(ranges[same])
            return
        }
        if firstWith[hash] == nil { firstWith[hash] = ranges.count }
        ranges.append((start, length))
    }

    /// The finished section; `order[position]` is the build position of the entry at `position`.
    /// The builder is left empty.
    mutating func build(order: [Int]) -> BlobSection {
        for built in order {
            let (start, length) = ranges[built]
            area.fixed64(UInt64(start))
            area.fixed32(UInt32(length))
        }
        area.fixed64(UInt64(order.count))
        ranges = []
        firstWith = [:]
        return BlobSection(built: area.take(), count: order.count)
    }
}
