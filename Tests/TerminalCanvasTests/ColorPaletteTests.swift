import Testing
@testable import TerminalCanvas

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

    /// A theme's #rrggbb on each depth: the cube or the grey ramp on 256 colours, the nearest of
    /// xterm's 16 on 16, of the first 8 on 8.
    @Test func hexColoursDegradeTo256And16And8() {
        let blue = Color.rgb(0x87, 0xAF, 0xD7), amber = Color.rgb(0xFF, 0xD7, 0x5F), grey = Color.rgb(0x30, 0x30, 0x30)
        #expect(ColorPalette(colors: 256).number(for: blue) == 110)  // exactly xterm's 110
        #expect(ColorPalette(colors: 256).number(for: grey) == 236)  // the grey ramp beats the cube's 59
        #expect(ColorPalette(colors: 256).number(for: amber) == 221)
        #expect(ColorPalette(colors: 16).number(for: amber) == 11)  // bright yellow
        #expect(ColorPalette(colors: 8).number(for: amber) == 3)  // yellow: no bright colours on 8
        #expect(ColorPalette(colors: 16).number(for: grey) == 0)
        #expect(ColorPalette(colors: 16).number(for: blue) == 8)  // bright black is nearer than white
        #expect(ColorPalette(colors: 0).number(for: blue) == -1)
    }

    @Test func rgbOfColoursFollowsXtermsPalette() {
        #expect(ColorPalette.rgb(of: .indexed(110)).map { [$0.0, $0.1, $0.2] } == [0x87, 0xAF, 0xD7])
        #expect(ColorPalette.rgb(of: .brightBlue).map { [$0.0, $0.1, $0.2] } == [92, 92, 255])
        #expect(ColorPalette.rgb(of: .indexed(255)).map { [$0.0, $0.1, $0.2] } == [238, 238, 238])
        #expect(ColorPalette.rgb(of: .default) == nil)
    }

    @Test func contrastRatiosAsWCAGDefinesThem() {
        #expect(Contrast.ratio((0, 0, 0), (255, 255, 255)) == 21)
        #expect(Contrast.ratio((119, 119, 119), (119, 119, 119)) == 1)
        // #767676 on white is the classic lightest grey that still passes 4.5.
        #expect(abs(Contrast.ratio((0x76, 0x76, 0x76), (255, 255, 255)) - 4.54) < 0.01)
        #expect(Contrast.ratio((0x77, 0x77, 0x77), (255, 255, 255)) < 4.5)
    }
}
