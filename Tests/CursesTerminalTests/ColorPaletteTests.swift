import Testing
@testable import CursesTerminal
import TerminalCanvas

@Suite struct ColorPaletteTests {
    @Test func depthFromTheTerminalsColourCount() {
        #expect(ColorPalette(colors: 16_777_216).depth == 256)
        #expect(ColorPalette(colors: 256).depth == 256)
        #expect(ColorPalette(colors: 88).depth == 16)
        #expect(ColorPalette(colors: 16).depth == 16)
        #expect(ColorPalette(colors: 8).depth == 8)
        #expect(ColorPalette(colors: 2).depth == 0)
        #expect(!ColorPalette(colors: 0).hasColors)
    }

    @Test func defaultIsTheTerminalsOwnEverywhere() {
        for colors in [0, 8, 16, 256] { #expect(ColorPalette(colors: colors).number(for: .default) == -1) }
    }

    @Test func indexedColoursKeptWhereTheTerminalHasThem() {
        #expect(ColorPalette(colors: 256).number(for: .indexed(208)) == 208)
        #expect(ColorPalette(colors: 16).number(for: .brightRed) == 9)
        #expect(ColorPalette(colors: 8).number(for: .blue) == 4)
    }

    @Test func missingColoursDegradeToTheNearest() {
        // Bright colours on 8 colours: their normal twins.
        #expect(ColorPalette(colors: 8).number(for: .brightRed) == 1)
        #expect(ColorPalette(colors: 8).number(for: .brightWhite) == 7)
        // 208 (255,135,0, orange) on 16 colours: nearest of xterm's ANSI colours is yellow (205,205,0).
        #expect(ColorPalette(colors: 16).number(for: .indexed(208)) == 3)
        // A dark grey from the 256-colour ramp on 16 colours: bright black.
        #expect(ColorPalette(colors: 16).number(for: .indexed(244)) == 8)
        #expect(ColorPalette(colors: 0).number(for: .red) == -1)
    }

    @Test func trueColourToTheCubeOrTheGreyRamp() {
        let full = ColorPalette(colors: 256)
        #expect(full.number(for: .rgb(255, 0, 0)) == 196)
        #expect(full.number(for: .rgb(0, 0, 0)) == 16)
        #expect(full.number(for: .rgb(128, 128, 128)) == 244)
        #expect(full.number(for: .rgb(95, 135, 175)) == 67)
        #expect(ColorPalette(colors: 16).number(for: .rgb(250, 10, 10)) == 9)
        #expect(ColorPalette(colors: 8).number(for: .rgb(250, 10, 10)) == 1)
    }
}
