import ArticleModel
import Charsets
import Foundation
import TextKit

/// Reads plain-text articles in the two shapes real corpora use:
///
/// - the Vietnamese wire shape: `(Source) - lede`, then the title line, then one paragraph per line,
///   with short unpunctuated lines as subheadings;
/// - the common shape: a title line, a blank line, then paragraphs separated by blank lines.
///
/// Comment lines `# key = value` (`# doc_id = …`, `# url = …`, `# date = 20210427`, as corpora such as
/// CP_Vietnamese-UNC carry them) are metadata wherever they are, never title or text.
public enum PlainTextReader {
    public static func parse(_ text: String) -> ParsedArticle {
        var lines = trimmedLines(text)
        var metadata: [String: String] = [:]
        lines.removeAll { line in
            guard let (key, value) = commentMetadata(line) else { return false }
            if metadata[key] == nil { metadata[key] = value }
            return true
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        var article = parse(lines: lines)
        if let title = metadata["title"], !title.isEmpty { article.title = title }
        if let source = metadata["source"], !source.isEmpty { article.source = source }
        article.author = metadata["author"]
        article.url = metadata["url"]
        article.date = metadata["date"].flatMap(DateFinder.parseDate)
        return article
    }

    /// `# key = value` → (key lowercased, value): a key of letters, digits, `_` and `-`.
    static func commentMetadata(_ line: String) -> (String, String)? {
        // (The first byte rules out nearly every line before the character comparison.)
        guard line.utf8.first == UInt8(ascii: "#"), line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else {
            return nil
        }
        let key = line[line.index(after: line.startIndex)..<equals].trimmed
        guard !key.isEmpty, key.count <= 40,
              key.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") })
        else { return nil }
        return (key.lowercased(), line[line.index(after: equals)...].trimmed)
    }

    private static func parse(lines: [String]) -> ParsedArticle {
        var lines = lines
        // Photo captions above the title: set aside, so that the title is found, and kept as text.
        var captions: [String] = []
        while let first = lines.first, isCaption(first) {
            captions.append(first)
            lines.removeFirst()
            while lines.first?.isEmpty == true { lines.removeFirst() }
        }

        var source: String?
        var ledeText: String?
        var title: String?
        if let first = lines.first, let (wireSource, lede) = splitWireLede(first) {
            source = wireSource
            ledeText = lede
            lines.removeFirst()
            while lines.first?.isEmpty == true { lines.removeFirst() }
            if let next = lines.first, isTitleLike(next), !isCaption(next) {
                title = next
                lines.removeFirst()
            }
        } else if let first = lines.first, isTitleLike(first), !isCaption(first), lines.count > 1 {
            title = first
            lines.removeFirst()
        }

        var paragraphs = paragraphsOf(lines)
        var blocks: [Block] = []
        if let ledeText {
            blocks.append(Block(.lede, ledeText))
        } else if !paragraphs.isEmpty, title != nil {
            blocks.append(Block(.lede, paragraphs.removeFirst()))
        }
        for (index, paragraph) in paragraphs.enumerated() {
            let next = index + 1 < paragraphs.count ? paragraphs[index + 1] : nil
            blocks.append(Block(isHeading(paragraph, before: next) ? .heading : .paragraph, paragraph))
        }
        let captionAt = blocks.first?.kind == .lede ? 1 : 0
        blocks.insert(contentsOf: captions.map { Block(.paragraph, $0) }, at: captionAt)
        let resolvedTitle = title ?? fallbackTitle(from: blocks)
        var parsed = ParsedArticle(title: resolvedTitle, source: source, blocks: blocks)
        parsed.wireSource = source  // (here only the dateline's; metadata comes after, in `parse`)
        return parsed
    }

    /// The lines of `text`, trimmed. Split on the newline byte of the UTF-8 bytes in place: splitting the
    /// String compares whole characters, which cost more than the rest of parsing together, and the
    /// generic split of its UTF-8 view still took a twentieth of indexing.
    static func trimmedLines(_ text: String) -> [String] {
        let offsets: [Int] = UTF8Bytes.with(text) { bytes in
            var offsets: [Int] = []
            guard let base = bytes.baseAddress else { return offsets }
            // By memchr, many bytes at a time: a byte-by-byte loop was half of cutting the lines.
            var position = 0
            while position < bytes.count, let found = memchr(base + position, 0x0A, bytes.count - position) {
                let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                offsets.append(offset)
                position = offset + 1
            }
            return offsets
        }
        // Each line cut from the text's own UTF-8 view: a copy, where decoding it again validated every byte.
        let utf8 = text.utf8
        var lines: [String] = []
        lines.reserveCapacity(offsets.count + 1)
        var start = utf8.startIndex
        for offset in offsets + [utf8.count] {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(trimmedLine(utf8[start..<end]))
            start = end < utf8.endIndex ? utf8.index(after: end) : end
        }
        return lines
    }

    private static func trimmedLine(_ line: Substring.UTF8View) -> String {
        let text = String(Substring(line))
        // Visible ASCII at both ends: nothing to trim (the common case, checked without decoding).
        guard let first = line.first, let last = line.last, (0x21...0x7E).contains(first),
              (0x21...0x7E).contains(last) else { return text.trimmed }
        return text
    }

    /// `(Tổ Quốc) - Moscow đưa ra ...` → ("Tổ Quốc", "Moscow đưa ra ...").
    static func splitWireLede(_ line: String) -> (String, String)? {
        guard line.hasPrefix("("), let close = line.firstIndex(of: ")") else { return nil }
        let name = line[line.index(after: line.startIndex)..<close].trimmed
        // `(` found among the scalars: `contains` with a string went through Foundation's search.
        guard !name.isEmpty, name.count <= 60, !name.unicodeScalars.contains("(") else { return nil }
        var rest = line[line.index(after: close)...].drop(while: { $0 == " " })
        guard let dash = rest.first, "-–—".contains(dash) else { return nil }
        rest = rest.dropFirst().drop(while: { $0 == " " })
        guard !rest.isEmpty else { return nil }
        return (name, String(rest))
    }

    /// A title is one line of at most 200 characters that does not read like the end of a sentence.
    static func isTitleLike(_ line: String) -> Bool {
        let length = line.characterCount(upTo: 200)
        guard !line.isEmpty, length <= 200 else { return false }
        if length > 120, line.last == "." { return false }
        return true
    }

    /// Groups lines into paragraphs. Blank lines separate paragraphs; inside a group, lines are joined
    /// only when they look hard-wrapped (several lines, all but the last of similar, moderate length),
    /// otherwise each line is a paragraph of its own, as in the wire shape.
    static func paragraphsOf(_ lines: [String]) -> [String] {
        // Groups as ranges of `lines`, not arrays of their own: a copy of every line per group cost more
        // than the grouping.
        var paragraphs: [String] = []
        paragraphs.reserveCapacity(lines.count)
        var start = 0
        func close(_ end: Int) {
            guard start < end else { return }
            let group = lines[start..<end]
            if looksHardWrapped(group) { paragraphs.append(group.joined(separator: " ")) } else { paragraphs += group }
        }
        for (index, line) in lines.enumerated() where line.isEmpty {
            close(index)
            start = index + 1
        }
        close(lines.count)
        return paragraphs
    }

    static func looksHardWrapped(_ group: ArraySlice<String>) -> Bool {
        guard group.count > 1 else { return false }
        return group.dropLast().allSatisfy { (30...100).contains($0.characterCount(upTo: 100)) }
    }

    /// A subheading: a short line that does not end like a sentence, followed by more text.
    static func isHeading(_ paragraph: String, before next: String?) -> Bool {
        // Lengths first: they end at the bound, while the caption check reads the whole line.
        guard let next else { return false }
        let length = paragraph.characterCount(upTo: 100)
        guard length <= 100, next.characterCount(upTo: length) > length, !isCaption(paragraph) else { return false }
        guard (1...14).contains(wordCount(paragraph)), let last = paragraph.last else { return false }
        return !isMark(last, in: ".!?:;,…\"”»)'’]-–—")
    }

    /// `text.split(separator: " ").count`, counted on the bytes where every scalar is its own character
    /// (so a space is always a character of its own), by characters elsewhere.
    static func wordCount(_ text: String) -> Int {
        guard text.isOneScalarPerCharacter else { return text.split(separator: " ").count }
        return UTF8Bytes.with(text) { bytes in
            var words = 0
            var inWord = false
            for byte in bytes {
                if byte == UInt8(ascii: " ") {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            return words
        }
    }

    /// `marks.contains(character)` for marks of one scalar each, without comparing the character with
    /// each of them as characters.
    static func isMark(_ character: Character, in marks: String) -> Bool {
        let scalars = character.unicodeScalars
        return scalars.count == 1 && marks.unicodeScalars.contains(scalars.first!)
    }

    /// A photo caption or credit: "… (Ảnh: Reuters).", "Photo: …", "… Ảnh: TTXVN". Neither a title nor a
    /// subheading.
    static func isCaption(_ line: String) -> Bool {
        guard mayHoldCaptionMark(line) else { return false }
        // Only the line's two ends are lowercased: lowercasing goes character by character, and a
        // paragraph's middle holds no mark.
        let head = line.prefix(16).lowercased()
        if captionMarks.contains(where: head.hasPrefix) { return true }
        // A credit at the end: in parentheses, or after the caption's last sentence.
        // In NFC, as the marks are, for the byte search below (loaded text is NFC already: a quick check).
        let tail = NFC.normalize(line.suffix(48).lowercased())
        for mark in captionMarks {
            guard let found = lastStart(of: mark, in: tail) else { continue }
            let before = tail[..<found].last
            if before == "(" || before == "[" || tail[..<found].hasSuffix(". ")
                || tail[..<found].hasSuffix(" - ") || tail[..<found].hasSuffix(" – ") {
                return true
            }
        }
        return false
    }

    /// Where `mark` last starts in `text`, found on the bytes (both must be NFC): Foundation's backward `range(of:)` bridged each tail to an NSString, and comparing
    /// characters cost as much.
    static func lastStart(of mark: String, in text: String) -> String.Index? {
        let offset: Int? = UTF8Bytes.with(text) { haystack in
            UTF8Bytes.with(mark) { needle in
                guard needle.count <= haystack.count else { return nil }
                var start = haystack.count - needle.count
                while start >= 0 {
                    if memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0 { return start }
                    start -= 1
                }
                return nil
            }
        }
        return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// The marks of a caption or credit (lowercase), at the start of a line or in its tail.
    static let captionMarks = ["ảnh:", "ảnh minh họa", "ảnh minh hoạ", "nguồn ảnh:", "photo:", "photo by", "photos:",
                               "image:", "picture:", "credit:", "photograph:"]

    /// Whether the line could hold a caption mark at all: every mark ends in a colon after two ASCII
    /// letters (`captionColonEndings`), or has `nh minh h` (`ảnh minh họa`) or `photo`, which lowercasing
    /// and canonical equivalence leave as they are. Most lines have none, and are told so from their
    /// bytes in one pass: lowercasing every paragraph and searching it through Foundation eleven times
    /// cost two fifths of indexing real text (and `cho biết:` is too common for a colon alone to tell).
    static func mayHoldCaptionMark(_ line: String) -> Bool {
        UTF8Bytes.with(line) { bytes in
            for position in bytes.indices {
                switch bytes[position] | 0x20 {
                case UInt8(ascii: ":"):
                    guard position >= 2 else { continue }
                    let ending = (bytes[position - 2] | 0x20, bytes[position - 1] | 0x20)
                    if captionColonEndings.contains(where: { $0 == ending }) { return true }
                case UInt8(ascii: "n"):
                    if hasASCIICaseInsensitive(bytes, "nh minh h", at: position) { return true }
                case UInt8(ascii: "p"):
                    if hasASCIICaseInsensitive(bytes, "photo", at: position) { return true }
                default:
                    continue
                }
            }
            return false
        }
    }

    /// The two letters before the colon of the marks that have one: `ảnh:`, `nguồn ảnh:`,
    /// `photograph:`, `photo:`, `photos:`, `image:`, `picture:`, `credit:`.
    static let captionColonEndings: [(UInt8, UInt8)] = ["nh", "ph", "to", "os", "ge", "re", "it"].map { pair in
        let bytes = Array(pair.utf8)
        return (bytes[0], bytes[1])
    }

    /// Whether `bytes` hold the lowercase ASCII `word`, in any case, at `start`.
    private static func hasASCIICaseInsensitive(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString,
                                                at start: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - start >= count else { return false }
        let pattern = word.utf8Start
        for offset in 0..<count where bytes[start + offset] | 0x20 != pattern[offset] { return false }
        return true
    }

    /// A short line that does not end like a sentence and is no caption: a title written as the first
    /// line of the text.
    static func readsAsTitleLine(_ text: String) -> Bool {
        guard let last = text.last, text.characterCount(upTo: 150) <= 150 else { return false }
        return !isMark(last, in: ".!?:;,…") && !isCaption(text)
    }

    static func fallbackTitle(from blocks: [Block]) -> String {
        guard let first = blocks.first(where: { !isCaption($0.text) })?.text ?? blocks.first?.text else { return "" }
        // The first sentence: cut at a full stop followed by a space, not inside "1.000" or "TP.HCM".
        // Found on the bytes: walking the paragraph by characters cost a hundredth of indexing.
        let end: Int = UTF8Bytes.with(first) { bytes in
            for index in bytes.indices where bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "!")
                || bytes[index] == UInt8(ascii: "?") {
                if index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: " ") { return index }
            }
            return bytes.count
        }
        let sentence = String(Substring(first.utf8.prefix(end)))
        return sentence.characterCount(upTo: 100) <= 100 ? sentence : String(sentence.prefix(99)) + "…"
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (tabs, spaces, no-break spaces).
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !first.properties.isWhitespace, !last.properties.isWhitespace { return String(self) }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}

extension String {
    /// `count` when it is at most `limit`, and `limit + 1` otherwise: every caller compares a line's
    /// length with a bound, and counting stops there. Without grapheme breaking when every scalar is its
    /// own character (`simpleScalarCount`). Counting whole lines took a twentieth of indexing.
    func characterCount(upTo limit: Int) -> Int {
        let scalars = simpleScalarCount(upTo: limit)
        if let scalars { return min(scalars, limit + 1) }
        var count = 0
        for _ in self {
            count += 1
            if count > limit { break }
        }
        return count
    }

    /// Whether every scalar is a character of its own (see `characterCount(upTo:)`).
    var isOneScalarPerCharacter: Bool { simpleScalarCount(upTo: Int.max - 1) != nil }

    /// How many scalars up to `limit + 1`, or nil when one of them may join another into one character:
    /// the scalars that are always characters of their own are ASCII (but CR) and the rest of Latin below
    /// the combining marks, precomposed Vietnamese, and dashes, quotes and ellipses.
    private func simpleScalarCount(upTo limit: Int) -> Int? {
        UTF8Bytes.with(self) { bytes -> Int? in
            var scalars = 0
            var position = 0
            while position < bytes.count, scalars <= limit {
                let lead = bytes[position]
                if lead < 0x80 {
                    guard lead != 0x0D else { return nil }
                    position += 1
                } else {
                    let (value, length) = UTF8Scalar.decode(bytes, at: position, lead: lead)
                    guard value < 0x300 || (0x1E00..<0x1F00).contains(value) || (0x2010..<0x2028).contains(value)
                    else { return nil }
                    position += length
                }
                scalars += 1
            }
            return scalars
        }
    }
}
