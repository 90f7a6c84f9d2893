import Foundation
import ArticleModel
import BrowserUI
import TerminalCanvas
import Testing

@Suite struct LayoutTests {
    @Test func twentyBySixStillBrowses() throws {
        let state = openedState(opening: Fixtures.harbour(), in: Fixtures.ownLibrary(), size: Size(width: 20, height: 6))
        #expect(state.screen.mode == .single)
        let grid = render(state)
        #expect(grid.lines[0].hasPrefix("┏ ▸ Article"))
        #expect(grid.lines[1].contains("Cảng Hải"))
    }

    @Test func belowTwentyBySixOneLineSaysTooSmall() throws {
        for size in [Size(width: 19, height: 5), Size(width: 19, height: 24), Size(width: 80, height: 5)] {
            let grid = render(openedState(opening: Fixtures.harbour(), in: Fixtures.ownLibrary(), size: size))
            #expect(grid.lines[0].hasPrefix("Terminal too"), "\(size)")
            #expect(grid.lines.dropFirst().allSatisfy { $0.allSatisfy { $0 == " " } })
        }
        #expect(render(openedState(opening: Fixtures.harbour(), in: Fixtures.ownLibrary(), size: Size(width: 1, height: 1))).lines == ["…"])
        #expect(render(openedState(opening: Fixtures.harbour(), in: Fixtures.ownLibrary(), size: Size(width: 0, height: 0))).lines == [])
    }

    @Test func everySizeRendersWithoutCrashingAndStaysInside() throws {
        let library = Fixtures.ownLibrary()
        var sizes: [Size] = []
        for width in 0...125 { for height in [0, 1, 2, 5, 6, 7, 24] { sizes.append(Size(width: width, height: height)) } }
        for height in 0...45 { for width in [0, 1, 19, 20, 59, 60, 99, 100] { sizes.append(Size(width: width, height: height)) } }
        for article in library.prefix(4) {
            var state = openedState(opening: article, in: library, size: Size(width: 120, height: 40),
                              keys: [.character("]"), .character("G")])
            for size in sizes {
                _ = reduce(&state, .resize(size))
                for key: KeyEvent in [.tab, .character("?")] {
                    var variant = state
                    _ = reduce(&variant, .key(key))
                    let grid = render(variant)
                    #expect(grid.width == size.width && grid.height == size.height)
                    for y in 0..<grid.height where DisplayWidth.of(grid.line(y)) != size.width {
                        Issue.record("row \(y) is not \(size.width) columns at \(size)")
                    }
                }
            }
        }
    }

    @Test func panesFollowTheWidthBands() {
        func panes(_ width: Int, _ preference: Bool? = nil) -> Set<Pane> {
            Set(ScreenLayout(size: Size(width: width, height: 30), sidebarPreference: preference, focus: .reading).panes.keys)
        }
        #expect(panes(100) == [.list, .reading, .quotes])
        #expect(panes(99) == [.list, .reading])
        #expect(panes(99, true) == [.list, .reading, .quotes])
        #expect(panes(140, false) == [.list, .reading])
        #expect(panes(60) == [.list, .reading])
        #expect(panes(59) == [.reading])
        #expect(panes(20) == [.reading])
        #expect(panes(19).isEmpty)
    }

    @Test func listColumnsLineUpWhateverTheScript() throws {
        var state = AppState(articles: Fixtures.ownLibrary().map(\.summary), size: Size(width: 200, height: 20))
        state.bookmarked = [state.articles[1].id]
        state.read = [state.articles[2].id]
        let grid = render(state)
        let rows = (1...8).map { grid.line($0) }
        let dateColumns = rows.map { row -> Int? in
            // An article dated by its file's time only shows "unknown" in the column.
            guard let range = row.range(of: #"\d{4}-\d{2}-\d{2}|unknown"#, options: .regularExpression) else { return nil }
            return DisplayWidth.of(String(row[..<range.lowerBound]))
        }
        #expect(dateColumns.allSatisfy { $0 != nil && $0 == dateColumns[0] })
        #expect(rows[1].hasPrefix("┃●★"))
        #expect(rows[2].hasPrefix("┃   "))
        #expect(rows[6].contains("Orbit Weekl… 2023-12-24"))
    }

    @Test func theDefaultThemeStylesEveryRole() {
        for role in Role.allCases { #expect(Theme.defaultDark.styles[role] != nil, "\(role)") }
    }

    @Test func helpAndHintsComeFromTheKeyMap() {
        var map = KeyMap.standard
        map.sections[0].bindings[0].hint = "next"
        let state = AppState(articles: [], size: Size(width: 80, height: 24), keyMap: map)
        #expect(render(state).lines[23].contains("j next"))
        var help = state
        _ = reduce(&help, .key(.character("?")))
        #expect(render(help).lines.joined().contains("Next article, scroll down"))
    }
}

/// The reading pane's header line: source, author, the date when it is known, and the front-matter tags.
@Suite struct ReadingHeaderTests {
    func header(_ article: Article) -> String {
        let layout = ReadingLayout(article: article, width: 80)
        return layout.lines.first { $0.anchor.block == -1 }.map { TextLayout.string($0.glyphs) } ?? ""
    }

    @Test func tagsAndTheDateAreShownOnlyWhenKnown() {
        var article = Article(id: ArticleID(relativePath: "a.md"), path: "a.md", title: "Giá lúa", source: "Báo Cảng",
                              date: ArticleDate(Date(timeIntervalSince1970: 1_650_000_000), origin: .frontMatter),
                              tags: ["nông nghiệp", "gạo"], blocks: [Block(.lede, "Nội dung.")])
        #expect(header(article) == "Báo Cảng · 2022-04-15 · tags: nông nghiệp, gạo")
        article.date = ArticleDate(Date(timeIntervalSince1970: 1_650_000_000), origin: .fileModified)
        article.tags = []
        #expect(header(article) == "Báo Cảng · date unknown")
    }
}
