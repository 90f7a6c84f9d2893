import ArticleStore
import Foundation

/// The words of each article's title and body in order, as the numbers `Postings` gives its terms:
/// what answers a quoted phrase from the index alone (the postings know which articles have the words,
/// not in which order). Two records of varints per entry in a `BlobSection`, the title's words then
/// the body's: apart, the bodies of the same article saved twice are one record (see `BlobSection`),
/// and a phrase does not run from the title into the body.
public struct WordSequences: Sendable {
    let section: BlobSection

    init(section: BlobSection) { self.section = section }

    /// The word sequences of an index file's section, for `entries` entries.
    init(section data: Data, entries: Int) throws {
        section = try BlobSection(section: data, entries: entries * 2)
    }

    /// No words for each of `count` entries (an index made without its texts).
    init(emptyFor count: Int) {
        var builder = WordSequencesBuilder()
        for _ in 0..<count { builder.append(words: [], numbers: []) }
        self = builder.build(order: Array(0..<count))
    }

    /// The number of entries.
    var count: Int { section.count / 2 }

    /// How often the words numbered `phrase` follow each other in the entry at `position`; nil when the
    /// index has no sequence for it.
    public func occurrences(of phrase: [UInt32], at position: Int) -> Int? {
        occurrences(of: WordSequences.pattern(phrase), at: position)
    }

    /// The phrase as its sequence bytes, for `occurrences(of:at:)` on many entries.
    public struct Pattern: Sendable {
        let bytes: [UInt8]
    }

    public static func pattern(_ phrase: [UInt32]) -> Pattern {
        var writer = BinaryWriter()
        for number in phrase { writer.varint(UInt64(number)) }
        return Pattern(bytes: writer.bytes)
    }

    /// How often `pattern` occurs in the entry at `position`. The bytes are searched as they are, without
    /// decoding (a scan of every sequence, varint by varint, took a phrase search at 100,000 articles
    /// over 100 ms): a varint's last byte is below 0x80 and its others are not, so a match that starts
    /// right after such a byte starts at a word, and it ends at one since the pattern's last byte is.
    public func occurrences(of pattern: Pattern, at position: Int) -> Int? {
        guard position < count else { return nil }
        return occurrences(of: pattern.bytes, inRecord: 2 * position) + occurrences(of: pattern.bytes, inRecord: 2 * position + 1)
    }

    /// How often `pattern` occurs in each entry at `positions` (0 where the index has no sequence), the
    /// entries shared among the cores: a phrase of two common words at 100,000 articles has thousands of
    /// candidates, and one core checking them took a search past 20 ms.
    public func occurrences(of pattern: Pattern, at positions: [Int]) -> [Int] {
        let runs = Parallel.runs(of: positions.count, minimum: 1024)
        if runs.count == 1 { return positions.map { occurrences(of: pattern, at: $0) ?? 0 } }
        return Parallel.map(runs.count) { run in
            runs[run].map { occurrences(of: pattern, at: positions[$0]) ?? 0 }
        }.flatMap { $0 }
    }

    private func occurrences(of wanted: [UInt8], inRecord record: Int) -> Int {
        guard let first = wanted.first else { return 0 }
        return section.withRecord(at: record) { bytes in
            guard let base = bytes.baseAddress, bytes.count >= wanted.count else { return 0 }
            var found = 0, start = 0
            let lastStart = bytes.count - wanted.count
            while start <= lastStart, let hit = memchr(base + start, Int32(first), lastStart - start + 1) {
                let offset = base.distance(to: UnsafeRawPointer(hit))
                if offset == 0 || bytes[offset - 1] < 0x80, memcmp(hit, wanted, wanted.count) == 0 { found += 1 }
                start = offset + 1
            }
            return found
        }
    }
}

/// Collects the word sequences of an index being built, in the order its articles are read.
struct WordSequencesBuilder {
    private var records: BlobSectionBuilder

    init(capacity: Int = 0) { records = BlobSectionBuilder(capacity: capacity) }

    /// Appends the next article's words: `words` index into `numbers`, its terms' numbers; the first
    /// `titleWords` of them are the title's.
    mutating func append(words: [UInt32], numbers: [UInt32], titleWords: Int = 0) {
        let split = min(titleWords, words.count)
        for part in [words[..<split], words[split...]] {
            records.append { area in
                for word in part { area.varint(UInt64(numbers[Int(word)])) }
            }
        }
    }

    /// Appends an unchanged article's sequences from the previous index.
    mutating func append(carried sequences: WordSequences, position: Int) {
        for record in [2 * position, 2 * position + 1] {
            records.append { area in
                if position < sequences.count { sequences.section.withRecord(at: record) { area.raw($0) } }
            }
        }
    }

    /// The finished sequences; `order[position]` is the build position of the entry at `position`.
    mutating func build(order: [Int]) -> WordSequences {
        WordSequences(section: records.build(order: order.flatMap { [2 * $0, 2 * $0 + 1] }))
    }
}
