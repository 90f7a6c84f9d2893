/// Who takes the keys, computed once per event from the state: text being typed first, then the view
/// over the panes, then the panes. Each mode has its own key, mouse and hint handlers
/// (`AppState+Mode.swift`), as tig gives each view its own operations.
public enum Mode: Hashable, Sendable {
    /// A search, a filter or a note being typed in the status bar (the mouse still acts on what is under it).
    case input
    /// `?`: the keys.
    case help
    /// `B`: the bookmarks.
    case bookmarks
    /// `e` and `S`: the entities and speakers views.
    case browse
    /// `f`: the feeds.
    case feeds
    /// The article list, the reading pane and the quote sidebar.
    case panes
}
