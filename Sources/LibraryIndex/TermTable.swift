import Foundation
import TextKit

/// A map from terms to numbers, looked up by the terms' UTF-8 bytes: the indexer looks up every word of
/// every article, and a `[String: Int]` spent a fifth of indexing time hashing (SipHash, after checking
/// each string's normal form) and comparing strings. Here a term is hashed with FNV-1a over its bytes and
/// compared with `memcmp`; terms come from NFC text cut by `WordFolder`, so equal terms have equal bytes.
///
/// Open addressing with linear probing over a power-of-two slot array. Each slot holds its entry's
/// number and 32 bits of its hash, so a probe that meets another term's slot is told apart without
/// touching the entries; each entry is one word (where its key starts in the one shared byte buffer,
/// and its length). Built for the indexer's table of every term of the library, where each probe is
/// a cache miss: a hit costs the slot, the entry, the key's bytes and the value.
struct TermTable: Sendable {
    /// Per slot: 0 when empty, else the hash's high 32 bits and entry + 1 in the low 32.
    private var slots: [UInt64]
    /// Per entry: the key's start in `keyBytes` (high 40 bits) and its length (low 24; `longKey` for a
    /// key of 16 MB or more, whose length is in `longLengths`).
    private var entries: [UInt64] = []
    private var longLengths: [Int: Int] = [:]
    private static let longKey: UInt64 = 0xFF_FFFF
    private var values: [Int32] = []
    private var keyBytes: [UInt8] = []

    /// Room for about `capacity` terms before the slots grow.
    init(capacity: Int = 0) {
        var size = 16
        while size * 3 < capacity * 4 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        entries.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        // (Terms of news text average under eight bytes: the key buffer seldom grows either.)
        keyBytes.reserveCapacity(capacity * 8)
    }

    /// How many terms the table holds.
    var count: Int { values.count }

    /// The value of `term`, if the table has it.
    func value(of term: String) -> Int32? {
        UTF8Bytes.with(term) { key in
            let (_, entry) = find(key, hash: Self.hash(key))
            return entry.map { values[$0] }
        }
    }

    /// The value of `term`; when the table does not have it, `new` is stored for it and returned, with
    /// `inserted` true.
    mutating func value(of term: String, inserting new: Int32) -> (value: Int32, inserted: Bool) {
        UTF8Bytes.with(term) { value(ofBytes: $0, inserting: new) }
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
        UTF8Bytes.with(term) { key in
            let hash = Self.hash(key)
            let (slot, entry) = find(key, hash: hash)
            if let entry { values[entry] = value } else { insert(key, hash: hash, value: value, at: slot) }
        }
    }

    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Int32, at slot: Int) {
        if key.count >= Self.longKey { longLengths[entries.count] = key.count }
        entries.append(UInt64(keyBytes.count) << 24 | min(UInt64(key.count), Self.longKey))
        keyBytes.append(contentsOf: key)
        values.append(value)
        slots[slot] = Self.slotValue(hash: hash, entry: values.count - 1)
        // At most three quarters full: a probe past another term's slot reads only the slot (its hash
        // bits), eight to a cache line, so longer runs cost little, and the slots stay about two words
        // a term.
        if values.count * 4 > slots.count * 3 { grow() }
    }

    private static func slotValue(hash: UInt64, entry: Int) -> UInt64 {
        hash & 0xFFFF_FFFF_0000_0000 | UInt64(entry + 1)
    }

    /// The slot where `key` is or would go, and its entry when it is there.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, entry: Int?) {
        let mask = slots.count - 1
        let high = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let held = slots[slot]
            if held == 0 { return (slot, nil) }
            if held & 0xFFFF_FFFF_0000_0000 == high {
                let entry = Int(truncatingIfNeeded: held & 0xFFFF_FFFF) - 1
                if matches(entry, key) { return (slot, entry) }
            }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let packed = entries[entry]
        guard length(of: entry, packed) == key.count else { return false }
        guard let base = key.baseAddress else { return true }  // both empty
        return keyBytes.withUnsafeBufferPointer { bytes in
            memcmp(bytes.baseAddress! + Int(packed >> 24), base, key.count) == 0
        }
    }

    private func length(of entry: Int, _ packed: UInt64) -> Int {
        let length = packed & Self.longKey
        return length == Self.longKey ? longLengths[entry]! : Int(length)
    }

    /// Twice the slots; each key is hashed again from its bytes (keeping the hashes would cost a word
    /// per term for the rare growth).
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        keyBytes.withUnsafeBufferPointer { bytes in
            for entry in entries.indices {
                let packed = entries[entry]
                let key = UnsafeBufferPointer(rebasing: bytes[Int(packed >> 24)..<Int(packed >> 24) + length(of: entry, packed)])
                let hash = Self.hash(key)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Self.slotValue(hash: hash, entry: entry)
            }
        }
    }

    /// Each key's bytes (valid only during `body`), in the order the keys were inserted.
    func forEachKey(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        keyBytes.withUnsafeBufferPointer { bytes in
            for (entry, packed) in entries.enumerated() {
                let start = Int(packed >> 24)
                body(UnsafeBufferPointer(rebasing: bytes[start..<start + length(of: entry, packed)]))
            }
        }
    }

    /// Lets go of the slots and values, keeping the keys for `forEachKey`: no lookups after this.
    mutating func dropLookup() {
        slots = []
        values = []
    }

    /// FNV-1a over the bytes, then mixed so that the low bits (the slot) depend on every byte.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        hash ^= hash >> 29
        hash &*= 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }
}
