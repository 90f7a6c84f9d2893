/// Finds TOML that the toml++ parser inside TOMLKit cannot be given, found by fuzzing (its debug build
/// aborts on an assertion): a table header whose name starts with anything but a bare-key character, a
/// quote or, once, a bracket (`[}`, `[[[`, `[` and a line feed: `parse_key`), and a `}` where an array
/// expects a value (`r = [}`, `[1, }`: `parse_value`). Such text is not valid TOML anyway, so callers
/// report it as invalid instead of parsing it.
///
/// Headers are looked for on lines that start with `[`; such a line inside a multi-line array or string
/// (`[ {a = 1} ]`) is refused too, which no theme or config needs.
public enum TOMLGuard {
    /// The 1-based line and what is wrong, for the first such place; nil when there is none.
    public static func problem(in text: String) -> (line: Int, message: String)? {
        if let line = badTableHeaderLine(in: text) { return (line, "a table header must start with a name") }
        if let line = braceAfterOpenValueLine(in: text) { return (line, "a value is missing before `}`") }
        return nil
    }

    /// The 1-based line of the first such header, nil when there is none.
    public static func badTableHeaderLine(in text: String) -> Int? {
        var line = 1
        var bytes = text.utf8[...]
        // toml++ skips a byte-order mark, so a header right after one counts as at the line's start.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
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
        let arrayOfTables = rest.first == UInt8(ascii: "[")
        if arrayOfTables { rest = rest.dropFirst() }
        rest = rest.drop { $0 == 0x20 || $0 == 0x09 }
        guard let next = rest.first else { return !hasLineEnd }  // `[` at the very end parses
        switch next {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""),
             UInt8(ascii: "'"), UInt8(ascii: "]"):
            return true
        case UInt8(ascii: "["):
            return !arrayOfTables  // `[ [a` parses; `[[[` does not
        default:
            return false
        }
    }

    /// The line of the first `}` that follows `[` or `,` with only blanks and comments between, outside
    /// strings and comments.
    static func braceAfterOpenValueLine(in text: String) -> Int? {
        let bytes = Array(text.utf8)
        var line = 1, index = 0
        var last: UInt8 = 0  // the last byte that was not a blank, a line end or in a comment
        func skipString(quote: UInt8) {
            let triple = index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote
            index += triple ? 3 : 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A {
                    if !triple { return }  // an unclosed one-line string: the line end is the main loop's
                    line += 1
                }
                if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\""), index + 1 < bytes.count {
                    if bytes[index + 1] == 0x0A { line += 1 }
                    index += 2
                    continue
                }
                if byte == quote {
                    if !triple { index += 1; return }
                    if index + 2 < bytes.count, bytes[index + 1] == quote, bytes[index + 2] == quote { index += 3; return }
                }
                index += 1
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0A:
                line += 1
                index += 1
            case 0x20, 0x09, 0x0D:
                index += 1
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                skipString(quote: byte)
                last = byte
            case UInt8(ascii: "}"):
                if last == UInt8(ascii: "[") || last == UInt8(ascii: ",") { return line }
                last = byte
                index += 1
            default:
                last = byte
                index += 1
            }
        }
        return nil
    }
}
