/// Reads what `BinaryWriter` wrote. Every read is bounds-checked: a truncated or corrupt index throws
/// instead of crashing, and lede rebuilds it.
struct BinaryReader {
    struct Truncated: Error {}

    let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset >= bytes.count }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw Truncated() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Truncated() }
            result |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return result }
            shift += 7
        }
    }

    /// A varint that must fit a count or length: bounded by the bytes left, so corrupt data cannot ask
    /// for a huge allocation.
    mutating func count() throws -> Int {
        let value = try varint()
        guard value <= UInt64(bytes.count - offset) * 8 + 64 else { throw Truncated() }
        return Int(value)
    }

    /// A varint holding a size, offset or count of things outside the index (bytes in a file).
    mutating func number() throws -> Int { Int(clamping: try varint()) }

    mutating func int() throws -> Int {
        let raw = try varint()
        return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    mutating func fixed64() throws -> UInt64 {
        guard offset + 8 <= bytes.count else { throw Truncated() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(index * 8) }
        offset += 8
        return value
    }

    mutating func double() throws -> Double { Double(bitPattern: try fixed64()) }

    mutating func string() throws -> String {
        let length = try count()
        guard offset + length <= bytes.count else { throw Truncated() }
        defer { offset += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        try byte() == 0 ? nil : try string()
    }

    mutating func skip(_ length: Int) throws {
        guard length >= 0, offset + length <= bytes.count else { throw Truncated() }
        offset += length
    }
}
