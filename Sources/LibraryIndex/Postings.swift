import Foundation

/// The inverted index: for each term, the articles (by position in the index, newest first) that
/// contain it and how often. Stored as a sorted term table over one byte area, so that a loaded index
/// answers lookups by binary search in the file's bytes without building anything at start-up:
///
///     term count (8 bytes), then per term: term offset, term length, postings offset, postings length
///     (4 bytes each), then the byte area: term strings (UTF-8) and postings (delta-coded varints:
///     count, then position gap and count of occurrences per article).
public struct Postings: Sendable {
    /// One article containing a term.
    public struct Hit: Sendable, Hashable {
        public var position: Int
        public var occurrences: Int
    }

    let data: Data
    let termCount: Int
    static let rowSize = 16

    public static let empty = Postings(data: PostingsBuilder().encode(positions: []), validatedCount: 0)

    init(data: Data, validatedCount: Int) {
        self.data = data
        self.termCount = validatedCount
    }

    /// Checks the table's shape once, so that lookups can trust its offsets.
    init(section data: Data) throws {
        let count: Int = try data.withUnsafeBytes { buffer in
            var reader = BinaryReader(buffer)
            let count = Int(clamping: try reader.fixed64())
            let tableEnd = 8 + count * Postings.rowSize
            guard count >= 0, count <= buffer.count / Postings.rowSize, tableEnd <= buffer.count else {
                throw BinaryReader.Truncated()
            }
            let area = buffer.count - tableEnd
            for row in 0..<count {
                let base = 8 + row * Postings.rowSize
                let values = (0..<4).map { Int(buffer.loadUnaligned(fromByteOffset: base + $0 * 4, as: UInt32.self)) }
                guard values[0] + values[1] <= area, values[2] + values[3] <= area else { throw BinaryReader.Truncated() }
            }
            return count
        }
        self.init(data: data, validatedCount: count)
    }

    public var count: Int { termCount }

    private func row(_ index: Int, _ buffer: UnsafeRawBufferPointer) -> (term: Range<Int>, postings: Range<Int>) {
        let base = 8 + index * Postings.rowSize
        let area = 8 + termCount * Postings.rowSize
        func value(_ field: Int) -> Int { Int(buffer.loadUnaligned(fromByteOffset: base + field * 4, as: UInt32.self)) }
        return (area + value(0)..<area + value(0) + value(1), area + value(2)..<area + value(2) + value(3))
    }

    private static func compare(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>, _ key: [UInt8]) -> Int {
        let length = min(range.count, key.count)
        for offset in 0..<length {
            let left = buffer[range.lowerBound + offset], right = key[offset]
            if left != right { return left < right ? -1 : 1 }
        }
        return range.count == key.count ? 0 : (range.count < key.count ? -1 : 1)
    }

    /// The first row whose term is not less than `key`.
    private func lowerBound(_ key: [UInt8], _ buffer: UnsafeRawBufferPointer) -> Int {
        var low = 0, high = termCount
        while low < high {
            let middle = (low + high) / 2
            if Postings.compare(buffer, row(middle, buffer).term, key) < 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The articles containing exactly `term`.
    public func hits(for term: String) -> [Hit] {
        let key = Array(term.utf8)
        return data.withUnsafeBytes { buffer in
            let index = lowerBound(key, buffer)
            guard index < termCount else { return [] }
            let found = row(index, buffer)
            guard Postings.compare(buffer, found.term, key) == 0 else { return [] }
            return Postings.decode(UnsafeRawBufferPointer(rebasing: buffer[found.postings]))
        }
    }

    /// The terms that start with `prefix` (for the word being typed), at most `limit` of them.
    public func terms(withPrefix prefix: String, limit: Int = 64) -> [String] {
        let key = Array(prefix.utf8)
        return data.withUnsafeBytes { buffer in
            var result: [String] = []
            var index = lowerBound(key, buffer)
            while index < termCount, result.count < limit {
                let term = row(index, buffer).term
                guard term.count >= key.count,
                      Postings.compare(buffer, term.lowerBound..<term.lowerBound + key.count, key) == 0 else { break }
                result.append(String(decoding: UnsafeRawBufferPointer(rebasing: buffer[term]), as: UTF8.self))
                index += 1
            }
            return result
        }
    }

    /// Every term with its hits, for rewriting the postings when the index is updated.
    func forEachTerm(_ body: (String, [Hit]) -> Void) {
        data.withUnsafeBytes { buffer in
            for index in 0..<termCount {
                let found = row(index, buffer)
                body(String(decoding: UnsafeRawBufferPointer(rebasing: buffer[found.term]), as: UTF8.self),
                     Postings.decode(UnsafeRawBufferPointer(rebasing: buffer[found.postings])))
            }
        }
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) -> [Hit] {
        var reader = BinaryReader(bytes)
        guard let count = try? reader.count() else { return [] }
        var hits: [Hit] = []
        hits.reserveCapacity(count)
        var position = -1
        for _ in 0..<count {
            guard let gap = try? reader.number(), let occurrences = try? reader.number() else { break }
            position += gap
            hits.append(Hit(position: position, occurrences: occurrences))
        }
        return hits
    }
}

/// Collects terms per article and writes the `Postings` table. Postings are packed as
/// `article << 8 | min(occurrences, 255)` in one `UInt32`, which keeps building the index of 100,000
/// articles within a few hundred megabytes.
struct PostingsBuilder {
    private var termIDs: [String: Int] = [:]
    private var terms: [String] = []
    private var lists: [[UInt32]] = []

    var termCount: Int { terms.count }

    /// Adds the terms of the article at build position `article`.
    mutating func add(article: Int, terms counts: [String: Int]) {
        for (term, occurrences) in counts { add(term, article: article, occurrences: occurrences) }
    }

    mutating func add(_ term: String, article: Int, occurrences: Int) {
        let id: Int
        if let known = termIDs[term] {
            id = known
        } else {
            id = terms.count
            termIDs[term] = id
            terms.append(term)
            lists.append([])
        }
        lists[id].append(UInt32(article) << 8 | UInt32(min(occurrences, 255)))
    }

    /// Encodes the table; `positions[article]` is where the build position ends up in the sorted index.
    func encode(positions: [Int]) -> Data {
        let order = terms.indices.sorted { terms[$0].utf8.lexicographicallyPrecedes(terms[$1].utf8) }
        var table = BinaryWriter()
        var area = BinaryWriter()
        table.fixed64(UInt64(order.count))
        for id in order {
            let termStart = area.bytes.count
            area.raw(Array(terms[id].utf8))
            let postingsStart = area.bytes.count
            let hits = lists[id].map { (position: positions[Int($0 >> 8)], occurrences: Int($0 & 0xFF)) }
                .sorted { $0.position < $1.position }
            area.varint(UInt64(hits.count))
            var previous = -1
            for hit in hits {
                area.varint(UInt64(hit.position - previous))
                area.varint(UInt64(hit.occurrences))
                previous = hit.position
            }
            for value in [termStart, terms[id].utf8.count, postingsStart, area.bytes.count - postingsStart] {
                let word = UInt32(value)
                table.raw([UInt8(word & 0xFF), UInt8(word >> 8 & 0xFF), UInt8(word >> 16 & 0xFF), UInt8(word >> 24)])
            }
        }
        var data = Data(capacity: table.bytes.count + area.bytes.count)
        data.append(contentsOf: table.bytes)
        data.append(contentsOf: area.bytes)
        return data
    }
}
