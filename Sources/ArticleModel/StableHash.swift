/// FNV-1a, 64 bits: stable across processes and platforms (unlike `Hasher`, which is seeded per run),
/// cheap, and good enough to tell articles apart. Not for security.
public enum StableHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    public static func value(of text: String) -> UInt64 {
        value(of: text, continuing: seed)
    }

    /// The hash of text that follows text whose hash is `hash`: pieces hashed one after another hash
    /// as their concatenation does, without it being made.
    static func value(of text: String, continuing hash: UInt64) -> UInt64 {
        // Over the bytes in place: the UTF-8 view's iterator cost several times the hashing itself.
        var text = text
        return text.withUTF8 { bytes in
            var hash = hash
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
            return hash
        }
    }

    /// A hash as 16 lowercase hex digits, written straight into the string's storage: the browser makes
    /// one per article at start (`ArticleID`), and formatting then padding took three allocations each.
    static func hex(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            for position in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: value >> UInt64(60 - 4 * position)) & 0xF
                buffer[position] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            }
            return 16
        }
    }

    /// The hash as 16 lowercase hex digits.
    public static func hex(of text: String) -> String { hex(value(of: text)) }
}
