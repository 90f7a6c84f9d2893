/// Decoding one scalar of valid UTF-8 in place, for the loops that walk article text as bytes (the
/// reader, the analyser's tokens, the index's words): one definition, inlined into each of them.
public enum UTF8Scalar {
    /// The scalar value of the multi-byte sequence that begins with `lead` (not ASCII) at `position`,
    /// and its length in bytes. The bytes must be valid UTF-8 (a Swift string's are).
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int, lead: UInt8) -> (UInt32, Int) {
        let second = UInt32(bytes[position + 1] & 0x3F)
        if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | second, 2) }
        let third = UInt32(bytes[position + 2] & 0x3F)
        if lead < 0xF0 { return (UInt32(lead & 0x0F) << 12 | second << 6 | third, 3) }
        let fourth = UInt32(bytes[position + 3] & 0x3F)
        return (UInt32(lead & 0x07) << 18 | second << 12 | third << 6 | fourth, 4)
    }
}
