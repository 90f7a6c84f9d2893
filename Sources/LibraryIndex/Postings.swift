import Foundation
import TextKit

/// The inverted index: for each term, the articles (by position in the index, newest first) that
/// contain it and how often. Stored as a sorted term table over one byte area, so that a loaded index
/// answers lookups by binary search in the file's bytes without building anything at start-up:
///
///     term count (8 bytes), then per term: term offset, term length, postings offset, postings length,
///     word number (4 bytes each), then the byte area: term strings (UTF-8) and postings (a varint count,
///     then per article one varint of the position gap and occurrences packed, see `Hit.write`).
///
/// The word number is what `WordSequences` writes for the term: it stays the same for a term from one
/// update of the index to the next, so that the sequences of unchanged articles are carried as they are.
public struct Postings: Sendable {
    /// One article containing a term.
    public struct Hit: Sendable, Hashable {
        public var position: Int
        public var occurrences: Int

        /// Writes one posting as `gap << 2 | min(occurrences - 1, 3)`, then `occurrences - 4` when that
        /// does not hold it: most postings (a gap under 32, a word up to three times) take one byte, not
        /// the two of a gap and a count apart, which was a third of the postings of 100,000 articles.
        static func write(gap: Int, occurrences: Int, to writer: inout BinaryWriter) {
            let (packed, rest) = varints(gap: gap, occurrences: occurrences)
            writer.varint(packed)
            if let rest { writer.varint(rest) }
        }

        /// The one or two varints that `write` writes.
        @inline(__always)
        static func varints(gap: Int, occurrences: Int) -> (packed: UInt64, rest: UInt64?) {
            let extra = max(occurrences, 1) - 1
            return (UInt64(gap) << 2 | UInt64(min(extra, 3)), extra >= 3 ? UInt64(extra - 3) : nil)
        }

        /// Reads what `write` wrote: the gap and the occurrences.
        static func read(from reader: inout BinaryReader) throws -> (gap: Int, occurrences: Int) {
            let packed = try reader.varint()
            var extra = Int(packed & 3)
            if extra == 3 { extra += try reader.number() }
            return (Int(clamping: packed >> 2), extra + 1)
        }
    }

    let data: Data
    let termCount: Int
    static let rowSize = 20

    public static let empty: Postings = {
        var builder = PostingsBuilder()
        return builder.build(positions: [])
    }()

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
                func value(_ field: Int) -> Int { Int(buffer.loadUnaligned(fromByteOffset: base + field * 4, as: UInt32.self)) }
                guard value(0) + value(1) <= area, value(2) + value(3) <= area else { throw BinaryReader.Truncated() }
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

    /// The row of exactly `term`, if there is one.
    private func find(_ term: String, _ buffer: UnsafeRawBufferPointer) -> Int? {
        let key = Array(term.utf8)
        let index = lowerBound(key, buffer)
        guard index < termCount, Postings.compare(buffer, row(index, buffer).term, key) == 0 else { return nil }
        return index
    }

    private func wordNumber(_ index: Int, _ buffer: UnsafeRawBufferPointer) -> UInt32 {
        buffer.loadUnaligned(fromByteOffset: 8 + index * Postings.rowSize + 16, as: UInt32.self)
    }

    /// The number `WordSequences` writes for `term`, if any article has it.
    public func wordNumber(for term: String) -> UInt32? {
        data.withUnsafeBytes { buffer in find(term, buffer).map { wordNumber($0, buffer) } }
    }

