import TextAnalysis

/// Cuts raw text into the words of `SearchTerms.words(DiacriticFolding.fold(text))` without folding the
/// whole text first: folding every block scalar by scalar took a sixth of indexing time. ASCII words are
/// only lowercased; other words are folded scalar by scalar from a table made by `DiacriticFolding`
/// itself (folding is per scalar, so a word folds to its scalars' folds joined).
///
/// The index and the highlighter (`MatchFinder`) both cut text here, so that what is highlighted is
/// exactly what was indexed.
public struct WordFolder: Sendable {
    public init() {}

    /// Each folded word of `text`.
    public func forEachWord(in text: String, _ body: (String) -> Void) {
        forEachWord(in: text) { word, _ in body(word) }
    }

    /// Each folded word of `text` with its range in Unicode scalars of the original text.
    public func forEachWord(in text: String, _ body: (String, Range<Int>) -> Void) {
        let scalars = text.unicodeScalars
        var start: String.Index?
        var startOffset = 0
        var isASCII = true
        var index = scalars.startIndex
        var offset = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            switch WordCharacters.kind(of: scalar) {
            case .letter:
                if start == nil {
                    start = index
                    startOffset = offset
                    isASCII = true
                }
                if scalar.value >= 0x80 { isASCII = false }
            case .mark:
                // Part of the word it follows, and dropped by folding; before any word, dropped too.
                if start != nil { isASCII = false }
            case .ideograph:
                if let begin = start { emit(text[begin..<index], isASCII: isASCII, startOffset..<offset, body) }
                start = nil
                emit(text[index..<next], isASCII: false, offset..<offset + 1, body)
            case .separator:
                if let begin = start { emit(text[begin..<index], isASCII: isASCII, startOffset..<offset, body) }
                start = nil
            }
            index = next
            offset += 1
        }
        if let begin = start { emit(text[begin..<scalars.endIndex], isASCII: isASCII, startOffset..<offset, body) }
    }

    private func emit(_ word: Substring, isASCII: Bool, _ range: Range<Int>, _ body: (String, Range<Int>) -> Void) {
        if isASCII {
            body(Self.lowercasedASCII(word), range)
        } else if let folded = FoldTable.shared.fold(word) {
            if !folded.isEmpty { body(folded, range) }
        } else {
            // Outside the table: fold, then split again as the folded text would be.
            for each in SearchTerms.words(DiacriticFolding.fold(String(word))) { body(each, range) }
        }
    }

    static func lowercasedASCII(_ word: Substring) -> String {
        guard word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return String(word) }
        return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}

/// `DiacriticFolding.fold` of each scalar below U+2000 as UTF-8 bytes, for the scalars whose fold is a
/// run of word letters (or nothing); the others are left to the slow path.
struct FoldTable: Sendable {
    static let shared = FoldTable()
    static let limit: UInt32 = 0x2000

    /// Per scalar: where its fold starts in `bytes` (high 24 bits) and its length (low 8 bits), or
    /// `slow` when the word must take the slow path. Packed so that the table stays small and hot.
    private let packed: [UInt32]
    private let bytes: [UInt8]
    private static let slow = UInt32.max

    init() {
        var packed: [UInt32] = []
        var bytes: [UInt8] = []
        packed.reserveCapacity(Int(Self.limit))
        for value in 0..<Self.limit {
            guard let scalar = Unicode.Scalar(value) else {
                packed.append(Self.slow)
                continue
            }
            let folded = DiacriticFolding.fold(String(scalar))
            guard folded.isEmpty || SearchTerms.words(folded) == [folded], folded.utf8.count < 256 else {
                packed.append(Self.slow)
                continue
            }
            packed.append(UInt32(bytes.count) << 8 | UInt32(folded.utf8.count))
            bytes.append(contentsOf: folded.utf8)
        }
        self.packed = packed
        self.bytes = bytes
    }

    /// The folded word, or nil when one of its scalars is outside the table.
    func fold(_ word: Substring) -> String? {
        // A scalar's fold is never longer in UTF-8 than the scalar itself plus a few bytes (lowercase
        // mappings can grow); reserve generously and fall back when it would not fit.
        let capacity = word.utf8.count * 3 + 8
        var fits = true
        let result = packed.withUnsafeBufferPointer { packed in
            bytes.withUnsafeBufferPointer { bytes in
                String(unsafeUninitializedCapacity: capacity) { out in
                    var count = 0
                    for scalar in word.unicodeScalars {
                        let entry = scalar.value < Self.limit ? packed[Int(scalar.value)] : Self.slow
                        let length = Int(entry & 0xFF)
                        guard entry != Self.slow, count + length <= capacity else {
                            fits = false
                            return 0
                        }
                        let start = Int(entry >> 8)
                        for offset in 0..<length { out[count + offset] = bytes[start + offset] }
                        count += length
                    }
                    return count
                }
            }
        }
        return fits ? result : nil
    }
}
