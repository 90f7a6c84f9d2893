import BrowserUI
import TerminalCanvas

/// A theme where every role has its own style, so a style map shows which role each cell has.
enum TestTheme {
    static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    /// The screen role keeps the terminal's colours, so that unstyled cells stay unstyled in the maps.
    static let theme = Theme(name: "test", styles: Dictionary(uniqueKeysWithValues: Role.allCases.enumerated().map {
        ($1, $1 == .screen ? Style() : Style(foreground: .indexed(UInt8(16 + $0))))
    }))

    static func letter(for style: Style) -> Character {
        guard case .indexed(let value) = style.foreground, value >= 16, Int(value) - 16 < Role.allCases.count else {
            return "?"
        }
        return letters[Int(value) - 16]
    }

    static func role(at x: Int, _ y: Int, in grid: Grid) -> Role? {
        guard case .indexed(let value) = grid[x, y].style.foreground, value >= 16 else { return nil }
        return Role.allCases[Int(value) - 16]
    }

    static let legend: [String] = Role.allCases.enumerated().map { "\(letters[$0]) \($1.rawValue)" }
}
