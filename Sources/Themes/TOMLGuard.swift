/// Finds TOML that the toml++ parser inside TOMLKit cannot be given: a table header whose name starts
/// with anything but a bare-key character, a quote or a bracket (`[}`, `[ +`, `[` and a line feed) trips
/// an assertion in its `parse_key` (found by fuzzing: the debug build aborts). Such text is not valid
/// TOML anyway, so callers report it as invalid instead of parsing it.
///
/// Looks only at lines that start with `[`; a line of a multi-line array that does (`[ {a = 1} ]`) is
/// refused too, which no theme or config needs.
public enum TOMLGuard {
    /// The 1-based line of the first such header, nil when there is none.
    public static func badTableHeaderLine(in text: String) -> Int? {
        var line = 1
        var bytes = text.utf8[...]
        while !bytes.isEmpty {
            let end = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
            if !isSafe(bytes[..<end], hasLineEnd: end != bytes.endIndex) { return line }
            bytes = end == bytes.endIndex ? bytes[end...] : bytes[bytes.index(after: end)...]
            line += 1
        }
        return nil
    }

    private static func isSafe(_ line: Substring.UTF8View.SubSequence, hasLineEnd: Bool) -> Bool {
        var rest = line.drop { $0 == 0x20 || $0 == 0x09 }
        guard rest.first == UInt8(ascii: "[") else { return true }
        rest = rest.dropFirst()
        if rest.first == UInt8(ascii: "[") { rest = rest.dropFirst() }
        rest = rest.drop { $0 == 0x20 || $0 == 0x09 }
        guard let next = rest.first else { return !hasLineEnd }  // `[` at the very end parses
        switch next {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""),
             UInt8(ascii: "'"), UInt8(ascii: "]"), UInt8(ascii: "["):
            return true
        default:
            return false
        }
    }
}
