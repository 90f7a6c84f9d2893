/// An open-addressing hash table keyed by token keys, which are already well-mixed 64-bit hashes:
/// lookups skip `Hasher` entirely (the standard dictionary rehashes every key with SipHash, which was the
/// largest single cost of gazetteer lookups).
struct KeyTable<Value>: Sendable where Value: Sendable {
    /// A key beside its value, so that a hit costs one cache miss, not two: the tables are too large to
    /// stay in cache, and with keys and values in separate arrays a hit waited twice for memory.
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value?
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: size)
        mask = size - 1
    }

    /// 0 marks an empty slot, so key 0 is stored as 1 (one collision in 2^64 is harmless here).
    @inline(__always) static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// Where a key's probe starts in a table of `mask + 1` slots (shared with `KeySet`).
    @inline(__always) static func home(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) & UInt64(mask))
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        var index = Self.home(key, mask)
        while slots[index].key != 0 && slots[index].key != key { index = (index + 1) & mask }
        return index
    }

    subscript(key: UInt64) -> Value? {
        get {
            let key = Self.stored(key)
            return slots[slot(key)].value
        }
        set {
            let key = Self.stored(key)
            let index = slot(key)
            if slots[index].key == 0 {
                guard let newValue else { return }
                slots[index] = Slot(key: key, value: newValue)
                count += 1
                if count * 2 > slots.count { grow() }
            } else if let newValue {
                slots[index].value = newValue
            }
            // Removal is never needed by the analysis; setting nil on a present key keeps it.
        }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry.key != 0 {
            slots[slot(entry.key)] = entry
        }
    }
}

/// A set of token keys: the table's probing on keys alone. (Not a `KeyTable<Bool>`: its generic slots made
/// every new or grown table look up the array's type metadata at run time, about a thousand instructions,
/// for sets made per article and per block; and a key alone halves the memory a probe reads.)
struct KeySet: Sendable {
    /// 0 marks an empty slot (`KeyTable.stored`). A new set shares `emptySlots`, copied on its first insert:
    /// most sets made per article stay empty or small, and a new array's allocation looked up its type's
    /// metadata (hundreds of instructions), where the copy of an existing one does not.
    private var slots = KeySet.emptySlots
    private static let emptySlots = [UInt64](repeating: 0, count: 16)
    private var mask = 15
    private var count = 0
    /// Two bits per key, one in each word, from its top bits: most sets are word lists of a few dozen words
    /// asked about every word of an article, nearly always in vain, and the bits say so without the probe.
    private var high: UInt64 = 0
    private var low: UInt64 = 0

    init() {}

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        for key in keys { insert(key) }
    }

    /// The keys of single words, as the tokenizer makes them (written lowercase or as they are cased).
    init(words: [String]) {
        self.init(words.map { Tokenizer.key(of: $0.unicodeScalars[...]) })
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        var index = KeyTable<Bool>.home(key, mask)
        while slots[index] != 0 && slots[index] != key { index = (index + 1) & mask }
        return index
    }

    @inline(__always) private static func bits(_ key: UInt64) -> (high: UInt64, low: UInt64) {
        (1 &<< (key &>> 58), 1 &<< (key &>> 52))  // (masking shifts: no test for a shift past 63)
    }

    mutating func insert(_ key: UInt64) {
        let key = KeyTable<Bool>.stored(key)
        let bits = Self.bits(key)
        high |= bits.high
        low |= bits.low
        let index = slot(key)
        guard slots[index] == 0 else { return }
        slots[index] = key
        count += 1
        if count * 2 > slots.count { grow() }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        let key = KeyTable<Bool>.stored(key)
        let bits = Self.bits(key)
        return high & bits.high != 0 && low & bits.low != 0 && probe(key)
    }

    private func probe(_ key: UInt64) -> Bool { slots[slot(key)] != 0 }

    /// The keys of both sets.
    func union(_ other: KeySet) -> KeySet {
        var result = self
        for key in other.slots where key != 0 { result.insert(key) }
        return result
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for key in old where key != 0 { slots[slot(key)] = key }
    }
}
