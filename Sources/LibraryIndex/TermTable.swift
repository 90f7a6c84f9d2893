import Foundation

/// A map from terms to numbers, looked up by the terms' UTF-8 bytes: the indexer looks up every word of
/// every article, and a `[String: Int]` spent a fifth of indexing time hashing (SipHash, after checking
/// each string's normal form) and comparing strings. Here a term is hashed with FNV-1a over its bytes and
/// compared with `memcmp`; terms come from NFC text cut by `WordFolder`, so equal terms have equal bytes.
///
/// Open addressing with linear probing over a power-of-two slot array; each entry keeps its key's bytes
/// in one shared buffer, so a table of a million terms is a handful of arrays, not a million strings.
struct TermTable: Sendable {
    /// Entry + 1 per slot; 0 for an empty slot.
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var keyStarts: [Int] = []
    private var keyLengths: [Int32] = []
    private var values: [Int32] = []
    private var keyBytes: [UInt8] = []

    /// Room for about `capacity` terms before the slots grow.
    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        hashes.reserveCapacity(capacity)
        keyStarts.reserveCapacity(capacity)
        keyLengths.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// How many terms the table holds.
    var count: Int { values.count }

    /// The value of `term`, if the table has it.
    func value(of term: String) -> Int32? {
        Self.withBytes(term) { key in
            let (_, entry) = find(key, hash: Self.hash(key))
            return entry.map { values[$0] }
        }
    }

    /// The value of `term`; when the table does not have it, `new` is stored for it and returned, with
    /// `inserted` true.
    mutating func value(of term: String, inserting new: Int32) -> (value: Int32, inserted: Bool) {
        Self.withBytes(term) { value(ofBytes: $0, inserting: new) }
    }

    /// The same for a term given as its UTF-8 bytes.
    mutating func value(ofBytes key: UnsafeBufferPointer<UInt8>, inserting new: Int32) -> (value: Int32, inserted: Bool) {
        let hash = Self.hash(key)
        let (slot, entry) = find(key, hash: hash)
        if let entry { return (values[entry], false) }
        insert(key, hash: hash, value: new, at: slot)
        return (new, true)
    }

    /// Stores `value` for `term`, replacing the value it had.
    mutating func set(_ term: String, to value: Int32) {
        Self.withBytes(term) { key in
            let hash = Self.hash(key)
            let (slot, entry) = find(key, hash: hash)
            if let entry { values[entry] = value } else { insert(key, hash: hash, value: value, at: slot) }
        }
    }

    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Int32, at slot: Int) {
        hashes.append(hash)
        keyStarts.append(keyBytes.count)
        keyLengths.append(Int32(key.count))
        keyBytes.append(contentsOf: key)
        values.append(value)
        slots[slot] = Int32(values.count)
        // At most half full, so that probes stay short.
        if values.count * 2 > slots.count { grow() }
    }

    /// The slot where `key` is or would go, and its entry when it is there.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, entry: Int?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let held = Int(slots[slot])
            if held == 0 { return (slot, nil) }
            let entry = held - 1
            if hashes[entry] == hash, Int(keyLengths[entry]) == key.count, matches(entry, key) { return (slot, entry) }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = key.baseAddress else { return true }  // both empty
        return keyBytes.withUnsafeBufferPointer { bytes in
            memcmp(bytes.baseAddress! + keyStarts[entry], base, key.count) == 0
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for entry in values.indices {
            var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }

    /// FNV-1a over the bytes, then mixed so that the low bits (the slot) depend on every byte.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        hash ^= hash >> 29
        hash &*= 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }

    /// The UTF-8 bytes of `term`, in place (a native string always has them contiguous).
    private static func withBytes<Result>(_ term: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = term.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(term.utf8).withUnsafeBufferPointer(body)
    }
}
