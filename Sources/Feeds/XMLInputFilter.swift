/// Mends the everyday faults of real feeds in the UTF-8 stream before libxml2 reads it, so that one
/// fault does not cost the rest of the feed:
/// - named references become numeric ones (`&nbsp;` → `&#160;`, and even `&amp;` → `&#38;`: after any
///   error libxml2's recover mode silently drops named references, never numeric ones); unknown names and
///   bare ampersands become literal text;
/// - control characters XML forbids become spaces;
/// - HTML void elements left open inside a description (`<br>`, `<img ...>`) are closed, and their stray end
///   tags dropped, so that they do not swallow the rest of the document.
/// CDATA sections and comments pass through untouched (but for control characters).
struct XMLInputFilter {
    private enum State {
        case text, cdata, comment
        /// Inside a void element's start tag, inside quotes when `quote` is not 0.
        case voidTag(quote: UInt8)
    }

    private var state = State.text
    private var pending: [UInt8] = []
    /// Bytes that a construct needs to be recognised; shorter tails wait for the next chunk.
    private static let lookahead = 48

    static let voidElements: Set<[UInt8]> = Set(
        ["br", "hr", "img", "wbr", "input", "col", "area", "embed", "param", "track"].map { Array($0.utf8) })

    /// Filters the next chunk into `output`; `final` processes everything held back.
    mutating func filter(_ chunk: [UInt8], final: Bool, into output: inout [UInt8]) {
        if pending.isEmpty { pending = chunk } else { pending.append(contentsOf: chunk) }
        output.reserveCapacity(output.count + pending.count + 64)
        let used = pending.withUnsafeBufferPointer { bytes in
            run(bytes, stopAt: final ? bytes.count : max(0, bytes.count - Self.lookahead), into: &output)
        }
        if final {
            output.append(contentsOf: pending[used...])
            pending = []
        } else {
            pending.removeFirst(used)
        }
    }

    /// Processes bytes until `stop` (constructs that start before it may read past it) and returns how
    /// many were consumed.
    private mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, stopAt stop: Int, into output: inout [UInt8]) -> Int {
        var index = 0
        while index < stop {
            let byte = bytes[index]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                output.append(0x20)
                index += 1
                continue
            }
            switch state {
            case .text:
                index = text(bytes, at: index, into: &output)
            case .cdata:
                if byte == UInt8(ascii: "]"), Self.matches(bytes, at: index, "]]>") {
                    output.append(contentsOf: "]]>".utf8)
                    state = .text
                    index += 3
                } else {
                    output.append(byte)
                    index += 1
                }
            case .comment:
                if byte == UInt8(ascii: "-"), Self.matches(bytes, at: index, "-->") {
                    output.append(contentsOf: "-->".utf8)
                    state = .text
                    index += 3
                } else {
                    output.append(byte)
                    index += 1
                }
            case .voidTag(let quote):
                index = voidTag(bytes, at: index, quote: quote, into: &output)
            }
        }
        return index
    }

    private mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, into output: inout [UInt8]) -> Int {
        let byte = bytes[index]
        if byte == UInt8(ascii: "&") { return reference(bytes, at: index, into: &output) }
        guard byte == UInt8(ascii: "<") else {
            output.append(byte)
            return index + 1
        }
        if Self.matches(bytes, at: index, "<![CDATA[") {
            state = .cdata
            output.append(contentsOf: "<![CDATA[".utf8)
            return index + 9
        }
        if Self.matches(bytes, at: index, "<!--") {
            state = .comment
            output.append(contentsOf: "<!--".utf8)
            return index + 4
        }
        let closing = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/")
        let nameStart = index + (closing ? 2 : 1)
        var nameEnd = nameStart
        while nameEnd < bytes.count, nameEnd - nameStart < 8, Self.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
        let name = Array(bytes[nameStart..<nameEnd]).map { $0 | 0x20 }
        guard nameEnd < bytes.count, !Self.isNameByte(bytes[nameEnd]), Self.voidElements.contains(name) else {
            output.append(byte)
            return index + 1
        }
        if closing {
            // A stray `</br>`: drop it up to its `>`.
            var end = nameEnd
            while end < bytes.count, bytes[end] != UInt8(ascii: ">"), end - nameEnd < 16 { end += 1 }
            return end < bytes.count && bytes[end] == UInt8(ascii: ">") ? end + 1 : nameEnd
        }
        output.append(contentsOf: bytes[index..<nameEnd])
        state = .voidTag(quote: 0)
        return nameEnd
    }

    /// Copies a void element's start tag, closing it with `/>` if it was left open.
    private mutating func voidTag(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, quote: UInt8,
                                  into output: inout [UInt8]) -> Int {
        let byte = bytes[index]
        if quote != 0 {
            state = .voidTag(quote: byte == quote ? 0 : quote)
            if byte == UInt8(ascii: "<") { output.append(contentsOf: "&#60;".utf8) } else { output.append(byte) }
            return index + 1
        }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            state = .voidTag(quote: byte)
            output.append(byte)
        case UInt8(ascii: ">"):
            if output.last != UInt8(ascii: "/") { output.append(UInt8(ascii: "/")) }
            output.append(byte)
            state = .text
        case UInt8(ascii: "<"):
            // The tag never closed: end it here and read the `<` as the next tag.
            output.append(contentsOf: "/>".utf8)
            state = .text
            return index
        default:
            output.append(byte)
        }
        return index + 1
    }

    /// Rewrites one `&...` as a numeric reference, or escapes a bare ampersand.
    private func reference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, into output: inout [UInt8]) -> Int {
        var end = index + 1
        while end < bytes.count, end - index <= 40, Self.isReferenceByte(bytes[end]) { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > index + 1 else {
            output.append(contentsOf: "&#38;".utf8)
            return index + 1
        }
        let body = bytes[(index + 1)..<end]
        if body.first == UInt8(ascii: "#") {
            if let value = Self.numericValue(body.dropFirst()), Self.isXMLChar(value) {
                output.append(contentsOf: bytes[index...end])
            } else {
                output.append(contentsOf: "&#65533;".utf8)
            }
        } else if let value = HTMLEntities.codePoints[String(decoding: body, as: UTF8.self)] {
            output.append(contentsOf: "&#\(value);".utf8)
        } else {
            output.append(contentsOf: "&#38;".utf8)
            output.append(contentsOf: bytes[(index + 1)...end])
        }
        return end + 1
    }

    private static func numericValue(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32? {
        guard let first = digits.first else { return nil }
        let hex = first == UInt8(ascii: "x") || first == UInt8(ascii: "X")
        let text = String(decoding: hex ? digits.dropFirst() : digits, as: UTF8.self)
        guard !text.isEmpty, text.count <= 8 else { return nil }
        return UInt32(text, radix: hex ? 16 : 10)
    }

    private static func isXMLChar(_ value: UInt32) -> Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isReferenceByte(_ byte: UInt8) -> Bool {
        isNameByte(byte) || byte == UInt8(ascii: "#")
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != pointer[offset] { return false }
        return true
    }
}
