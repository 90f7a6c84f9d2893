import BrowserUI
import Foundation
import LedeTestSupport
import ReadingState
import TerminalCanvas
import Testing
import Themes
import BrowserRuntime

/// The browser's theme: chosen at start, cycled with `T`, mono without colours, errors in the status bar.
@Suite struct BrowserAppThemeTests {
    let scratch: TemporaryFolder
    var folder: String { scratch.path }
    let themesFolder: String
    let size = Size(width: 100, height: 20)

    init() throws {
        scratch = try TemporaryFolder("lede-theme")
        themesFolder = try scratch.folder("themes")
        try scratch.write("library/storm.md", "---\ntitle: Storm closes schools\ndate: 2024-02-03\n---\nSchools closed on Friday.\n")
    }

    var catalog: ThemeCatalog { ThemeCatalog(roles: ThemeSetup.roleNames, userFolder: themesFolder) }

    func app(_ requested: String?, noColor: Bool = false) throws -> BrowserApp {
        let themes = ThemeSwitcher(catalog: catalog, requested: requested, noColor: noColor)
        let app = try BrowserApp.indexed(root: folder + "/library")
        app.themes = themes
        app.reportThemeProblems()
        return app
    }

    /// `T` remembers the theme in the state folder; the next run starts in it unless `--theme` says
    /// otherwise, and a remembered name the catalog lost is passed over.
    @Test func theThemeChosenWithTIsRemembered() throws {
        let memory = ThemeChoice(folder: folder + "/state")
        #expect(ThemeSwitcher.remembered(in: memory, catalog: catalog) == nil)
        var themes = ThemeSwitcher(catalog: catalog, requested: nil, noColor: false)
        themes.memory = memory
        themes.next()
        #expect(themes.problems.isEmpty)
        let chosen = themes.theme.name
        #expect(chosen != ThemeCatalog.defaultName)
        #expect(memory.load() == chosen)
        #expect(ThemeSwitcher.remembered(in: memory, catalog: catalog) == chosen)
        let next = ThemeSwitcher(catalog: catalog, requested: ThemeSwitcher.remembered(in: memory, catalog: catalog),
                                 noColor: false)
        #expect(next.theme.name == chosen)
        try memory.save("gone-since")
        #expect(ThemeSwitcher.remembered(in: memory, catalog: catalog) == nil)
    }

    func frame(_ app: BrowserApp) -> Grid {
        var grid = Grid(width: size.width, height: size.height)
        app.render(into: &grid)
        return grid
    }

    /// Every styled cell has a style of `theme` (its default colours painted in the theme's `screen`
    /// colours), and the status bar has the theme's style for `statusRole`.
    func expectDrawn(_ grid: Grid, in name: String, statusRole: String = "status") {
        let styles = catalog.resolve(name).styles
        let screen = styles["screen"] ?? .plain
        func painted(_ style: Style) -> Style {
            Style(foreground: style.foreground == .default ? screen.foreground : style.foreground,
                  background: style.background == .default ? screen.background : style.background,
                  attributes: style.attributes)
        }
        let allowed = Set(styles.values.map(painted)).union([painted(.plain)])
        for y in 0..<grid.height {
            for x in 0..<grid.width where !allowed.contains(grid[x, y].style) {
                Issue.record("(\(x), \(y)) has a style not in \(name)")
                return
            }
        }
        #expect(grid[grid.width - 1, grid.height - 1].style == styles[statusRole].map(painted), "\(name)")
    }

    @Test func theChosenThemeColoursTheScreen() throws {
        let light = try app("light"), dark = try app(nil)
        #expect(light.theme.name == "light")
        #expect(dark.theme.name == "default")
        let (lightFrame, darkFrame) = (frame(light), frame(dark))
        expectDrawn(lightFrame, in: "light")
        expectDrawn(darkFrame, in: "default")
        #expect(lightFrame.lines == darkFrame.lines)
        #expect(lightFrame[0, 0].style != darkFrame[0, 0].style)
    }

    @Test func tCyclesTheCatalogInOrderAndAsksForAFullRepaint() throws {
        try Data("name = \"zz-mine\"\n[roles]\n\"status\" = { fg = \"#ff0000\", bg = \"#000000\" }\n".utf8)
            .write(to: URL(fileURLWithPath: themesFolder + "/zz-mine.toml"))
        let app = try app(nil)
        _ = frame(app)
        #expect(!app.takeFullRedraw())
        var seen: [String] = []
        for _ in 0..<6 {
            #expect(app.handle(.character("T"), size: size))
            seen.append(app.theme.name)
            #expect(app.state.status?.text == "Theme: \(app.theme.name) (T for the next)")
            let grid = frame(app)
            #expect(app.takeFullRedraw())
            #expect(!app.takeFullRedraw())
            expectDrawn(grid, in: app.theme.name)
        }
        #expect(seen == ["high-contrast", "light", "mono", "zz-mine", "console", "default"])
    }

    /// A broken theme is reported in the status bar and the default shown; `T` goes past a broken one.
    @Test func aBrokenThemeShowsTheDefaultWithTheErrorAndTPassesIt() throws {
        try Data("name = \"broken\"\n[roles]\n\"list.itme\" = { fg = \"red\" }\n".utf8)
            .write(to: URL(fileURLWithPath: themesFolder + "/broken.toml"))
        let app = try app("broken")
        #expect(app.theme.name == "default")
        let status = try #require(app.state.status)
        #expect(status.kind == .error)
        #expect(status.text.hasPrefix(themesFolder + "/broken.toml:3: list.itme:"))
        #expect(status.text.hasSuffix("; showing default"))
        expectDrawn(frame(app), in: "default", statusRole: "error")
        #expect(app.handle(.character("T"), size: size))
        #expect(app.theme.name == "console")

        let unknown = try self.app("no-such-theme")
        #expect(unknown.theme.name == "default")
        #expect(unknown.state.status?.text.contains("no such theme; themes: broken, console, default") == true)
    }

    @Test func noColorOrATerminalWithoutColoursGivesMono() throws {
        let app = try app("light", noColor: true)
        #expect(app.theme.name == "mono")
        expectDrawn(frame(app), in: "mono")
        #expect(app.handle(.character("T"), size: size))
        #expect(app.theme.name == "mono")
        #expect(app.state.status?.text == "Colours are off (NO_COLOR is set); showing mono")

        let plain = try self.app("light")
        plain.terminalStarted(colors: 256)
        #expect(plain.theme.name == "light")
        plain.terminalStarted(colors: 0)
        #expect(plain.theme.name == "mono")

        #expect(ThemeSetup.noColor(["NO_COLOR": "1"]))
        #expect(!ThemeSetup.noColor(["NO_COLOR": ""]))
        #expect(!ThemeSetup.noColor([:]))
    }
}
