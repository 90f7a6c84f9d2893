import Foundation
import TerminalCanvas
import Testing

@Suite struct GridTests {
    @Test func widthsFollowTheTerminal() {
        #expect(DisplayWidth.of("Nga đóng cửa") == 12)
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("🇻🇳") == 2)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
    }

    @Test func nfcAndNfdVietnameseGiveIdenticalCells() {
        let nfc = "Nguyễn Thị Hồng Ánh"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
        var a = Grid(width: 24, height: 1), b = Grid(width: 24, height: 1)
        a.put(nfc, x: 0, y: 0)
        b.put(nfd, x: 0, y: 0)
        #expect(a == b)
        #expect(a.line(0) == "Nguyễn Thị Hồng Ánh     ")
    }

    @Test func wideCharacterIsNeverSplitAtTheEdge() {
        var grid = Grid(width: 6, height: 1, fill: Cell("."))
        let used = grid.put("東京大学", x: 0, y: 0, maxWidth: 5)
        #expect(used == 5)
        #expect(grid.line(0) == "東京 .")
        #expect(grid[4, 0].grapheme == " ")
    }

    @Test func emojiSequencesDoNotDrift() {
        var grid = Grid(width: 10, height: 1)
        grid.put("👨‍👩‍👧|👍🏽|x", x: 0, y: 0)
        #expect(grid.line(0) == "👨|👍|x   ")
    }

    @Test func combiningMarksAreCapped() {
        var grid = Grid(width: 3, height: 1)
        grid.put("a" + String(repeating: "\u{301}", count: 500) + "b", x: 0, y: 0)
        #expect(grid[0, 0].grapheme.unicodeScalars.count == 1 + TerminalGrapheme.maxMarks)
        #expect(grid[1, 0].grapheme == "b")
    }

    @Test func controlsAreDrawnVisibly() {
        var grid = Grid(width: 12, height: 1)
        grid.put("A\rB\u{1B}[2J\u{202E}C", x: 0, y: 0)
        #expect(grid.line(0) == "A␍B␛[2JC    ")
    }

    @Test func linesRoundTripAndChangesAreMinimal() {
        let grid = Grid(lines: ["ab", "東"])
        #expect(grid.lines == ["ab", "東"])
        var next = grid
        next.put("x", x: 1, y: 0)
        let changes = next.changes(since: grid)
        #expect(changes.count == 1)
        #expect(changes.first?.x == 1 && changes.first?.cell.grapheme == "x")
        #expect(grid.changes(since: nil).count == 4)
    }

    @Test func writingOutsideTheGridIsIgnored() {
        var grid = Grid(width: 2, height: 1)
        #expect(grid.put("abc", x: 5, y: 0) == 0)
        #expect(grid.put("abc", x: 0, y: 3) == 0)
        #expect(Grid(width: 0, height: 0).lines == [])
    }
}
