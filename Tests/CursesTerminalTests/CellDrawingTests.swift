import Testing
@testable import CursesTerminal
import TerminalCanvas

/// What `draw` sends for a cell: one terminal grapheme that fits curses' cell, with its width.
@Suite struct CellDrawingTests {
    @Test func asciiAndWideCharacters() {
        #expect(CursesTerminal.drawable("a") == ("a", 1))
        #expect(CursesTerminal.drawable("中") == ("中", 2))
        #expect(CursesTerminal.drawable("ệ") == ("ệ", 1))
    }

    @Test func emptyOrInvisibleBecomesASpace() {
        #expect(CursesTerminal.drawable("\u{200B}") == (" ", 1))
        #expect(CursesTerminal.drawable("\u{200D}") == (" ", 1))
        #expect(CursesTerminal.drawable("") == (" ", 1))
    }

    @Test func controlsAreShownNotSent() {
        #expect(CursesTerminal.drawable("\u{1B}") == ("␛", 1))
        #expect(CursesTerminal.drawable("\u{9B}") == ("\u{FFFD}", 1))
    }

    @Test func emojiSequencesAndMarkPilesAreReduced() {
        #expect(CursesTerminal.drawable("👨‍👩‍👧") == ("👨", 2))
        let zalgo = "e" + String(repeating: "\u{0301}", count: 12)
        let drawn = CursesTerminal.drawable(zalgo)
        #expect(drawn.width == 1)
        #expect(drawn.text.unicodeScalars.count <= 5)  // CCHARW_MAX
    }

    @Test func utf8CodesetNames() {
        #expect(CursesTerminal.isUTF8("UTF-8"))
        #expect(CursesTerminal.isUTF8("utf8"))
        #expect(!CursesTerminal.isUTF8("ANSI_X3.4-1968"))
        #expect(!CursesTerminal.isUTF8("ISO-8859-1"))
    }
}
