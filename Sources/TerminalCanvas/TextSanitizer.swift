/// The one place where untrusted text (anything that came from an article file) is made safe to show.
/// Every output path goes through it: the screen grid, standard output, standard error, window titles.
///
/// - C0 controls and DEL are shown as their Unicode control pictures (ESC becomes `␛`), so that an
///   escape sequence is visible as text and never interpreted by the terminal;
/// - C1 controls (U+0080 to U+009F, which some terminals read as CSI and OSC) become U+FFFD;
/// - bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) are removed:
///   they would reorder what follows them on the line, including lede's own columns;
/// - tabs and line or paragraph separators become a space, since the caller decides where lines break;
/// - the private-use characters U+10FE80 to U+10FEFF, which stand for the bytes of a file name that is
///   not UTF-8 (see `FileName` in RegularFiles), become U+FFFD.
public enum TextSanitizer {
    public static func sanitize(_ text: String) -> String {
        guard needsWork(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            appendSafe(scalar, to: &scalars)
        }
        return String(scalars)
    }

    /// The same, keeping line feeds: for multi-line output that lede itself laid out.
    public static func sanitizeKeepingNewlines(_ text: String) -> String {
        // Most output needs nothing: checked on the bytes first. (Cutting it into lines by characters
        // cost an eighth of `lede analyze`, and kept a CRLF whole, so its line feed became a picture.)
        guard needsWork(text, newlinesSafe: true) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" { scalars.append(scalar) } else { appendSafe(scalar, to: &scalars) }
        }
        return String(scalars)
    }

    /// Whether `sanitize` changes or drops this character.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { isUnsafe(scalar.value) }

    @inline(__always)
    static func isUnsafe(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x2028 || value == 0x2029
            || (0x10FE80...0x10FEFF).contains(value)
    }

    static func needsWork(_ text: String, newlinesSafe: Bool = false) -> Bool {
        // Fast path: the common article needs nothing. UTF-8 bytes below 0x20 are C0 controls; C1 and
        // the bidi controls are multi-byte, so any non-ASCII text takes the scalar check.
        for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte >= 0xC2 {
            if byte == 0x0A, newlinesSafe { continue }
            if byte < 0x20 || byte == 0x7F { return true }
            return text.unicodeScalars.contains { isUnsafe($0.value) && !(newlinesSafe && $0 == "\n") }
        }
        return false
    }

    static func appendSafe(_ scalar: Unicode.Scalar, to output: inout String.UnicodeScalarView) {
        let value = scalar.value
        guard isUnsafe(value) else {
            output.append(scalar)
            return
        }
        switch value {
        case 0x09, 0x2028, 0x2029:
            output.append(" ")
        case 0x00..<0x20:
            output.append(Unicode.Scalar(0x2400 + value)!)
        case 0x7F:
            output.append("\u{2421}")
        case 0x80...0x9F, 0x10FE80...0x10FEFF:
            output.append("\u{FFFD}")
        default:
            break  // bidi controls: dropped
        }
    }
}
