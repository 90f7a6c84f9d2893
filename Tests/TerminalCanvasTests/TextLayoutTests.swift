import Foundation
import TerminalCanvas
import Testing

@Suite struct TextLayoutTests {
    @Test func wrapsAtWordBoundariesByDisplayWidth() {
        #expect(TextLayout.wrap("Nga đóng cửa phái bộ tại NATO", width: 12)
            == ["Nga đóng cửa", "phái bộ tại", "NATO"])
        #expect(TextLayout.wrap("one  two", width: 4) == ["one", "two"])
    }

    @Test func nfdWrapsLikeNfc() {
        let text = "Ngoại trưởng Nga Sergei Lavrov ngày 18/10 đưa ra thông báo"
        #expect(TextLayout.wrap(text.decomposedStringWithCanonicalMapping, width: 17)
            == TextLayout.wrap(text, width: 17))
        #expect(TextLayout.wrap(text, width: 17).allSatisfy { DisplayWidth.of($0) <= 17 })
    }

    @Test func cjkBreaksBetweenAnyTwoCharactersButNotBeforeClosingPunctuation() {
        #expect(TextLayout.wrap("東京都は新しい計画を発表した。", width: 8)
            == ["東京都は", "新しい計", "画を発表", "した。"])
        // "。" may not start a line, so the character before it moves down with it.
        #expect(TextLayout.wrap("計画を発表。", width: 10) == ["計画を発", "表。"])
        #expect(TextLayout.wrap("東京 Tokyo", width: 5) == ["東京", "Tokyo"])
        // A straight opening quote stays with the quoted words, a closing one with the last of them.
        // Korean keeps a particle with the quotation it follows: it breaks only at spaces.
        #expect(TextLayout.wrap("관계자는 \"좋은 시도\"라고", width: 11) == ["관계자는", "\"좋은", "시도\"라고"])
    }

    /// Korean puts spaces between words: it wraps at them, not between any two syllables.
    @Test func koreanWrapsAtSpaces() {
        #expect(TextLayout.wrap("한국어 뉴스를 읽는 사람들", width: 14) == ["한국어 뉴스를", "읽는 사람들"])
        #expect(TextLayout.wrap("서울시는 새로운 계획을 발표했다.", width: 10) == ["서울시는", "새로운", "계획을", "발표했다."])
    }

    @Test func longWordsAreCutBetweenGraphemesNeverInside() {
        let lines = TextLayout.wrap("xe\u{301}\u{301}ye\u{301}z", width: 2)
        #expect(lines.count == 3)
        #expect(lines.map(DisplayWidth.of) == [2, 2, 1])
        // A wide character alone on a line narrower than it still makes progress.
        #expect(TextLayout.wrap("東京", width: 1) == ["東", "京"])
    }

    @Test func joinersAndPrependedFormatsNeverGetACell() {
        let glyphs = TextLayout.glyphs(of: "\u{200D}\u{FE0F}a\u{0600}👍🏽b")
        #expect(glyphs.map(\.grapheme.text) == ["a", "👍", "b"])
        #expect(glyphs.map(\.width) == [1, 2, 1])
    }

    @Test func variationSelectorsAreDropped() {
        let glyphs = TextLayout.glyphs(of: "🌦\u{FE0F}x☀\u{FE0F}")
        #expect(glyphs.map(\.grapheme.text) == ["🌦", "x", "☀"])
        #expect(glyphs.map(\.width) == [1, 1, 1])
    }

    @Test func emojiSequencesCountAsOneWideGlyph() {
        #expect(TextLayout.wrap("👨‍👩‍👧 family 👍🏽 ok", width: 9) == ["👨 family", "👍 ok"])
    }

    @Test func glyphsKeepSourceOffsetsAndSanitise() {
        let glyphs = TextLayout.glyphs(of: "a\u{1B}[b\u{202E}c")
        #expect(TextLayout.string(glyphs) == "a␛[bc")
        #expect(glyphs.map(\.sourceOffset) == [0, 1, 2, 3, 5])
        let nfd = TextLayout.glyphs(of: "Đại sứ".decomposedStringWithCanonicalMapping)
        #expect(nfd.map(\.sourceOffset) == [0, 1, 2, 3, 4, 5])
    }

    @Test func truncatesByDisplayWidthWithEllipsis() {
        #expect(TextLayout.truncate("Nga đóng cửa phái bộ", width: 10) == "Nga đóng…")
        #expect(TextLayout.truncate("東京大学の研究", width: 6) == "東京…")
        #expect(TextLayout.truncate("東京大学の研究", width: 7) == "東京大…")
        #expect(TextLayout.truncate("short", width: 5) == "short")
        #expect(TextLayout.truncate("longer", width: 1) == "…")
        #expect(TextLayout.truncate("longer", width: 0) == "")
        #expect(DisplayWidth.of(TextLayout.truncate("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", width: 4)) <= 4)
    }

    @Test func emptyAndZeroWidthGiveNoCrash() {
        #expect(TextLayout.wrap("", width: 10).isEmpty)
        #expect(TextLayout.wrap("abc", width: 0).isEmpty)
        #expect(TextLayout.wrap("   ", width: 2) == [""])
    }

    @Test func bordersAreDrawnInsideTheRectangle() {
        var grid = Grid(width: 5, height: 3)
        grid.drawBorder(grid.bounds, .light)
        #expect(grid.lines == ["┌───┐", "│   │", "└───┘"])
        grid.drawBorder(Rect(x: 0, y: 0, width: 1, height: 1), .heavy)
        #expect(grid[0, 0].grapheme == "┌")
    }

    @Test func putGraphemeNeverSplitsAtALimit() {
        var grid = Grid(width: 4, height: 1, fill: Cell("."))
        let wide = TerminalGrapheme(text: "東", width: 2)
        #expect(grid.put(wide, x: 0, y: 0, style: .plain) == 2)
        #expect(grid.put(wide, x: 2, y: 0, limit: 3, style: .plain) == 1)
        #expect(grid.lines == ["東 ."])
        #expect(grid.put(wide, x: 9, y: 0, style: .plain) == 0)
    }
}

@Suite struct GridOverwriteTests {
    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 6, height: 1)
        grid.put("東京大", x: 0, y: 0)
        grid[1, 0] = Cell("x")  // right half of 東
        grid[2, 0] = Cell("y")  // left half of 京
        #expect(grid.lines == [" xy 大"])
        grid.fill(Rect(x: 5, y: 0, width: 1, height: 1), with: Cell("z"))  // right half of 大
        #expect(grid.lines == [" xy  z"])
        #expect(grid.lines.allSatisfy { DisplayWidth.of($0) == 6 })
    }
}
