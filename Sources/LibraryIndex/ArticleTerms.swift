import TextKit

/// The terms one article is found by, as a worker hands them to the indexer: each distinct term once
/// with its count, and the words of the title and body in reading order as numbers into `terms`, for
/// answering phrases from the index. Numbering per article lets the indexing thread look each term up
/// once, not once per word.
public struct ArticleTerms: Sendable {
    public private(set) var counts: [Int] = []
    /// Title, then body: each word as its index in `terms`.
    public private(set) var words: [UInt32] = []
    /// How many of `words` are the title's.
    public private(set) var titleWords = 0
    private var numbers = TermTable()

    public init() {}

    /// Room for about `words` words, so that the tables do not grow (and rehash) word by word.
    init(expectedWords words: Int) {
        self.words.reserveCapacity(words)
        numbers = TermTable(capacity: words / 2)
        counts.reserveCapacity(words / 2)
    }

    /// The distinct terms, in number order, made on each call (for checks; the indexer reads `forEachTerm`).
    public var terms: [String] {
        var terms: [String] = []
        forEachTerm { bytes, _ in terms.append(String(decoding: bytes, as: UTF8.self)) }
        return terms
    }

    /// Each distinct term's bytes (valid only during `body`) and its count, in number order: the terms
    /// travel as the lookup table's own key bytes, and the indexer makes a string only of a term the
    /// whole index has not seen yet, not of every term of every article.
    func forEachTerm(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        var number = 0
        numbers.forEachKey { term in
            body(term, counts[number])
            number += 1
        }
    }

    /// Counts the term given as its UTF-8 bytes `weight` more times; as a word of the text, it also joins
    /// `words`.
    mutating func add(bytes term: UnsafeBufferPointer<UInt8>, weight: Int = 1, isWord: Bool) {
        let (found, isNew) = numbers.value(ofBytes: term, inserting: Int32(counts.count))
        let number = Int(found)
        if isNew {
            // (Numbers are given in order, so the table's entries are the terms in number order.)
            counts.append(weight)
        } else {
            counts[number] += weight
        }
        if isWord { words.append(UInt32(number)) }
    }

    /// The same for `mark` followed by `term` (an exact form's term, `=đà`), joined on the stack.
    mutating func add(_ mark: UInt8, _ term: UnsafeBufferPointer<UInt8>, weight: Int = 1) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: term.count + 1) { buffer in
            buffer[0] = mark
            _ = UnsafeMutableBufferPointer(rebasing: buffer[1...]).initialize(fromContentsOf: term)
            add(bytes: UnsafeBufferPointer(buffer), weight: weight, isWord: false)
        }
    }

    /// Marks the words so far as the title's.
    mutating func endTitle() { titleWords = words.count }

    /// How often `term` counts, if the article has it (a linear search: for checks, not for indexing).
    public subscript(term: String) -> Int? {
        terms.firstIndex(of: term).map { counts[$0] }
    }

    /// Lets go of the lookup slots, which the indexer does not need, before the terms are handed over.
    mutating func seal() { numbers.dropLookup() }
}
