import ArticleModel
import Foundation

/// The analysis digests of an index, kept either decoded (just built) or as the encoded bytes of the
/// index file with an offset per entry (just loaded), so that start-up decodes none of them.
struct AnalysisStore: Sendable {
    private enum Storage: Sendable {
        case decoded([EntryAnalysis])
        /// The section's bytes, as the index file has them (each blob after its length), and, per entry,
        /// the range of its blob.
        case encoded(Data, [Range<Int>])
    }

    private let storage: Storage

    init(decoded: [EntryAnalysis]) { storage = .decoded(decoded) }

    /// Blobs already encoded (carried over from a previous index, or just made).
    init(encodedBlobs: [[UInt8]]) {
        var writer = BinaryWriter()
        writer.reserve(encodedBlobs.reduce(0) { $0 + $1.count + 3 })
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(encodedBlobs.count)
        for blob in encodedBlobs {
            writer.varint(UInt64(blob.count))
            ranges.append(writer.bytes.count..<writer.bytes.count + blob.count)
            writer.raw(blob)
        }
        storage = .encoded(Data(writer.bytes), ranges)
    }

    /// The section of the index file: every blob after its length. Kept in this form, so that saving
    /// an index writes it as it is instead of copying 50 MB for 100,000 articles.
    func section() -> Data {
        switch storage {
        case .encoded(let data, _): return data
        case .decoded(let list):
            var writer = BinaryWriter()
            for analysis in list {
                let blob = Self.encode(analysis)
                writer.varint(UInt64(blob.count))
                writer.raw(blob)
            }
            return Data(writer.bytes)
        }
    }

    /// Walks the section once to find each entry's blob.
    init(section: Data, count: Int) throws {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(count)
        try section.withUnsafeBytes { buffer in
            var reader = BinaryReader(buffer)
            for _ in 0..<count {
                let length = try reader.count()
                let start = reader.offset
                try reader.skip(length)
                ranges.append(start..<start + length)
            }
        }
        storage = .encoded(section, ranges)
    }

    func analysis(at index: Int) throws -> EntryAnalysis {
        switch storage {
        case .decoded(let list): return list[index]
        case .encoded(let data, let ranges):
            return try data.withUnsafeBytes { buffer in
                try Self.decode(UnsafeRawBufferPointer(rebasing: buffer[ranges[index]]))
            }
        }
    }

    /// The encoded blob of entry `index`, copied as is when an index is updated.
    func blob(at index: Int) -> [UInt8] {
        switch storage {
        case .decoded(let list): return Self.encode(list[index])
        case .encoded(let data, let ranges): return [UInt8](data[data.startIndex + ranges[index].lowerBound..<data.startIndex + ranges[index].upperBound])
        }
    }

    static func encode(_ analysis: EntryAnalysis) -> [UInt8] {
        var writer = BinaryWriter()
        writer.varint(UInt64(analysis.quotes.count))
        for quote in analysis.quotes {
            writer.string(quote.text)
            writer.optionalString(quote.speaker)
            writer.varint(quote.named ? 1 : 0)
            writer.varint(UInt64(quote.span.block))
            writer.varint(UInt64(quote.span.start))
            writer.varint(UInt64(quote.span.end))
        }
        writer.varint(UInt64(analysis.entities.count))
        for entity in analysis.entities {
            writer.string(entity.canonical)
            writer.varint(UInt64(Entity.Kind.allCases.firstIndex(of: entity.type)!))
            writer.varint(UInt64(entity.mentions))
        }
        return writer.bytes
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) throws -> EntryAnalysis {
        var reader = BinaryReader(bytes)
        var result = EntryAnalysis()
        for _ in 0..<(try reader.count()) {
            let text = try reader.string()
            let speaker = try reader.optionalString()
            let named = try reader.varint() == 1
            let block = try reader.number(), start = try reader.number(), end = try reader.number()
            guard start <= end else { throw BinaryReader.Truncated() }
            result.quotes.append(.init(text: text, speaker: speaker, named: named,
                                       span: TextSpan(block: block, start: start, end: end)))
        }
        for _ in 0..<(try reader.count()) {
            let canonical = try reader.string()
            let kind = try reader.count()
            guard kind < Entity.Kind.allCases.count else { throw BinaryReader.Truncated() }
            result.entities.append(.init(canonical: canonical, type: Entity.Kind.allCases[kind],
                                         mentions: try reader.number()))
        }
        return result
    }
}
