import Foundation

/// Text laid out by display width: sanitising, splitting into terminal graphemes, wrapping and
/// truncating. Widths are always columns (never character counts), and a grapheme is never split.
public enum TextLayout {
    /// The glyphs of `text` once sanitised and normalised to NFC, each with the scalar offset (in the NFC
    /// text) of the character it came from. Text that is already NFC keeps its offsets.
    public static func glyphs(of text: String) -> [Glyph] {
        let source = Normalization.nfc(text)
        var result: [Glyph] = []
        result.reserveCapacity(source.utf8.count)
        var offset = 0
        for character in source {
            let scalars = character.unicodeScalars
            if scalars.contains(where: { TextSanitizer.isUnsafe($0.value) }) {
                // A control may be a cluster of its own ("\r\n"): each safe replacement keeps the offset.
                for safe in TextSanitizer.sanitize(String(character)) {
                    for grapheme in TerminalGrapheme.split(safe) { result.append(Glyph(grapheme, sourceOffset: offset)) }
                }
            } else if let single = TerminalGrapheme.single(character) {
                result.append(Glyph(single, sourceOffset: offset))
            } else {
                for grapheme in TerminalGrapheme.split(character) { result.append(Glyph(grapheme, sourceOffset: offset)) }
            }
            offset += scalars.count
        }
        return result
    }

    /// Wraps glyphs into lines of at most `width` columns: at spaces, and between any two wide (CJK)
    /// characters except before closing or after opening punctuation; a word longer than the line is
    /// cut between graphemes. Spaces at the edges of wrapped lines are dropped. Returns ranges of
    /// indices into `glyphs`; empty text gives no lines.
    public static func wrap(_ glyphs: [Glyph], width: Int) -> [Range<Int>] {
        guard width > 0, !glyphs.isEmpty else { return [] }
        var lines: [Range<Int>] = []
        var start = 0, used = 0
        var lastBreak: Int?  // index where the current line could end and the next begin
        var index = 0
        while index < glyphs.count {
            let glyph = glyphs[index]
            if index > start, canBreak(before: index, in: glyphs) { lastBreak = index }
            if used + glyph.width > width, index > start {
                let end: Int
                if glyph.isSpace {
                    end = index
                } else if let breakAt = lastBreak, breakAt > start {
                    end = breakAt
                } else {
                    end = index
                }
                lines.append(start..<trimmedEnd(glyphs, start, end))
                start = end
                while start < glyphs.count, glyphs[start].isSpace { start += 1 }
                used = 0
                lastBreak = nil
                index = start
                continue
            }
            used += glyph.width
            index += 1
        }
        if start < glyphs.count || lines.isEmpty {
            let end = trimmedEnd(glyphs, start, glyphs.count)
            if end > start || lines.isEmpty { lines.append(start..<end) }
        }
        return lines
    }

    /// Wraps `text` to `width` columns, returning the lines as sanitised text.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let all = glyphs(of: text)
        return wrap(all, width: width).map { range in string(all[range]) }
    }

    /// `text` cut to at most `width` columns, ending in `…` when something was cut. Sanitised.
    public static func truncate(_ text: String, width: Int) -> String {
        string(truncate(glyphs(of: text), width: width))
    }

    /// Glyphs cut to at most `width` columns, the last one replaced by `…` when something was cut.
    public static func truncate<C: Collection>(_ glyphs: C, width: Int) -> [Glyph] where C.Element == Glyph {
        guard width > 0 else { return [] }
        let total = glyphs.reduce(0) { $0 + $1.width }
        if total <= width { return Array(glyphs) }
        var result: [Glyph] = []
        var used = 0
        for glyph in glyphs {
            if used + glyph.width > width - 1 { break }
            result.append(glyph)
            used += glyph.width
        }
        while let last = result.last, last.isSpace { result.removeLast() }
        result.append(Glyph(ellipsis, sourceOffset: result.last?.sourceOffset ?? 0))
        return result
    }

    public static let ellipsis = TerminalGrapheme(text: "…", width: 1)

    public static func string<C: Collection>(_ glyphs: C) -> String where C.Element == Glyph {
        var text = ""
        for glyph in glyphs { text += glyph.grapheme.text }
        return text
    }

    public static func width<C: Collection>(_ glyphs: C) -> Int where C.Element == Glyph {
        glyphs.reduce(0) { $0 + $1.width }
    }

    static func trimmedEnd(_ glyphs: [Glyph], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, glyphs[end - 1].isSpace { end -= 1 }
        return end
    }

    /// A line may begin at `index` after a space, or next to a wide character (Chinese and Japanese text
    /// has no spaces), but not before closing punctuation nor after opening punctuation (kinsoku). Korean
    /// puts spaces between words: it wraps at them, like Latin text, never inside a word.
    static func canBreak(before index: Int, in glyphs: [Glyph]) -> Bool {
        let previous = glyphs[index - 1], current = glyphs[index]
        if current.isSpace { return false }
        if previous.isSpace { return true }
        guard previous.width == 2 || current.width == 2, !isHangul(previous), !isHangul(current) else { return false }
        // A straight quote after a space opens a quotation (keep it with what follows); one after
        // anything else closes it (keep it with what precedes).
        if isStraightQuote(current) { return false }
        if isStraightQuote(previous), index < 2 || glyphs[index - 2].isSpace { return false }
        return !noLineStart.contains(current.grapheme.text) && !noLineEnd.contains(previous.grapheme.text)
    }

    /// Hangul syllables and jamo.
    static func isHangul(_ glyph: Glyph) -> Bool {
        guard let value = glyph.grapheme.text.unicodeScalars.first?.value else { return false }
        switch value {
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7AF, 0xD7B0...0xD7FF: return true
        default: return false
        }
    }

    static func isStraightQuote(_ glyph: Glyph) -> Bool { glyph.grapheme.text == "\"" || glyph.grapheme.text == "'" }

    static let noLineStart: Set<String> = ["。", "、", "，", "．", "：", "；", "！", "？", "」", "』", "）", "】", "〉", "》", "ー", "ッ", "っ", "ゃ", "ゅ", "ょ", ",", ".", ":", ";", "!", "?", ")", "”", "’"]
    static let noLineEnd: Set<String> = ["「", "『", "（", "【", "〈", "《", "(", "“", "‘"]
}
