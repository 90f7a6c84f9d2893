/// One bit per token key, for telling at once that a key is absent: `Gazetteer.match` probes its tables
/// for every word of every article and for each longer phrase after it, nearly always in vain, and each
/// probe of a table of megabytes waited for memory (half of the entity scan's own time on real news).
/// The bits are a few hundred kilobytes, which stay in cache.
struct KeyFilter: Sendable {
    private var words: [UInt64]
    /// How far a key is shifted to give its bit: the top bits, which token keys mix best.
    private let shift: UInt64

    /// `bits` must be a power of two (at least 64).
    init(bits: Int) {
        precondition(bits >= 64 && bits & (bits - 1) == 0)
        words = Array(repeating: 0, count: bits / 64)
        shift = UInt64(64 - bits.trailingZeroBitCount)
    }

    mutating func insert(_ key: UInt64) {
        let bit = Int(truncatingIfNeeded: key >> shift)
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// False when `key` was never inserted; true when it was, or (rarely) when another key shares its bit.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: key >> shift)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
