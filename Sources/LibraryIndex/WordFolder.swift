import ArticleModel
import Foundation
import TextKit

/// Cuts raw text into the words of `SearchTerms.words(DiacriticFolding.fold(text))` without folding the
/// whole text first: folding every block scalar by scalar took a sixth of indexing time. ASCII words are
/// only lowercased; other words are folded scalar by scalar from a table made by `DiacriticFolding`
/// itself (folding is per scalar, so a word folds to its scalars' folds joined).
///
/// Each word also comes with its exact form, lowercased with its diacritics kept (`đà` for "Đà"), when
/// that differs from the fold: a query typed with diacritics matches those diacritics.
///
/// The index and the highlighter (`MatchFinder`) both cut text here, so that what is highlighted is
/// exactly what was indexed.
public struct WordFolder: Sendable {
    public init() {}

    /// Each folded word of `text`.
    public func forEachWord(in text: String, _ body: (String) -> Void) {
        forEachWord(in: text) { word, _, _ in body(word) }
    }

    /// Each folded word of `text` with its range in Unicode scalars of the original text.
    public func forEachWord(in text: String, _ body: (String, Range<Int>) -> Void) {
        forEachWord(in: text) { word, _, range in body(word, range) }
    }

    /// Each folded word of `text`, its exact form (nil when it is the fold itself) and its range in
    /// Unicode scalars of the original text.
    public func forEachWord(in text: String, _ body: (String, String?, Range<Int>) -> Void) {
        forEachWordBytes(in: text) { fold, exact, range in
            body(String(decoding: fold, as: UTF8.self), exact.map { String(decoding: $0, as: UTF8.self) }, range)
        }
    }

