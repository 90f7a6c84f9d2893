import TerminalCanvas
import Testing

@Suite struct TextSanitizerTests {
    @Test func plainTextPassesUnchanged() {
        for text in ["Nga đóng cửa phái bộ tại NATO", "東京で会議", "👨‍👩‍👧 family", ""] {
            #expect(TextSanitizer.sanitize(text) == text)
        }
    }

    @Test func escapeSequencesBecomeVisible() {
        #expect(TextSanitizer.sanitize("\u{1B}]0;pwned\u{07}title") == "␛]0;pwned␇title")
        #expect(TextSanitizer.sanitize("\u{1B}[31mred") == "␛[31mred")
    }

    @Test func carriageReturnBackspaceAndDeleteCannotOverwrite() {
        #expect(TextSanitizer.sanitize("A\rB") == "A␍B")
        #expect(TextSanitizer.sanitize("A\u{08}B\u{7F}") == "A␈B␡")
    }

    @Test func c1ControlsAreReplaced() {
        #expect(TextSanitizer.sanitize("a\u{9B}31mb\u{85}c") == "a\u{FFFD}31mb\u{FFFD}c")
    }

    @Test func bidiControlsAreRemoved() {
        let hostile = "abc\u{202E}fed\u{202C} \u{2066}x\u{2069}\u{202A}\u{202B}\u{202D}\u{2067}\u{2068}"
        #expect(TextSanitizer.sanitize(hostile) == "abcfed x")
    }

    @Test func tabsAndSeparatorsBecomeSpaces() {
        #expect(TextSanitizer.sanitize("a\tb\u{2028}c\u{2029}d") == "a b c d")
    }

    @Test func newlinesKeptOnlyWhenAsked() {
        #expect(TextSanitizer.sanitize("a\nb") == "a␊b")
        #expect(TextSanitizer.sanitizeKeepingNewlines("a\n\u{1B}b") == "a\n␛b")
    }

    /// Clean lines come back as they are; on any line a bidi override is still dropped and a control (a
    /// carriage return too, even before a line feed) still shown as its picture, with the line feeds kept.
    @Test func keepingNewlinesStillCleansEveryLine() {
        let clean = "Đà Nẵng\n\n東京 😀 “quoted”\n"
        #expect(TextSanitizer.sanitizeKeepingNewlines(clean) == clean)
        #expect(TextSanitizer.sanitizeKeepingNewlines("Hà Nội\nabc\u{202E}def\n") == "Hà Nội\nabcdef\n")
        #expect(TextSanitizer.sanitizeKeepingNewlines("one\r\ntwo\u{85}") == "one␍\ntwo\u{FFFD}")
    }
}
