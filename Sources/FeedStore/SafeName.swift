import Foundation

/// File and folder names made from untrusted titles: letters and digits of any script, joined by
/// single dashes; never empty, never `.`/`..`, never starting with a dot or a dash, no control
/// characters or separators, and at most so many UTF-8 bytes.
enum SafeName {
    /// A slug of `text`, or `fallback` when nothing usable is left.
    static func slug(_ text: String?, maxBytes: Int, fallback: String) -> String {
        let folded = (text ?? "")
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .precomposedStringWithCanonicalMapping
        var result = ""
        var bytes = 0
        var pendingDash = false
        for character in folded {
            let keep = character.unicodeScalars.allSatisfy {
                CharacterSet.alphanumerics.contains($0) && !CharacterSet.controlCharacters.contains($0)
            }
            guard keep else {
                pendingDash = !result.isEmpty
                continue
            }
            let piece = (pendingDash ? "-" : "") + String(character)
            let size = piece.utf8.count
            if bytes + size > maxBytes { break }
            result += piece
            bytes += size
            pendingDash = false
        }
        return result.isEmpty ? fallback : result
    }
}
