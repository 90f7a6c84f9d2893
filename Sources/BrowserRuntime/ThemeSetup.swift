import BrowserUI
import Foundation
import TerminalCanvas
import Themes

/// Builds the theme catalog with the browser's roles and the user's theme folder.
public enum ThemeSetup {
    /// The bundled themes and those in `userFolder` (none when nil).
    public static func catalog(userFolder: String? = nil) -> ThemeCatalog {
        ThemeCatalog(roles: roleNames, userFolder: userFolder)
    }

    /// The roles the browser draws, as theme files name them: a theme file naming any other role is
    /// an error, and every bundled theme must set all of these (a test holds them to it).
    public static let roleNames: [String] = Role.allCases.map(\.rawValue)

    public static func monoStyles(_ catalog: ThemeCatalog) -> [String: Style] {
        catalog.resolve(ThemeCatalog.monoName).styles
    }

    /// `NO_COLOR` set to anything but the empty text asks for no colours (no-color.org).
    public static func noColor(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    }

    /// A resolved theme as the browser's `Theme`: styles by role rather than by role name.
    public static func browserTheme(_ resolved: ThemeCatalog.Resolved) -> Theme {
        let styles = resolved.styles.compactMap { name, style in Role(rawValue: name).map { ($0, style) } }
        return Theme(name: resolved.name, styles: Dictionary(uniqueKeysWithValues: styles))
    }
}
