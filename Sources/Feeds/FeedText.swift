import Foundation
import HTMLText

/// Turns the strings feeds carry into what a reader sees: HTML into text with paragraphs, titles into one
/// line, links resolved, all normalised to NFC (feeds decoded from windows-1258 arrive decomposed).
enum FeedText {
    /// HTML content as text with its structure kept, links as footnotes.
    static func render(html: String, base: URL?) -> String {
        // Most descriptions in the wild are a few paragraphs of text: skip the HTML parser when there is no
        // markup and no reference at all.
        if !html.utf8.contains(UInt8(ascii: "<")), !html.utf8.contains(UInt8(ascii: "&")) {
            return paragraphs(html)
        }
        return nfc(HTMLTextRenderer(linkFootnotes: true, baseURL: base).render(html: html))
    }

    /// Plain text with its blank-line paragraphs kept and every other run of white space made one space.
    static func paragraphs(_ text: String) -> String {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        var paragraphs: [String] = []
        var current: [String] = []
        for line in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if words.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(words)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return nfc(paragraphs.joined(separator: "\n\n"))
    }

    /// Plain text as HTML: escaped, one `<p>` per paragraph.
    static func html(fromText text: String) -> String {
        paragraphs(text).components(separatedBy: "\n\n").map { "<p>\(MarkupWriter.escaped($0))</p>" }.joined()
    }

    /// A title: HTML titles rendered as text; all on one line.
    static func title(_ value: String, kind: ContentKind) -> String? {
        switch kind {
        case .text: return nonEmpty(line(value))
        case .html, .xhtml:
            return nonEmpty(line(HTMLTextRenderer(linkFootnotes: false).render(html: value)))
        }
    }

    /// The text on one line: runs of white space made one space, trimmed, NFC.
    static func line(_ value: String) -> String {
        nfc(value.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" }).joined(separator: " "))
    }

    /// RSS's `author` is an e-mail address, often with the name in parentheses: the name when there is one.
    static func author(_ value: String) -> String? {
        let value = line(value)
        if let open = value.firstIndex(of: "("), value.hasSuffix(")"), value[..<open].contains("@") {
            let name = value[value.index(after: open)..<value.index(before: value.endIndex)]
            if let name = nonEmpty(String(name)) { return name.trimmingCharacters(in: .whitespaces) }
        }
        return nonEmpty(value)
    }

    /// `url` made absolute against `base` where it can be.
    static func resolve(_ url: String, base: URL?) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        guard let resolved = URL(string: trimmed, relativeTo: base)?.absoluteURL else { return trimmed }
        return resolved.absoluteString
    }

    static func nonEmpty(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : nfc(trimmed)
    }

    static func isBlank(_ value: String) -> Bool {
        value.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
    }

    /// NFC, skipping Foundation's normaliser for the common case of ASCII.
    static func nfc(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? text : text.precomposedStringWithCanonicalMapping
    }
}
