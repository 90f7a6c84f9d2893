import Foundation

/// Reading a string's UTF-8 bytes in place. Hot loops over `String.unicodeScalars` or `utf8` views pay
/// for index bookkeeping on every step; over the bytes themselves they do not.
public enum UTF8Bytes {
    /// Calls `body` with the UTF-8 bytes of `text` (copied only if `text` is not native UTF-8 already).
    /// Public for the index's word cutter; inlinable so that its hot callers pay no generic call.
    @inlinable
    public static func with<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var text = text
        text.makeContiguousUTF8()
        return try text.utf8.withContiguousStorageIfAvailable(body)!
    }

    /// Whether `bytes` hold `byte` (by `memchr`, many bytes at a time).
    public static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8) -> Bool {
        guard let start = bytes.baseAddress else { return false }
        return memchr(start, Int32(byte), bytes.count) != nil
    }

    /// The length of valid UTF-8 in UTF-16 code units: one per scalar, two for those of four bytes.
    public static func utf16Count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes {
            // Each byte but a continuation byte starts a scalar; four-byte scalars need a surrogate pair.
            count += (byte & 0xC0 == 0x80 ? 0 : 1) + (byte >= 0xF0 ? 1 : 0)
        }
        return count
    }
}
