import ArticleModel
import Foundation

/// The analysis digests of an index, kept either decoded (an index made in memory) or as the encoded
/// records of the index file's section (built or loaded), so that start-up decodes none of them.
struct AnalysisStore: Sendable {
    private enum Storage: Sendable {
        case decoded([EntryAnalysis])
        case encoded(BlobSection)
    }

    private let storage: Storage

    init(decoded: [EntryAnalysis]) { storage = .decoded(decoded) }

    init(encoded section: BlobSection) { storage = .encoded(section) }

    /// Takes the section of an index file as it is.
    init(section: Data, count: Int) throws {
        storage = .encoded(try BlobSection(section: section, entries: count))
    }

    /// The section of the index file.
    func section() -> BlobSection {
        switch storage {
        case .encoded(let section): return section
        case .decoded(let list):
            var builder = BlobSectionBuilder()
            for analysis in list { builder.append { $0.raw(Self.encode(analysis)) } }
            return builder.build(order: Array(list.indices))
        }
    }

    func analysis(at index: Int) throws -> EntryAnalysis {
        switch storage {
        case .decoded(let list): return list[index]
        case .encoded(let section): return try section.withRecord(at: index) { try Self.decode($0) }
        }
    }

    /// The size of the encoded section, if it is encoded (a guess at what an update will write).
    var byteCount: Int {
        if case .encoded(let section) = storage { return section.byteCount }
        return 0
    }

    /// Appends the encoded digest of entry `index` to `area`, when an index is updated.
    func append(_ index: Int, to area: inout BinaryWriter) {
        switch storage {
        case .decoded(let list): area.raw(Self.encode(list[index]))
        case .encoded(let section): section.withRecord(at: index) { area.raw($0) }
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
