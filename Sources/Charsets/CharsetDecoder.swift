import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decodes text in the charsets feeds, pages and old files declare: everything glibc's iconv knows,
/// including the legacy Vietnamese windows-1258, VISCII and TCVN3, with the result normalised to NFC
/// (iconv's windows-1258 output is decomposed).
public enum CharsetDecoder {
    /// The charset a byte-order mark announces, and the mark's length in bytes.
    public static func byteOrderMark(_ bytes: some Collection<UInt8>) -> (charset: String, length: Int)? {
        let head = Array(bytes.prefix(3))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if head.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if head.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    /// The name iconv knows for a declared charset label, following browsers where they differ from the
    /// label's letter: pages labelled ISO-8859-1 or ASCII are in practice windows-1252.
    public static func canonicalName(_ label: String) -> String {
        let name = label.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'")).uppercased()
        switch name {
        case "", "UTF8", "UNICODE-1-1-UTF-8": return "UTF-8"
        case "ISO-8859-1", "ISO8859-1", "LATIN1", "L1", "US-ASCII", "ASCII", "CP819", "ISO_8859-1": return "WINDOWS-1252"
        case "CP1258", "X-CP1258": return "WINDOWS-1258"
        case "TCVN3", "TCVN", "TCVN-5712", "X-VIET-TCVN", "TCVN5712-1": return "TCVN5712-1"
        case "X-VIET-VISCII": return "VISCII"
        default: return name
        }
    }

    /// True when iconv can decode `label`.
    public static func isKnown(_ label: String) -> Bool {
        let name = canonicalName(label)
        if name == "UTF-8" { return true }
        let descriptor = iconv_open("UTF-8", name)
        guard descriptor != iconv_t(bitPattern: -1) else { return false }
        iconv_close(descriptor)
        return true
    }

    /// Decodes `bytes` written in `charset`; bytes that are invalid there become U+FFFD. Nil when iconv
    /// does not know the charset.
    public static func decode(_ bytes: some Collection<UInt8>, charset: String) -> String? {
        let name = canonicalName(charset)
        let text: String
        if name == "UTF-8" {
            text = String(decoding: Array(bytes), as: UTF8.self)
        } else {
            guard let stream = CharsetStream(charset: name) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count * 2)
            stream.decode(bytes, final: true, into: &output)
            text = String(decoding: output, as: UTF8.self)
        }
        return text.precomposedStringWithCanonicalMapping
    }
}