    /// The articles containing exactly `term`.
    public func hits(for term: String) -> [Hit] {
        data.withUnsafeBytes { buffer in
            guard let index = find(term, buffer) else { return [] }
            return Postings.decode(UnsafeRawBufferPointer(rebasing: buffer[row(index, buffer).postings]))
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

    /// Every term with its word number and hits, for rewriting the postings when the index is updated.
    func forEachTerm(_ body: (String, UInt32, [Hit]) -> Void) {
        data.withUnsafeBytes { buffer in
            for index in 0..<termCount {
                let found = row(index, buffer)
                body(String(decoding: UnsafeRawBufferPointer(rebasing: buffer[found.term]), as: UTF8.self),
                     wordNumber(index, buffer),
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
            guard let (gap, occurrences) = try? Hit.read(from: &reader) else { break }
            position += gap
            hits.append(Hit(position: position, occurrences: occurrences))
        }
        return hits
    }
}

/// Collects terms per article and writes the `Postings` table. Each term's list is kept as it will be
/// written, delta-coded varints (`Hit.write`): about one and a half bytes a posting instead of the
/// eight of a pair of numbers, which keeps building the index of 100,000 articles within a
/// few hundred megabytes. Articles must therefore come in build order. The lists share one
/// `SliceArena`, not an array each (over a million at 100,000 articles). A term's number is its place in
/// `terms`: numbers are given in order of first sight (so the most common words get the smallest,
/// shortest-coded numbers), and a term carried over from a previous index keeps its number.
struct PostingsBuilder: ~Copyable {
    private var numbers = TermTable()
    /// By number; a number whose term is gone from the library keeps an empty place.
    private var terms: [String] = []
    /// By number, each term's list.
    private var lists = SliceArena()
    /// The last article added to each list, which the next one's gap is counted from.
    private var lastArticle: [Int32] = []

    init() {}

    /// The terms whose lists are not empty: the rows the table will have.
    var termCount: Int {
        var count = 0
        for number in 0..<lists.count where !lists.isEmpty(number) { count += 1 }
        return count
    }

    /// The number of `term`, given now if it has none.
    mutating func number(of term: String) -> Int {
        let (number, isNew) = numbers.value(of: term, inserting: Int32(terms.count))
        if isNew { grow(to: Int(number), term) }
        return Int(number)
    }

    /// The same for a term given as its UTF-8 bytes, made a string only when it is new to the index.
    mutating func number(ofBytes term: UnsafeBufferPointer<UInt8>) -> Int {
        let (number, isNew) = numbers.value(ofBytes: term, inserting: Int32(terms.count))
        if isNew { grow(to: Int(number), String(decoding: term, as: UTF8.self)) }
        return Int(number)
    }

    /// Gives `term` the number it had in a previous index, and returns the number it has now: a new one
    /// if that number is taken (which a sound index never asks for).
    @discardableResult
    mutating func register(_ term: String, number: Int) -> Int {
        if number < terms.count, !terms[number].isEmpty, terms[number] != term { return self.number(of: term) }
        numbers.set(term, to: Int32(number))
        grow(to: number, term)
        return number
    }

    /// Makes room for the number `number` (the lists between stay empty) and names it `term`.
    private mutating func grow(to number: Int, _ term: String) {
        if number >= terms.count {
            let more = number + 1 - terms.count
            // Appended in place: a temporary array per new term was two allocations a term.
            terms.append(contentsOf: repeatElement("", count: more))
            lists.grow(to: number + 1)
            lastArticle.append(contentsOf: repeatElement(-1, count: more))
        }
        terms[number] = term
    }

    /// Adds the terms of the article at build position `article`; returns each term's number, in the
    /// order of the article's terms, for writing its word sequence.
    @discardableResult
    mutating func add(article: Int, terms articleTerms: ArticleTerms) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(articleTerms.counts.count)
        articleTerms.forEachTerm { term, occurrences in
            let number = number(ofBytes: term)
            add(number: number, article: article, occurrences: occurrences)
            result.append(UInt32(number))
        }
        return result
    }

    /// Adds terms given as counts (for tests and small indexes).
    mutating func add(article: Int, terms counts: [String: Int]) {
        for (term, occurrences) in counts { add(number: number(of: term), article: article, occurrences: occurrences) }
    }

    /// `article` must be later in build order than the last one added to this term.
    mutating func add(number: Int, article: Int, occurrences: Int) {
        let gap = article - Int(lastArticle[number])
        guard gap > 0 else {
            assertionFailure("postings are added in build order")
            return  // a posting out of order is dropped, not written wrong
        }
        lastArticle[number] = Int32(article)
        let (packed, rest) = Postings.Hit.varints(gap: gap, occurrences: occurrences)
        lists.varint(packed, to: number)
        if let rest { lists.varint(rest, to: number) }
    }

    /// Encodes the table; `positions[article]` is where the build position ends up in the sorted index.
    /// The table is written into the bytes it will be read from: at 100,000 articles, a copy would cost
    /// tens of megabytes more. The lists are first packed each in a block, the arena's pages let go as
    /// they are, and the blocks freed as they are re-coded: the arena freed only at the end would add up
    /// with the whole table. The builder is used up.
    consuming func encode(positions: [Int]) -> Data {
        // Not needed to write the table: let go first, so that they do not add up with it (the term
        // table alone is tens of megabytes at 100,000 articles).
        numbers = TermTable()
        lastArticle = []
        let order = Self.sortedByBytes(terms.indices.filter { !lists.isEmpty($0) }, terms)
        let listBytes = lists.byteCount + order.reduce(0) { $0 + terms[$1].utf8.count + 4 }
        var packed = lists.pack(order: order)
        let tableSize = 8 + order.count * Postings.rowSize
        var data = Data(count: tableSize)
        // The lists re-coded in index order come to about their size now: reserved at once, the table
        // is not copied as it grows.
        data.reserveCapacity(tableSize + listBytes + listBytes / 8)
        var table = BinaryWriter()
        table.reserve(tableSize)
        table.fixed64(UInt64(order.count))
        var area = BinaryWriter()
        var hits: [(position: Int, occurrences: Int)] = []
        for (index, number) in order.enumerated() {
            area.removeAll()
            area.raw(Array(terms[number].utf8))
            hits.removeAll(keepingCapacity: true)
            var reader = BinaryReader(packed.list(index))
            var article = -1
            while !reader.isAtEnd, let (gap, occurrences) = try? Postings.Hit.read(from: &reader) {
                article += gap
                hits.append((positions[article], occurrences))
            }
            packed.release(index)
            hits.sort { $0.position < $1.position }
            area.varint(UInt64(hits.count))
            var previous = -1
            for hit in hits {
                Postings.Hit.write(gap: hit.position - previous, occurrences: hit.occurrences, to: &area)
                previous = hit.position
            }
            let termStart = data.count - tableSize, termLength = terms[number].utf8.count
            table.fixed32(UInt32(termStart))
            table.fixed32(UInt32(termLength))
            table.fixed32(UInt32(termStart + termLength))
            table.fixed32(UInt32(area.bytes.count - termLength))
            table.fixed32(UInt32(number))
            data.append(contentsOf: area.bytes)
        }
        data.replaceSubrange(0..<tableSize, with: table.bytes)
        return data
    }

    /// `numbers` in the order of their terms' UTF-8 bytes: by the first sixteen bytes read as two numbers,
    /// and by the whole bytes only where those are equal. Comparing the strings themselves retained and
    /// released both at each of the sort's millions of comparisons; sixteen bytes, not eight, because
    /// field terms share their first eight (`speaker:`, `entity:k`).
    static func sortedByBytes(_ numbers: [Int], _ terms: [String]) -> [Int] {
        var keyed = numbers.map { number in
            UTF8Bytes.with(terms[number]) { bytes in
                let word = { (from: Int) in
                    (from..<from + 8).reduce(UInt64(0)) { $0 << 8 | UInt64($1 < bytes.count ? bytes[$1] : 0) }
                }
                return (high: word(0), low: word(8), number: number)
            }
        }
        // (Terms hold no NUL byte, so the zeros padding a short term sort it before its extensions.)
        keyed.sort {
            $0.high != $1.high ? $0.high < $1.high
                : $0.low != $1.low ? $0.low < $1.low : precedes(terms[$0.number], terms[$1.number])
        }
        return keyed.map(\.number)
    }

    /// Whether `left`'s UTF-8 bytes sort before `right`'s: `memcmp` on the bytes in place, where the
    /// generic comparison of the UTF-8 views cost a percent of indexing.
    static func precedes(_ left: String, _ right: String) -> Bool {
        UTF8Bytes.with(left) { a in
            UTF8Bytes.with(right) { b in
                let common = min(a.count, b.count)
                let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
                return order != 0 ? order < 0 : a.count < b.count
            }
        }
    }

    /// The finished table; the builder is used up.
    consuming func build(positions: [Int]) -> Postings {
        let count = termCount
        return Postings(data: encode(positions: positions), validatedCount: count)
    }
}
