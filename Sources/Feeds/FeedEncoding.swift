import Charsets

/// Decides the charset of a feed from its first bytes: a byte-order mark, then the HTTP `charset`, then the
/// XML declaration's `encoding`, else UTF-8.
enum FeedEncoding {
    /// The charset and the number of leading bytes (a BOM) to skip.
    static func detect(_ head: [UInt8], httpCharset: String?) -> (charset: String, skip: Int) {
        if let mark = CharsetDecoder.byteOrderMark(head) { return (mark.charset, mark.length) }
        if head.starts(with: [0x3C, 0x00, 0x3F, 0x00]) { return ("UTF-16LE", 0) }
        if head.starts(with: [0x00, 0x3C, 0x00, 0x3F]) { return ("UTF-16BE", 0) }
        if let httpCharset, CharsetDecoder.isKnown(httpCharset) { return (httpCharset, 0) }
        if let declared = declaredEncoding(head), CharsetDecoder.isKnown(declared) { return (declared, 0) }
        return ("UTF-8", 0)
    }

    /// The `encoding` of an XML declaration at the start of `head` (leading white space allowed).
    static func declaredEncoding(_ head: [UInt8]) -> String? {
        let text = String(decoding: head.prefix(512), as: UTF8.self)
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("<?xml"), let end = trimmed.range(of: "?>") else { return nil }
        let declaration = trimmed[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.isEmpty ? nil : String(value)
    }
}
