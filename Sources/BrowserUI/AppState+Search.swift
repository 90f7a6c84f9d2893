import TerminalCanvas

extension AppState {
    // The search issue fills these in; until then `/` is reserved and no search input is ever opened.
    mutating func submitSearch(_ text: String) -> [Effect] { [] }
    mutating func cancelSearch() -> [Effect] { [] }
    mutating func searchChanged(_ text: String) -> [Effect] { [] }
    mutating func searchInputKey(_ key: KeyEvent) -> [Effect] { [] }
}
