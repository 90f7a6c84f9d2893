import TerminalCanvas
import Themes
import TOMLKit

/// Builds the theme catalog with the browser's roles and the user's theme folder.
enum ThemeSetup {
    static func catalog() -> ThemeCatalog {
        ThemeCatalog(roles: roleNames, userFolder: Config.themesFolder)
    }

    /// The roles the browser draws: those the bundled default theme sets.
    static let roleNames: [String] = {
        let table = try? TOMLTable(string: BundledThemes.files[ThemeCatalog.defaultName] ?? "")
        return table?["roles"]?.table?.keys.sorted() ?? []
    }()

    static func monoStyles(_ catalog: ThemeCatalog) -> [String: Style] {
        catalog.resolve(ThemeCatalog.monoName).styles
    }
}