    /// The same words as UTF-8 bytes, valid only during `body`: the indexer looks most words up
    /// without ever making them strings.
    public func forEachWordBytes(in text: String,
                                 _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?, Range<Int>) -> Void) {
        UTF8Bytes.with(text) { forEachWord(inUTF8: $0, body) }
    }

    /// The cut on the UTF-8 bytes of valid text: walking `String.UnicodeScalarView` indices and making
    /// each word a `Substring` first cost a third of the words' time. Each word is folded into a buffer
    /// on the stack while it is cut, from the scalars already decoded; a word the buffer or the table
    /// cannot take is folded again on its own.
    private func forEachWord(inUTF8 bytes: UnsafeBufferPointer<UInt8>,
                             _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?, Range<Int>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.scratchSize * 2) { buffer in
            let scratch = UnsafeMutableBufferPointer(rebasing: buffer[..<Self.scratchSize])
            let lowerScratch = UnsafeMutableBufferPointer(rebasing: buffer[Self.scratchSize...])
            let table = FoldTable.shared, lowerTable = FoldTable.lowercase
            var start = -1  // byte offset of the word being read, or -1 between words
            var startOffset = 0
            var isASCII = true
            var folded = 0  // bytes of the word's fold in `scratch`
            var foldable = true  // whether `scratch` holds the whole fold
            var lowered = 0  // bytes of the word's exact form in `lowerScratch`
            var lowerable = true
            var position = 0
            var offset = 0
            let count = bytes.count

            // The exact form is written only from a word's first scalar above ASCII: until then it is the
            // fold itself (ASCII folds to its lowercase), copied over at that point.
            func startExact() {
                isASCII = false
                lowered = folded
                lowerable = foldable
                if folded > 0 { lowerScratch.baseAddress!.update(from: scratch.baseAddress!, count: folded) }
            }

            func finish(_ end: Int, _ endOffset: Int) {
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if foldable, isASCII || lowerable {
                    guard folded > 0 else { return }
                    // The exact form only when its bytes differ from the fold's.
                    let same = isASCII || (lowered == folded && memcmp(scratch.baseAddress!, lowerScratch.baseAddress!, folded) == 0)
                    body(UnsafeBufferPointer(rebasing: scratch[..<folded]),
                         same ? nil : UnsafeBufferPointer(rebasing: lowerScratch[..<lowered]), startOffset..<endOffset)
                } else {
                    emit(word, isASCII: isASCII, startOffset..<endOffset, body)
                }
            }

            while position < count {
                let lead = bytes[position]
                let value: UInt32
                let length: Int
                if lead < 0x80 {
                    value = UInt32(lead)
                    length = 1
                } else {
                    (value, length) = UTF8Scalar.decode(bytes, at: position, lead: lead)
                }
                let next = position + length
                switch table.kind(value) {
                case .letter:
                    if start < 0 {
                        start = position
                        startOffset = offset
                        isASCII = true
                        folded = 0
                        foldable = true
                        lowered = 0
                        lowerable = true
                    }
                    if value >= 0x80, isASCII { startExact() }
                    if foldable { foldable = table.append(value, to: scratch, at: &folded) }
                    if !isASCII, lowerable { lowerable = lowerTable.append(value, to: lowerScratch, at: &lowered) }
                case .mark:
                    // Part of the word it follows, and dropped by folding; before any word, dropped too.
                    if start >= 0 {
                        if isASCII { startExact() }
                        if foldable { foldable = table.append(value, to: scratch, at: &folded) }
                        if lowerable { lowerable = lowerTable.append(value, to: lowerScratch, at: &lowered) }
                    }
                case .ideograph:
                    if start >= 0 { finish(position, offset) }
                    start = -1
                    emit(UnsafeBufferPointer(rebasing: bytes[position..<next]), isASCII: false, offset..<offset + 1, body)
                case .separator:
                    if start >= 0 { finish(position, offset) }
                    start = -1
                }
                position = next
                offset += 1
            }
            if start >= 0 { finish(count, offset) }
        }
    }

    /// Room for the fold of any word but the longest.
    private static let scratchSize = 256

    /// A word the buffers could not take, folded on its own (rare: over 256 bytes, or outside the table).
    private func emit(_ word: UnsafeBufferPointer<UInt8>, isASCII: Bool, _ range: Range<Int>,
                      _ bytesBody: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?, Range<Int>) -> Void) {
        func body(_ fold: String, _ exact: String?, _ range: Range<Int>) {
            var fold = fold, exact = exact
            fold.withUTF8 { foldBytes in
                if exact == nil { return bytesBody(foldBytes, nil, range) }
                exact!.withUTF8 { bytesBody(foldBytes, $0, range) }
            }
        }
        if isASCII {
            body(Self.lowercasedASCII(word), nil, range)
            return
        }
        let original = String(decoding: word, as: UTF8.self)
        let lowered = original.lowercased()
        if let folded = FoldTable.shared.fold(word) {
            if !folded.isEmpty { body(folded, lowered == folded ? nil : lowered, range) }
        } else {
            // Outside the table: fold, then split again as the folded text would be; a word that splits
            // has no one exact form, and matches by its fold only.
            let pieces = SearchTerms.words(DiacriticFolding.fold(original))
            for each in pieces { body(each, pieces.count == 1 && lowered != each ? lowered : nil, range) }
        }
    }

    /// Lowercased straight into the new string, which holds up to 15 bytes inline, without allocating.
    static func lowercasedASCII(_ word: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: word.count) { out in
            for index in 0..<word.count {
                let byte = word[index]
                out[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            }
            return word.count
        }
    }
}

/// `DiacriticFolding.fold` of each scalar below U+2000 as UTF-8 bytes, for the scalars whose fold is a
/// run of word letters (or nothing); the others are left to the slow path.
struct FoldTable: Sendable {
    static let shared = FoldTable()
    /// Lowercase only, diacritics kept: the words' exact forms.
    static let lowercase = FoldTable(mapping: { $0.lowercased() })
    static let limit: UInt32 = 0x2000

    /// Per scalar: where its fold starts in `bytes` (high 24 bits) and its length (low 8 bits), or
    /// `slow` when the word must take the slow path. Packed so that the table stays small and hot.
    private let packed: [UInt32]
    private let bytes: [UInt8]
    /// `WordCharacters.kind` of each scalar below the limit, copied here because its own table sits
    /// behind a lazy global whose guard was checked on every non-ASCII scalar.
    private let kinds: [WordCharacters.Kind]
    private static let slow = UInt32.max

