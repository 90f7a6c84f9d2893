import Charsets
import Foundation

/// Finds the charset of a web page the way browsers do, in order: a byte-order mark, the HTTP
/// `Content-Type` header, a `<meta charset>` or `http-equiv` declaration near the top, then UTF-8 when
/// the bytes are valid UTF-8 and windows-1252 when they are not.
enum PageCharset {
    /// How far into the page a `<meta>` declaration is looked for (the HTML standard says 1024 bytes;
    /// saved pages often have long heads, so lede looks further).
    static let prescanLength = 16 * 1024

    static func detect(_ bytes: [UInt8], contentType: String?) -> String {
        if let mark = CharsetDecoder.byteOrderMark(bytes) { return mark.charset }
        if let header = contentType.flatMap(charset(inContentType:)), CharsetDecoder.isKnown(header) {
            return usable(header)
        }
        if let declared = declaredInMeta(bytes), CharsetDecoder.isKnown(declared) { return usable(declared) }
        return String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : "WINDOWS-1252"
    }

    /// Decodes the page's bytes in its charset, without the byte-order mark.
    static func decode(_ bytes: [UInt8], contentType: String?) -> String {
        let charset = detect(bytes, contentType: contentType)
        let skip = CharsetDecoder.byteOrderMark(bytes)?.length ?? 0
        return CharsetDecoder.decode(bytes.dropFirst(skip), charset: charset)
            ?? String(decoding: bytes.dropFirst(skip), as: UTF8.self)
    }

    /// A page declaring UTF-16 in ASCII-compatible bytes cannot be UTF-16: browsers read it as UTF-8.
    private static func usable(_ label: String) -> String {
        CharsetDecoder.canonicalName(label).hasPrefix("UTF-16") ? "UTF-8" : label
    }

    /// The `charset=` parameter of a `Content-Type` value.
    static func charset(inContentType value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2,
                  pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let label = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            return label.isEmpty ? nil : label
        }
        return nil
    }

    /// The charset of the first `<meta charset=...>` or `<meta http-equiv="Content-Type" content="...">`
    /// in the page's head, read from the raw bytes (every charset lede knows is ASCII-compatible there).
    static func declaredInMeta(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(prescanLength), as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let open = head.range(of: "<meta", range: searchStart..<head.endIndex) {
            let close = head[open.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[open.upperBound..<close]
            searchStart = close
            if let value = attribute("charset", in: tag) { return value }
            if attribute("http-equiv", in: tag) == "content-type", let content = attribute("content", in: tag),
               let value = charset(inContentType: content) {
                return value
            }
        }
        return nil
    }

    /// The value of `name=` inside one lowercased tag's text, quoted or not.
    private static func attribute(_ name: String, in tag: Substring) -> String? {
        var rest = tag[...]
        while let found = rest.range(of: name) {
            let before = found.lowerBound == tag.startIndex ? " " : tag[tag.index(before: found.lowerBound)]
            var after = rest[found.upperBound...].drop { $0 == " " }
            rest = rest[found.upperBound...]
            guard before == " " || before == "\t" || before == "\n" || before == "\"" || before == "'",
                  after.first == "=" else { continue }
            after = after.dropFirst().drop { $0 == " " }
            if let quote = after.first, quote == "\"" || quote == "'" {
                return String(after.dropFirst().prefix { $0 != quote })
            }
            return String(after.prefix { !" >/;\"'".contains($0) })
        }
        return nil
    }
}
