/// Copies UTF-8 while replacing every invalid sequence with U+FFFD, as a decoder must before handing
/// text to libxml2 (which gives up on the first bad byte of a document that claims UTF-8).
enum UTF8Repair {
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Appends the repaired bytes of `input` to `output` and returns how many input bytes were used: a
    /// sequence cut by the end of the input is left for the next chunk unless `final`.
    static func repair(_ input: [UInt8], final: Bool, into output: inout [UInt8]) -> Int {
        output.reserveCapacity(output.count + input.count)
        return input.withUnsafeBufferPointer { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                if lead < 0x80 {
                    output.append(lead)
                    index += 1
                    continue
                }
                let length = sequenceLength(bytes, at: index)
                if length > 0 {
                    output.append(contentsOf: bytes[index..<(index + length)])
                    index += length
                } else if length == 0, !final {
                    return index  // cut by the end of the chunk
                } else {
                    output.append(contentsOf: replacement)
                    index += 1
                }
            }
            return index
        }
    }

    /// The length of the valid sequence at `index`, 0 when the input ends inside a sequence that could
    /// still be valid, -1 when it is invalid.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF  // the allowed range of the second byte
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F  // no surrogates
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return -1
        }
        for offset in 1..<length {
            guard index + offset < bytes.count else { return 0 }
            let byte = bytes[index + offset]
            let range: ClosedRange<UInt8> = offset == 1 ? low...high : 0x80...0xBF
            guard range.contains(byte) else { return -1 }
        }
        return length
    }
}
