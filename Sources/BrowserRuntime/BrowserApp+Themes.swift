import BrowserUI
import TerminalCanvas

extension BrowserApp {
    public var theme: Theme { themes.theme }

    /// `T`: the next theme of the catalog; the whole screen is repainted in its colours.
    func nextTheme() -> Action {
        themes.next()
        fullRedraw = true
        return .themeChanged(name: theme.name, problems: themes.problems)
    }

    /// What was wrong with the theme asked for at start (the default is shown instead), in the status bar.
    public func reportThemeProblems() {
        guard !themes.problems.isEmpty else { return }
        dispatch(.themeChanged(name: theme.name, problems: themes.problems))
    }

    public func terminalStarted(colors: Int) {
        if colors == 0 { themes.turnColorsOff(because: "this terminal shows no colours") }
        wakeForReadingState()
    }

    public func takeFullRedraw() -> Bool {
        defer { fullRedraw = false }
        return fullRedraw
    }
}
