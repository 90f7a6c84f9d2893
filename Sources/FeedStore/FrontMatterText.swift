import Foundation

/// YAML front matter written so that no value can break it: every string is double-quoted with
/// backslash escapes, and control characters are escaped rather than written.
enum FrontMatterText {
    /// `---`, one `key: value` line per field with a value, `---`.
    static func block(_ fields: [(key: String, value: FrontMatterValue?)]) -> String {
        var text = "---\n"
        for (key, value) in fields {
            guard let value else { continue }
            text += key + ": " + value.yaml + "\n"
        }
        return text + "---\n"
    }

    /// A YAML double-quoted scalar: `"` and `\` escaped, line breaks and other controls as escapes.
    static func quoted(_ text: String) -> String {
        needsEscapes(text) ? quotedScalarByScalar(text) : "\"" + text + "\""
    }

    /// `quoted` the long way, looking at every scalar.
    static func quotedScalarByScalar(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{2028}", "\u{2029}", "\u{85}", "\u{FEFF}":
                result += String(format: "\\u%04X", scalar.value)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    result += String(format: "\\x%02X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Whether `text` holds anything `quoted` escapes, judged on its UTF-8 bytes (nearly every title
    /// and address holds nothing of the kind, and is then quoted without walking its scalars).
    static func needsEscapes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return true }
                guard byte >= 0xC2, index + 1 < bytes.count else { continue }
                let next = bytes[index + 1]
                // U+0080...U+009F (C2 80...C2 9F), U+2028 and U+2029 (E2 80 A8/A9), U+FEFF (EF BB BF).
                if byte == 0xC2, next <= 0x9F { return true }
                let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                if byte == 0xE2, next == 0x80, third == 0xA8 || third == 0xA9 { return true }
                if byte == 0xEF, next == 0xBB, third == 0xBF { return true }
            }
            return false
        }
    }
}

/// One value of the front matter.
enum FrontMatterValue {
    case text(String)
    case date(Date)
    /// A flow sequence of quoted strings: `["a", "b"]`.
    case strings([String])

    var yaml: String {
        switch self {
        case .text(let text): FrontMatterText.quoted(text)
        // Plain `2024-05-01T08:30:00Z`, which YAML reads as a timestamp.
        case .date(let date): date.formatted(.iso8601)
        case .strings(let items): "[" + items.map(FrontMatterText.quoted).joined(separator: ", ") + "]"
        }
    }

    /// A text value, or nothing when the text is missing or blank.
    static func text(_ text: String?) -> FrontMatterValue? {
        guard let text = text?.trimmed, !text.isEmpty else { return nil }
        return .text(text)
    }

    /// A list of the non-blank texts, or nothing when none is left.
    static func list(_ texts: [String]) -> FrontMatterValue? {
        let kept = texts.map(\.trimmed).filter { !$0.isEmpty }
        return kept.isEmpty ? nil : .strings(kept)
    }
}
