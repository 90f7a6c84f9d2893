import Foundation

/// File and folder names made from untrusted titles: letters and digits of any script, joined by
/// single dashes; never empty, never `.`/`..`, never starting with a dot or a dash, no control
/// characters or separators, and at most so many UTF-8 bytes.
enum SafeName {
    /// A slug of `text`, or `fallback` when nothing usable is left.
    static func slug(_ text: String?, maxBytes: Int, fallback: String) -> String {
        slug(ofFolded: fold(text ?? ""), maxBytes: maxBytes, fallback: fallback)
    }

    /// The slug of text already folded.
    static func slug(ofFolded folded: String, maxBytes: Int, fallback: String) -> String {
        if let ascii = asciiSlug(folded, maxBytes: maxBytes) { return ascii.isEmpty ? fallback : ascii }
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

    /// The slug of ASCII text, byte by byte (what `slug` gives it, without walking characters); nil when
    /// the text is not ASCII.
    private static func asciiSlug(_ text: String, maxBytes: Int) -> String? {
        let bytes = text.utf8
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(min(bytes.count, maxBytes))
        var pendingDash = false
        for byte in bytes {
            let keep = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            guard keep else {
                pendingDash = !result.isEmpty
                continue
            }
            let size = pendingDash ? 2 : 1
            if result.count + size > maxBytes { break }
            if pendingDash { result.append(UInt8(ascii: "-")) }
            result.append(byte)
            pendingDash = false
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Lower case, no diacritics (`đ` is `d`), narrow forms, NFC. ASCII needs only the lower case, and
    /// skips Foundation's folding (a slug is made for every item stored); other characters are folded one
    /// by one through a cache, as titles in one language keep using the same few hundred.
    private static func fold(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text.lowercased() }
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        foldCache.withLock { cache in
            for character in text {
                if character == "\r\n" {
                    folded += "\r\n"  // whose `asciiValue` is that of "\n"
                } else if let ascii = character.asciiValue {
                    let upper = ascii >= 0x41 && ascii <= 0x5A
                    folded.unicodeScalars.append(Unicode.Scalar(upper ? ascii | 0x20 : ascii))
                } else if let known = cache[character] {
                    folded += known
                } else {
                    let one = foldByFoundation(String(character))
                    // Bounded: a hostile feed could make every character different.
                    if cache.count < 50_000 { cache[character] = one }
                    folded += one
                }
            }
        }
        guard folded.utf8.contains(where: { $0 >= 0x80 }) else { return folded }
        return folded.precomposedStringWithCanonicalMapping
    }

    /// Foundation's folding of `text`: what `fold` gives each scalar (and, tests check, whole titles).
    static func foldByFoundation(_ text: String) -> String {
        var plain = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            plain.append(scalar == "đ" ? "d" : scalar == "Đ" ? "D" : scalar)
        }
        return String(plain)
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .precomposedStringWithCanonicalMapping
    }

    /// Each non-ASCII character met so far, folded.
    private static let foldCache = FoldCache()

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

/// A table shared by every thread that makes slugs, behind a lock.
final class FoldCache: @unchecked Sendable {
    private let lock = NSLock()
    private var table: [Character: String] = [:]

    func withLock<T>(_ body: (inout [Character: String]) -> T) -> T {
        lock.withLock { body(&table) }
    }
}
