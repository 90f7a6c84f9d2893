extension AppState {
    // The bookmarks issue fills these in; until then `b` and `B` are reserved and no note or filter
    // input is ever opened.
    mutating func submitNote(_ text: String, bookmarkID: String) -> [Effect] { [] }
    mutating func submitFilter(_ text: String) -> [Effect] { [] }
    mutating func filterChanged(_ text: String) -> [Effect] { [] }
}
