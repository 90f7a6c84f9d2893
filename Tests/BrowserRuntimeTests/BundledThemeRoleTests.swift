import ArticleStore
import BrowserUI
import LibraryIndex
import TerminalCanvas
import Testing
import Themes
import BrowserRuntime

/// The bundled themes against the browser: the same roles exactly, and text that reads.
@Suite struct BundledThemeRoleTests {
    let catalog = ThemeCatalog(roles: ThemeSetup.roleNames, userFolder: nil)
    static let bundled = BundledThemes.files.keys.sorted()

    @Test func theCatalogKnowsTheBrowsersRolesExactly() {
        #expect(ThemeSetup.roleNames == Role.allCases.map(\.rawValue))
        #expect(Set(ThemeSetup.roleNames).count == Role.allCases.count)
        #expect(Self.bundled == ["console", "default", "high-contrast", "light", "mono"])
    }

    /// Every role set by every bundled theme (itself or its named parent), and none the browser does
    /// not know: an unknown role would be a parse error.
    @Test(arguments: bundled)
    func everyRoleIsDefinedAndNoneUnknown(_ name: String) {
        #expect(catalog.missingRoles(name) == [])
        let resolved = catalog.resolve(name)
        #expect(resolved.errors == [])
        #expect(resolved.name == name)
        #expect(Set(resolved.styles.keys) == Set(Role.allCases.map(\.rawValue)))
        #expect(ThemeSetup.browserTheme(resolved).styles.count == Role.allCases.count)
    }

    /// A browser made without a choice draws with the `default` theme file, not a theme in code.
    @Test func theBrowsersDefaultIsTheDefaultThemeFile() {
        let app = BrowserApp(root: "library", index: LibraryIndex(root: "library"), indexStore: nil, options: LoadOptions())
        #expect(app.theme.name == "default")
        #expect(app.theme.styles.count == Role.allCases.count)
        #expect(app.theme != Theme.defaultDark)
    }

    /// WCAG contrast of each text role's foreground against its background, `default` taken as the
    /// theme's `screen` colours where it sets them (lede paints them), else as the terminal's: black (text
    /// light grey) on a dark theme, white (text black) on a light one; reverse swaps them. Borders are decoration and exempt; so is mono, which has no colours.
    /// As written and on 256 colours: 4.5:1 (body text). Degraded to 16 or 8 colours, where the
    /// palette is the terminal's guess anyway: 3:1, so that no colour turns unreadable on the way.
    @Test(arguments: bundled.filter { $0 != ThemeCatalog.monoName })
    func textRolesHaveReadableContrast(_ name: String) throws {
        let resolved = catalog.resolve(name)
        let background = try #require(resolved.background, "\(name) must say background = dark or light")
        let terminal: (background: (Int, Int, Int), text: (Int, Int, Int)) = background == .dark
            ? ((0, 0, 0), (229, 229, 229)) : ((255, 255, 255), (0, 0, 0))
        for (depth, least) in [(nil, 4.5), (256, 4.5), (16, 3.0), (8, 3.0)] as [(Int?, Double)] {
            func shown(_ color: Color) -> (Int, Int, Int)? {
                guard let depth else { return ColorPalette.rgb(of: color) }
                let number = ColorPalette(colors: depth).number(for: color)
                return number < 0 ? nil : ColorPalette.rgb(ofIndex: Int(number))
            }
            let screen = resolved.styles[Role.screen.rawValue] ?? .plain
            for role in Role.allCases where role != .paneBorder {
                let style = resolved.styles[role.rawValue] ?? .plain
                var foreground = shown(style.foreground) ?? shown(screen.foreground) ?? terminal.text
                var back = shown(style.background) ?? shown(screen.background) ?? terminal.background
                if style.attributes.contains(.reverse) { swap(&foreground, &back) }
                let ratio = Contrast.ratio(foreground, back)
                #expect(ratio >= least, "\(name) \(role.rawValue) at \(depth.map(String.init) ?? "true") colours: \(ratio)")
            }
        }
    }
}

/// The light theme reads the same on a dark terminal: it paints its own background, so no cell is
/// left in the terminal's default colours.
@Suite struct LightThemeBackgroundTests {
    @Test func theLightThemePaintsEveryCell() throws {
        let catalog = ThemeCatalog(roles: ThemeSetup.roleNames, userFolder: nil)
        let theme = ThemeSetup.browserTheme(catalog.resolve("light"))
        let state = AppState(articles: [], size: Size(width: 60, height: 12))
        var grid = Grid(width: 60, height: 12)
        Screen.render(state, theme: theme, into: &grid)
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                #expect(grid[x, y].style.background != .default, "cell \(x),\(y) shows the terminal's background")
                #expect(grid[x, y].style.foreground != .default, "cell \(x),\(y) shows the terminal's text colour")
            }
        }
        // The default theme leaves the terminal's own background alone.
        var dark = Grid(width: 60, height: 12)
        Screen.render(state, theme: ThemeSetup.browserTheme(catalog.resolve("default")), into: &dark)
        #expect(dark[30, 5].style.background == .default)
    }
}
