/// White space as a reader sees it: every Unicode space, plus the no-break and zero-width spaces feeds use for
/// layout. Works on UTF-8 bytes: a scalar-property lookup per character was a third of the time of turning a
/// feed into text.
public enum WhiteSpace {
    /// `line` with every run of white space made one space, and trimmed.
    public static func collapse(_ line: String) -> String {
        var copy = line
        return copy.withUTF8 { bytes in
            if isCollapsed(bytes) { return line }
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let length = length(bytes, at: index)
                    if length > 0 {
                        pendingSpace = count > 0
                        index += length
                        continue
                    }
                    if pendingSpace {
                        output[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    output[count] = bytes[index]
                    count += 1
                    index += 1
                }
                return count
            }
        }
    }

    /// True when `bytes` has no white space but single spaces between words: the common case, returned as is.
    private static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return bytes.isEmpty }
        var previousSpace = false
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else if byte < 0x20 || (byte >= 0xC2 && byte <= 0xE3 && length(bytes, at: index) > 0) {
                return false
            } else {
                previousSpace = false
            }
        }
        return true
    }

    /// The length in bytes of the white-space scalar at `index`, 0 when there is none: ASCII white space,
    /// NEL, NBSP, ogham space, U+2000–U+200B, line and paragraph separators, U+202F, U+205F, U+3000.
    public static func length(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return lead == 0x20 || (0x09...0x0D).contains(lead) ? 1 : 0 }
        let count = bytes.count - index
        switch lead {
        case 0xC2 where count >= 2:
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1 where count >= 3:
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2 where count >= 3:
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80, (0x80...0x8B).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF {
                return 3
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3 where count >= 3:
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }
}
