import Foundation
import TerminalCanvas

/// Makes JSON that lede wrote safe to print on a terminal without changing what it says: JSON escapes
/// C0 controls itself; every other character the sanitiser would change (DEL, C1 controls, bidi
/// controls, line separators, the escaped bytes of a file name that is not UTF-8) becomes a `\uXXXX`
/// escape (a surrogate pair above U+FFFF). Such characters can only be inside strings: the rest of
/// JSON is ASCII. A path escaped so reads back as the same path, and `lede` opens it.
enum JSONEscape {
    static func escapingUnsafe(_ json: some Collection<UInt8>) -> [UInt8] {
        // Fast path: ASCII-only JSON has nothing to escape.
        guard json.contains(where: { $0 >= 0x7F }) else { return Array(json) }
        let text = String(decoding: json, as: UTF8.self)
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count)
        // Runs of safe characters are copied as bytes: a String made per character cost as much as
        // encoding the JSON, on Vietnamese text.
        let scalars = text.unicodeScalars
        var runStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar.value >= 0x7F, TextSanitizer.isUnsafe(scalar) {
                escaped.append(contentsOf: text.utf8[runStart..<index])
                for unit in String(scalar).utf16 { appendEscape(unit, to: &escaped) }
                runStart = next
            }
            index = next
        }
        escaped.append(contentsOf: text.utf8[runStart...])
        return escaped
    }

    /// `\uXXXX`, with capital hexadecimal digits.
    private static func appendEscape(_ unit: UInt16, to output: inout [UInt8]) {
        output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) { output.append(hexDigits[Int(unit >> UInt16(shift)) & 0xF]) }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
