/// Writes man(7) roff: the few requests the manual page uses, with text escaped so that no word of it
/// is taken as a request or an escape.
struct Roff {
    private(set) var text = ""

    mutating func line(_ request: String) {
        text += Self.ascii(request) + "\n"
    }

    /// A line of running text; a leading `.` or `'` would start a request, so it is guarded.
    mutating func text(_ words: String) {
        for line in words.split(separator: "\n", omittingEmptySubsequences: false) {
            let escaped = String(line)
            text += (escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" : "") + Self.ascii(escaped) + "\n"
        }
    }

    mutating func section(_ title: String) { line(".SH \(title)") }
    mutating func paragraph(_ words: String) { line(".PP"); text(words) }
    mutating func br() { line(".br") }

    mutating func definitions(_ items: [(String, String)]) {
        for (term, words) in items {
            line(".TP")
            line(".B \(term)")
            text(words)
        }
    }

    mutating func example(_ words: String, _ command: String) {
        paragraph(words)
        line(".RS")
        line(".B \(command)")
        line(".RE")
    }

    /// Writes every non-ASCII character as a roff Unicode escape (`↓` as `\[u2193]`): groff reads its input
    /// as Latin-1 unless a preprocessor converts it, and mandoc and groff both know the escape.
    static func ascii(_ words: String) -> String {
        guard !words.unicodeScalars.allSatisfy(\.isASCII) else { return words }
        var result = ""
        for scalar in words.unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            }
        }
        return result
    }

    /// Escapes text for roff: backslashes, and hyphens that must print as hyphens in options.
    static func escape(_ words: String) -> String {
        words.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
    }
}
