/// The words of each article's title and body in order, as the numbers `Postings` gives its terms:
/// what answers a quoted phrase from the index alone (the postings know which articles have the words,
/// not in which order). One record of varints per entry in a `BlobSection`.
public struct WordSequences: Sendable {
    let section: BlobSection

    init(section: BlobSection) { self.section = section }

    public static let empty = WordSequences(emptyFor: 0)

    /// No words for each of `count` entries (an index made without its texts).
    init(emptyFor count: Int) {
        var builder = WordSequencesBuilder()
        for _ in 0..<count { builder.append(words: [], numbers: []) }
        self = builder.build(order: Array(0..<count))
    }

    /// How often the words numbered `phrase` follow each other in the entry at `position`; nil when the
    /// index has no sequence for it.
    public func occurrences(of phrase: [UInt32], at position: Int) -> Int? {
        guard position < section.count else { return nil }
        guard !phrase.isEmpty else { return 0 }
        return section.withRecord(at: position) { bytes in
            // The last `phrase.count` words, in a ring; compared whenever the phrase's last word comes.
            var ring = [UInt32](repeating: .max, count: phrase.count)
            var next = 0, found = 0, offset = 0
            let last = phrase[phrase.count - 1]
            while offset < bytes.count {
                var value: UInt32 = 0, shift: UInt32 = 0
                while offset < bytes.count {
                    let byte = bytes[offset]
                    offset += 1
                    value |= UInt32(byte & 0x7F) << shift
                    if byte < 0x80 { break }
                    shift += 7
                }
                ring[next] = value
                next = next + 1 == phrase.count ? 0 : next + 1
                guard value == last else { continue }
                // `next` is now where the oldest of the last `phrase.count` words is.
                var matches = true
                for step in 0..<phrase.count where ring[(next + step) % phrase.count] != phrase[step] {
                    matches = false
                    break
                }
                if matches { found += 1 }
            }
            return found
        }
    }
}

/// Collects the word sequences of an index being built, in the order its articles are read.
struct WordSequencesBuilder {
    private var records: BlobSectionBuilder

    init(capacity: Int = 0) { records = BlobSectionBuilder(capacity: capacity) }

    /// Appends the next article's words: `words` index into `numbers`, its terms' numbers.
    mutating func append(words: [UInt32], numbers: [UInt32]) {
        records.append { area in
            for word in words { area.varint(UInt64(numbers[Int(word)])) }
        }
    }

    /// Appends an unchanged article's sequence from the previous index.
    mutating func append(carried sequences: WordSequences, position: Int) {
        records.append { area in
            if position < sequences.section.count { sequences.section.withRecord(at: position) { area.raw($0) } }
        }
    }

    /// The finished sequences; `order[position]` is the build position of the entry at `position`.
    mutating func build(order: [Int]) -> WordSequences {
        WordSequences(section: records.build(order: order))
    }
}
