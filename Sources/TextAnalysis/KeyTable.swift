/// An open-addressing hash table keyed by token keys, which are already well-mixed 64-bit hashes:
/// lookups skip `Hasher` entirely (the standard dictionary rehashes every key with SipHash, which was the
/// largest single cost of gazetteer lookups).
struct KeyTable<Value>: Sendable where Value: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    /// 0 marks an empty slot, so key 0 is stored as 1 (one collision in 2^64 is harmless here).
    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        var index = Int(truncatingIfNeeded: (key ^ (key >> 29)) & UInt64(mask))
        while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
        return index
    }

    subscript(key: UInt64) -> Value? {
        get {
            let key = Self.stored(key)
            return values[slot(key)]
        }
        set {
            let key = Self.stored(key)
            let index = slot(key)
            if keys[index] == 0 {
                guard let newValue else { return }
                keys[index] = key
                values[index] = newValue
                count += 1
                if count * 2 > keys.count { grow() }
            } else if let newValue {
                values[index] = newValue
            }
            // Removal is never needed by the analysis; setting nil on a present key keeps it.
        }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (index, key) in oldKeys.enumerated() where key != 0 {
            let target = slot(key)
            keys[target] = key
            values[target] = oldValues[index]
        }
    }
}

/// A set of token keys on the same table.
struct KeySet: Sendable {
    private var table = KeyTable<Bool>()

    init() {}

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        for key in keys { insert(key) }
    }

    mutating func insert(_ key: UInt64) { table[key] = true }
    func contains(_ key: UInt64) -> Bool { table.contains(key) }
}
