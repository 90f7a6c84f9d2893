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
            guard let converted = convert(Array(bytes), from: name) else { return nil }
            text = converted
        }
        return text.precomposedStringWithCanonicalMapping
    }

    private static func convert(_ input: [UInt8], from name: String) -> String? {
        let descriptor = iconv_open("UTF-8", name)
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 2)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = input
        input.withUnsafeMutableBufferPointer { source in
            chunk.withUnsafeMutableBufferPointer { target in
                let outStart = UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = source.count
                var done = false
                while !done {
                    var outPointer: UnsafeMutablePointer<CChar>? = outStart
                    var outLeft = target.count
                    let result: Int
                    if inLeft > 0 {
                        result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    } else {
                        // A last call without input flushes any shift state; without it the last character
                        // can be lost.
                        result = iconv(descriptor, nil, nil, &outPointer, &outLeft)
                        done = result != -1 || errno != E2BIG
                    }
                    let failure = result == -1 ? errno : 0
                    output.append(contentsOf: target[0..<(target.count - outLeft)])
                    if inLeft > 0, failure == EILSEQ || failure == EINVAL {
                        // An invalid or truncated sequence: one replacement character, then go on after it.
                        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        inPointer = inPointer.map { $0 + 1 }
                        inLeft -= 1
                    } else if inLeft > 0, failure != 0, failure != E2BIG {
                        inLeft = 0  // an error iconv does not document: keep what was decoded
                    }
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
