import ArticleModel
import BrowserUI
import TerminalCanvas
import Testing

/// `T` and the theme a screen is drawn in: the reducer asks for the next theme and names it; every
/// cell of a frame takes its style from the theme it is rendered with.
@Suite struct ThemeCommandTests {
    let size = Size(width: 120, height: 40)

    @Test func tAsksForTheNextThemeAndTheStatusBarNamesIt() throws {
        var state = AppState(articles: Fixtures.ownLibrary().map(\.summary), size: size)
        _ = reduce(&state, .resize(size))  // the first action previews the selected article
        let before = state
        #expect(reduce(&state, .key(.character("T"))) == [.nextTheme])
        #expect(state == before)
        _ = reduce(&state, .themeChanged(name: "light", problems: []))
        #expect(state.status == StatusMessage("Theme: light (T for the next)"))
        _ = reduce(&state, .themeChanged(name: "default", problems: ["mine.toml:3: roles: unknown role", "second"]))
        #expect(state.status?.kind == .error)
        #expect(state.status?.text == "mine.toml:3: roles: unknown role (and 1 more); showing default")
    }

    @Test func tIsListedWithTheGeneralKeysNotAsComing() {
        let section = KeyMap.standard.sections.first { $0.bindings.contains { $0.command == .theme } }
        #expect(section?.title == "General")
        #expect(KeyMap.standard.command(for: .character("T")) == .theme)
    }

    /// The same screen in two themes: the cells have the same roles, and each cell's style is its
    /// role's style in the theme the frame was rendered with.
    @Test func aRenderedScreenCarriesTheStylesOfItsTheme() throws {
        let other = Theme(name: "other", styles: Dictionary(uniqueKeysWithValues: Role.allCases.enumerated().map {
            ($1, Style(foreground: .indexed(UInt8(100 + $0)), background: .indexed(UInt8(200 + $0 % 50)), attributes: [.bold]))
        }))
        let state = openedState(opening: Fixtures.harbour(), in: Fixtures.ownLibrary(), size: size,
                                keys: [.character("]")])
        let first = render(state, theme: TestTheme.theme), second = render(state, theme: other)
        #expect(first.lines == second.lines)
        var rolesSeen: Set<Role> = []
        for y in 0..<size.height {
            for x in 0..<size.width {
                guard let role = TestTheme.role(at: x, y, in: first) else {
                    // Left unstyled by the views: painted in the screen's colours.
                    let screen = Style(foreground: other[.screen].foreground, background: other[.screen].background)
                    #expect(second[x, y].style == screen, "(\(x), \(y)) is unstyled in one theme only")
                    continue
                }
                rolesSeen.insert(role)
                #expect(second[x, y].style == other[role], "(\(x), \(y)) \(role)")
            }
        }
        // A real screen, not an empty one: the list, the frames, the article, quotes and entities.
        for role in [Role.selectedItem, .paneBorder, .focusedPane, .articleTitle, .bodyText, .quotation,
                     .selectedQuotation, .statusBar, .keyHint] {
            #expect(rolesSeen.contains(role), "\(role)")
        }
    }
}
