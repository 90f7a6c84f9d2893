import BrowserUI
import Foundation
import TerminalCanvas
import Testing

@Suite struct LineEditorTests {
    func typed(_ text: String) -> LineEditor {
        var editor = LineEditor()
        for character in text { _ = editor.handle(.character(character)) }
        return editor
    }

    @Test func backspaceRemovesWholeGraphemes() {
        var editor = typed("Đà Nẵng 東京 👨‍👩‍👧")
        editor.backspace()
        #expect(editor.text == "Đà Nẵng 東京 ")
        editor.backspace()
        editor.backspace()
        #expect(editor.text == "Đà Nẵng 東")
        var nfd = LineEditor("Nẵng".decomposedStringWithCanonicalMapping)
        nfd.backspace()
        nfd.backspace()
        #expect(nfd.text.precomposedStringWithCanonicalMapping == "Nẵ")
    }

    @Test func aCombiningMarkTypedAfterALetterJoinsIt() {
        var editor = typed("Le")
        editor.insert("\u{0302}")  // a dead-key circumflex arriving after the letter
        editor.insert("\u{0301}")
        #expect(editor.text.count == 2)
        #expect(editor.cursor == 2)
        #expect(editor.text.precomposedStringWithCanonicalMapping == "Lế")
        _ = editor.handle(.character("n"))
        #expect(editor.text.precomposedStringWithCanonicalMapping == "Lến")
    }

    @Test func cursorMovesByCharacterAndEditsInPlace() {
        var editor = typed("dai quan")
        for _ in 0..<4 { editor.moveLeft() }
        editor.insert("su ")
        #expect(editor.text == "dai su quan")
        editor.moveHome()
        editor.deleteForward()
        #expect(editor.text == "ai su quan")
        editor.moveEnd()
        editor.deleteWordBackward()
        #expect(editor.text == "ai su ")
        editor.moveLeft()
        editor.deleteToStart()
        #expect(editor.text == " " && editor.cursor == 0)
    }

    @Test func controlCharactersAreNeverInserted() {
        var editor = LineEditor()
        editor.insert("a\u{1B}[31mb\u{202E}")
        #expect(editor.text == "a␛[31mb")
        let handledEnter = editor.handle(.enter), handledUp = editor.handle(.up)
        #expect(!handledEnter && !handledUp)
    }

    @Test func rendersWithTheCursorAtItsDisplayColumn() {
        var grid = Grid(width: 16, height: 1)
        var editor = typed("Hà 東京")
        editor.moveLeft()
        editor.render(prompt: "/", in: grid.bounds, style: .plain, into: &grid)
        #expect(grid.line(0) == "/Hà 東京        ")
        // The cursor sits on 京: after "/Hà 東" (6 columns).
        #expect(grid[6, 0].grapheme == "京")
        #expect(grid[6, 0].style.attributes.contains(.reverse))
        #expect(!grid[4, 0].style.attributes.contains(.reverse))
    }

    @Test func longTextScrollsToKeepTheCursorInView() {
        var grid = Grid(width: 10, height: 1)
        let editor = typed("nguyễn thị minh khai")
        editor.render(prompt: "/", in: grid.bounds, style: .plain, into: &grid)
        // One column stays free for the cursor after the last character.
        #expect(grid.line(0) == "/nh khai  ")
        #expect(grid[8, 0].style.attributes.contains(.reverse))
    }
}
