import ArticleModel
import BrowserUI
import TerminalCanvas
import Testing

/// Articles made of hostile pieces (marks with no base, joiners, flags halves, controls, wide and
/// zero-width characters) and spans that point anywhere: every screen must keep every row exactly
/// as wide as the terminal, and nothing may crash.
@Suite struct RandomTextTests {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = ["a", "Đ", "ễ", "e\u{301}\u{323}", "\u{301}", "東", "京", "한", "\u{1100}\u{1161}", "👍🏽",
                         "👨‍👩‍👧", "\u{200D}", "\u{FE0F}", "🇻", "🇳", "\u{1B}[2J", "\u{9B}", "\u{202E}", "\r\n", "\t",
                         "\u{200B}", "\u{AD}", " ", " ", "  ", "“", "\"", "「", "。", "-", "…", "\u{0600}1", "ﷺ", "𝕏"]

    func randomText(_ rng: inout SplitMix, length: Int) -> String {
        (0..<length).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
    }

    func randomSpan(_ rng: inout SplitMix, blocks: Int) -> TextSpan {
        let start = Int.random(in: 0...80, using: &rng)
        return TextSpan(block: Int.random(in: -1...blocks, using: &rng), start: start,
                        end: start + Int.random(in: 0...40, using: &rng))
    }

    func x0Continuation(_ grid: Grid, _ y: Int) -> Bool { grid.width > 0 && grid[0, y].isContinuation }

    @Test func randomArticlesAlwaysFitTheScreen() {
        var rng = SplitMix(state: 42)
        for round in 0..<60 {
            let blocks = (0..<Int.random(in: 1...6, using: &rng)).map { _ in
                Block([.lede, .heading, .paragraph].randomElement(using: &rng)!,
                      randomText(&rng, length: Int.random(in: 0...120, using: &rng)))
            }
            var article = Article(id: ArticleID(relativePath: "r\(round)"), path: "r", title: randomText(&rng, length: 30),
                                  source: randomText(&rng, length: 8), blocks: blocks)
            article.analysis = Analysis(
                quotes: (0..<3).map { _ in
                    Quote(text: randomText(&rng, length: 20), speaker: randomText(&rng, length: 5), named: true,
                          span: randomSpan(&rng, blocks: blocks.count), speakerSpan: randomSpan(&rng, blocks: blocks.count))
                },
                terms: [Quote(text: "t", speaker: nil, named: false, span: randomSpan(&rng, blocks: blocks.count))],
                entities: [Entity(text: "e", type: .place, canonical: "e", span: randomSpan(&rng, blocks: blocks.count))])
            let size = Size(width: Int.random(in: 0...140, using: &rng), height: Int.random(in: 0...40, using: &rng))
            var state = openedState(opening: article, in: [article], size: size)
            for key: KeyEvent in [.character("]"), .character("]"), .tab, .character("G"), .character("s"), .character("?")] {
                _ = reduce(&state, .key(key))
                let grid = render(state)
                // The terminal draws cell by cell: each cell's text must be as wide as the cells it owns.
                for y in 0..<grid.height {
                    for x in 0..<grid.width where !grid[x, y].isContinuation {
                        let owned = x + 1 < grid.width && grid[x + 1, y].isContinuation ? 2 : 1
                        let width = DisplayWidth.of(grid[x, y].grapheme)
                        if width != owned {
                            let scalars = grid[x, y].grapheme.unicodeScalars.map { String($0.value, radix: 16) }
                            Issue.record("round \(round) \(size): cell \(x),\(y) \(scalars) is \(width) wide in \(owned)")
                        }
                    }
                    if x0Continuation(grid, y) { Issue.record("round \(round): row \(y) starts with half a character") }
                }
            }
        }
    }
}
