import BrowserUI
import ReadingState
import Themes

/// Which theme the browser shows and which `T` shows next: the one asked for (`--theme`, else
/// `theme` in config.toml, else the default), then the catalog's themes in order, bundled and the
/// user's. With colours off (`NO_COLOR`, or a terminal without colours) only `mono` is shown.
public struct ThemeSwitcher {
    public let catalog: ThemeCatalog
    /// Where `T` goes on from: the catalog name asked for last, or, for a theme file or an unknown
    /// name, the theme actually shown. A broken theme in the cycle is passed, not returned to.
    public private(set) var position: String
    /// Why colours are off, when they are.
    public private(set) var colorsOff: String?
    /// The theme now shown and what went wrong on the way to it.
    public private(set) var theme: Theme
    public private(set) var problems: [String]
    /// Where the theme chosen with `T` is remembered for the next run; nil remembers nothing (tests).
    public var memory: ThemeChoice?

    public init(catalog: ThemeCatalog, requested: String?, noColor: Bool) {
        self.catalog = catalog
        let choice = requested ?? ThemeCatalog.defaultName
        let resolved = catalog.resolve(choice)
        position = catalog.names.contains(choice) ? choice : resolved.name
        theme = ThemeSetup.browserTheme(resolved)
        problems = resolved.errors.map(\.description)
        if noColor { turnColorsOff(because: "NO_COLOR is set") }
    }

    /// Shows `mono` from now on; the problems of the theme asked for are kept to be reported.
    public mutating func turnColorsOff(because reason: String) {
        guard colorsOff == nil else { return }
        colorsOff = reason
        theme = ThemeSetup.browserTheme(catalog.resolve(ThemeCatalog.monoName))
    }

    /// The theme remembered in `memory`, if the catalog still has it.
    public static func remembered(in memory: ThemeChoice, catalog: ThemeCatalog) -> String? {
        memory.load().flatMap { catalog.names.contains($0) ? $0 : nil }
    }

    /// Moves to the next theme of the catalog, after the one asked for last.
    public mutating func next() {
        if let colorsOff {
            problems = ["Colours are off (\(colorsOff))"]
            return
        }
        let names = catalog.names
        guard !names.isEmpty else { return }
        let following = names.firstIndex(of: position).map { ($0 + 1) % names.count } ?? 0
        position = names[following]
        let resolved = catalog.resolve(position)
        theme = ThemeSetup.browserTheme(resolved)
        problems = resolved.errors.map(\.description)
        do {
            try memory?.save(position)
        } catch {
            problems.append(error.message)
        }
    }
}
