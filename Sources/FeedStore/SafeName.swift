import Foundation

/// File and folder names made from untrusted titles: letters and digits of any script, joined by
/// single dashes; never empty, never `.`/`..`, never starting with a dot or a dash, no control
/// characters or separators, and at most so many UTF-8 bytes.
enum SafeName {
    /// A slug of `text`, or `fallback` when nothing usable is left.
    static func slug(_ text: String?, maxBytes: Int, fallback: String) -> String {
        let folded = fold(text ?? "")
        var result = ""
        var bytes = 0
        var pendingDash = false
        for character in folded {
            let keep = character.unicodeScalars.allSatisfy(isLetterOrDigit)
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

    /// Lower case, no diacritics (`đ` is `d`), narrow forms, NFC. ASCII needs only the lower case, and
    /// skips Foundation's folding (a slug is made for every item stored).
    private static func fold(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text.lowercased() }
        var plain = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            plain.append(scalar == "đ" ? "d" : scalar == "Đ" ? "D" : scalar)
        }
        return String(plain)
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .precomposedStringWithCanonicalMapping
    }

    /// Letters, marks and digits of any script (what `CharacterSet.alphanumerics` holds, without its
    /// cost per call); never a control or format character.
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }
}
