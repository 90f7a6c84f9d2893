import ArticleModel
import BrowserUI
import Foundation
import LedeTestSupport
import TerminalCanvas
import Testing

/// Whole screens at the sizes people use, compared as text with the baselines in `__Snapshots__`,
/// plus style maps showing which role each cell has.
@Suite(.needsSeed) struct ScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 60, height: 20)]

    /// Open the article, then `]` twice: the second quote highlighted and scrolled into view.
    func screen(_ article: Article, _ size: Size) throws -> Grid {
        render(openedState(opening: article, in: try Fixtures.library(), size: size,
                     keys: [.character("]"), .character("]")]))
    }

    func check(_ article: Article, named name: String, roleMapAt roleSizes: [Size]) throws {
        for size in Self.sizes {
            let grid = try screen(article, size)
            assertSnapshot(grid, named: "\(name)-\(size.width)x\(size.height)")
            if roleSizes.contains(size) {
                assertSnapshot(text: Snapshot.styleMap(of: grid, legend: TestTheme.legend, key: TestTheme.letter),
                               named: "\(name)-\(size.width)x\(size.height).roles")
            }
        }
    }

    @Test func seedArticle() throws {
        try check(try Fixtures.seed(), named: "seed", roleMapAt: Self.sizes)
    }

    @Test func nfdSeedRendersExactlyLikeNfc() throws {
        for size in Self.sizes {
            let nfc = try screen(try Fixtures.seed(), size), nfd = try screen(try Fixtures.seedNFD(), size)
            #expect(nfd == nfc, "NFD and NFC differ at \(size.width)x\(size.height)")
        }
        try check(try Fixtures.seedNFD(), named: "seed-nfd", roleMapAt: [])
    }

    @Test func cjkArticle() throws {
        try check(Fixtures.cjk(), named: "cjk", roleMapAt: [Size(width: 120, height: 40)])
    }

    @Test func emojiArticle() throws {
        try check(Fixtures.emoji(), named: "emoji", roleMapAt: [Size(width: 120, height: 40)])
    }

    @Test func escapeSequencesAndBidiControlsNeverReachTheScreen() throws {
        try check(Fixtures.hostile(), named: "hostile", roleMapAt: [Size(width: 120, height: 40)])
        for size in Self.sizes {
            let grid = try screen(Fixtures.hostile(), size)
            for y in 0..<grid.height {
                for x in 0..<grid.width {
                    let bad = grid[x, y].grapheme.unicodeScalars.contains {
                        $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
                            || (0x2066...0x2069).contains($0.value)
                    }
                    #expect(!bad, "control at \(x),\(y)")
                }
            }
        }
    }

    @Test func helpOverlayIsGeneratedFromTheKeyMap() throws {
        let state = openedState(opening: try Fixtures.seed(), in: try Fixtures.library(), size: Size(width: 80, height: 24),
                          keys: [.character("?")])
        let grid = render(state)
        assertSnapshot(grid, named: "help-80x24")
        let text = grid.lines.joined(separator: "\n")
        for binding in KeyMap.standard.bindings.prefix(10) { #expect(text.contains(binding.help)) }
    }

    @Test func onePaneAtATimeUnderSixtyColumns() throws {
        let size = Size(width: 50, height: 16)
        let reading = openedState(opening: Fixtures.cjk(), in: try Fixtures.library(), size: size)
        assertSnapshot(render(reading), named: "single-reading-50x16")
        var quotes = reading
        _ = reduce(&quotes, .key(.tab))
        _ = reduce(&quotes, .key(.character("j")))
        assertSnapshot(render(quotes), named: "single-quotes-50x16")
        assertSnapshot(render(openedState(opening: Fixtures.emoji(), in: try Fixtures.library(), size: Size(width: 20, height: 6))),
                       named: "smallest-20x6")
    }

    @Test func wideScreenShowsSourceAndDateColumns() throws {
        let grid = render(openedState(opening: Fixtures.emoji(), in: try Fixtures.library(), size: Size(width: 200, height: 30),
                                keys: [.character("]")]))
        assertSnapshot(grid, named: "emoji-200x30")
    }
}
