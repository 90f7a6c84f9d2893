/// One word, number or punctuation mark of a block, addressed in Unicode scalars.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct, possessive }

    // 32-bit offsets keep a token at 24 bytes: the analysis streams over token arrays several times, and
    // their size, not the arithmetic, is what it waits for. (A block is far below 2^31 scalars: the
    // loader caps files at a few tens of megabytes.)
    private var start32: Int32
    private var end32: Int32
    var start: Int { Int(start32) }
    var end: Int { Int(end32) }
    var kind: Kind
    /// First letter is a capital.
    var isCapitalized: Bool
    /// Two or more letters, all capitals (acronyms: NATO, UBND).
    var isAllCaps: Bool
    /// First word of a sentence, of a quotation or of the block: its capital proves nothing.
    var sentenceStart: Bool
    /// The scalar of a punctuation token (or the first scalar of a word). (Before `key`: it fills the four
    /// bytes the flags leave, where after `key` it would pad the token to 32.)
    var first: Unicode.Scalar
    /// Hash of the lowercased scalars: gazetteer lookups without building strings.
    var key: UInt64

    init(start: Int, end: Int, kind: Kind, isCapitalized: Bool, isAllCaps: Bool, sentenceStart: Bool,
         key: UInt64, first: Unicode.Scalar) {
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.sentenceStart = sentenceStart
        self.first = first
        self.key = key
    }

    var isWord: Bool { kind == .word }
    var isNameLike: Bool { kind == .word && (isCapitalized || isAllCaps) }
}

extension Array where Element == Token {
    /// Whether the tokens from `start` have the keys `words`, one each, all before `end` (a phrase written
    /// as keys: `tờ báo`, `người đứng đầu`).
    func hasKeys(_ words: [UInt64], at start: Int, before end: Int? = nil) -> Bool {
        start >= 0 && start + words.count <= (end ?? count)
            && words.indices.allSatisfy { self[start + $0].key == words[$0] }
    }
}

/// FNV-1a hashing shared by tokens and gazetteer phrases.
enum TokenKey {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* 0x100_0000_01b3
    }
    /// Key of a phrase: the token keys combined in order.
    @inline(__always) static func combine(_ phrase: UInt64, _ token: UInt64) -> UInt64 {
        (phrase &* 0x9E37_79B9_7F4A_7C15) ^ token
    }
}