    /// The table of `mapping`, `DiacriticFolding.fold` by default; a scalar whose mapping is not a run of
    /// word letters and marks takes the slow path.
    init(mapping: (String) -> String = DiacriticFolding.fold) {
        var packed: [UInt32] = []
        var bytes: [UInt8] = []
        packed.reserveCapacity(Int(Self.limit))
        for value in 0..<Self.limit {
            guard let scalar = Unicode.Scalar(value) else {
                packed.append(Self.slow)
                continue
            }
            let folded = mapping(String(scalar))
            let inWord = folded.unicodeScalars.allSatisfy { [.letter, .mark].contains(WordCharacters.kind(of: $0)) }
            guard inWord, folded.utf8.count < 256 else {
                packed.append(Self.slow)
                continue
            }
            packed.append(UInt32(bytes.count) << 8 | UInt32(folded.utf8.count))
            bytes.append(contentsOf: folded.utf8)
        }
        self.packed = packed
        self.bytes = bytes
        kinds = (0..<Self.limit).map { Unicode.Scalar($0).map(WordCharacters.kind) ?? .separator }
    }

    /// `WordCharacters.kind(of:)` of the scalar `value`.
    @inline(__always)
    func kind(_ value: UInt32) -> WordCharacters.Kind {
        if value < 0x80 {
            // ASCII letters and digits, as `WordCharacters.kind` says, without making a scalar first.
            return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 ? .letter : .separator
        }
        if value < Self.limit { return kinds[Int(value)] }
        return WordCharacters.kind(of: Unicode.Scalar(value).unsafelyUnwrapped)
    }

    /// Appends the fold of `scalar` to `out` at `count`: false when the scalar is outside the table or
    /// its fold does not fit.
    @inline(__always)
    func append(_ scalar: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at count: inout Int) -> Bool {
        if scalar < 0x80 {
            // ASCII: lowercased (its table entry says as much).
            guard count < out.count else { return false }
            out[count] = scalar >= 0x41 && scalar <= 0x5A ? UInt8(scalar + 0x20) : UInt8(scalar)
            count += 1
            return true
        }
        guard scalar < Self.limit else { return false }
        let entry = packed[Int(scalar)]
        let length = Int(entry & 0xFF)
        guard entry != Self.slow, count + length <= out.count else { return false }
        let start = Int(entry >> 8)
        for offset in 0..<length { out[count + offset] = bytes[start + offset] }
        count += length
        return true
    }

    /// The folded word of valid UTF-8 bytes, or nil when one of its scalars is outside the table.
    /// Folded into a buffer on the stack and only then made a string: most words fit in a string's
    /// 15 inline bytes, and a string made with room for more would be allocated on the heap.
    func fold(_ word: UnsafeBufferPointer<UInt8>) -> String? {
        // A scalar's fold is never longer in UTF-8 than the scalar itself plus a few bytes (lowercase
        // mappings can grow); reserve generously and fall back when it would not fit.
        let capacity = word.count * 3 + 8
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out -> String? in
            packed.withUnsafeBufferPointer { packed in
                bytes.withUnsafeBufferPointer { bytes -> String? in
                    var count = 0
                    var position = 0
                    while position < word.count {
                        let lead = word[position]
                        let scalar: UInt32
                        if lead < 0x80 {
                            scalar = UInt32(lead)
                            position += 1
                        } else {
                            let (value, length) = UTF8Scalar.decode(word, at: position, lead: lead)
                            scalar = value
                            position += length
                        }
                        let entry = scalar < Self.limit ? packed[Int(scalar)] : Self.slow
                        let length = Int(entry & 0xFF)
                        guard entry != Self.slow, count + length <= capacity else { return nil }
                        let start = Int(entry >> 8)
                        for offset in 0..<length { out[count + offset] = bytes[start + offset] }
                        count += length
                    }
                    return String(decoding: UnsafeBufferPointer(rebasing: out[..<count]), as: UTF8.self)
                }
            }
        }
    }
}
