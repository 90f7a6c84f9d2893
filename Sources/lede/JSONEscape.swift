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
        var escaped: [UInt8] = []
        escaped.reserveCapacity(json.count)
        for scalar in String(decoding: json, as: UTF8.self).unicodeScalars {
            guard scalar.value >= 0x7F, TextSanitizer.isUnsafe(scalar) else {
                escaped.append(contentsOf: String(scalar).utf8)
                continue
            }
            for unit in String(scalar).utf16 { escaped.append(contentsOf: String(format: "\\u%04X", unit).utf8) }
        }
        return escaped
    }
}
