extension AppState {
    /// Names the theme now in use in the status bar, or, when the theme asked for was broken and the
    /// fallback is shown, the first problem (with how many more) as an error.
    mutating func announceTheme(_ name: String, problems: [String]) {
        guard let first = problems.first else {
            status = StatusMessage("Theme: \(name) (T for the next)")
            return
        }
        let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
        status = StatusMessage("\(first)\(more); showing \(name)", kind: .error)
    }
}
