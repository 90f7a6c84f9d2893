/// One word, number or punctuation mark of a block, addressed in Unicode scalars.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct, possessive }

    var start: Int
    var end: Int
    var kind: Kind
    /// First letter is a capital.
    var isCapitalized: Bool
    /// Two or more letters, all capitals (acronyms: NATO, UBND).
    var isAllCaps: Bool
    /// First word of a sentence, of a quotation or of the block: its capital proves nothing.
    var sentenceStart: Bool
    /// Hash of the lowercased scalars: gazetteer lookups without building strings.
    var key: UInt64
    /// The scalar of a punctuation token (or the first scalar of a word).
    var first: Unicode.Scalar

    var isWord: Bool { kind == .word }
    var isNameLike: Bool { kind == .word && (isCapitalized || isAllCaps) }
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
