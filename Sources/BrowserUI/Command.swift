/// What a key asks for. The meaning of movement commands depends on the focused pane.
public enum Command: String, CaseIterable, Hashable, Sendable {
    case down, up, open, focusNext, focusPrevious, pageDown, pageUp, top, bottom
    case previousQuote, nextQuote, toggleSidebar, reload, openLink, help, close, quit
    case bookmark, bookmarks, toggleRead, editNote
    // Only in the bookmarks view (`B`): see `isBookmarksViewOnly`.
    case jumpToBookmark, deleteBookmark, undoDelete, filterBookmarks, closeBookmarks
    // Owned by later issues: reserved so the keys are not taken, and say so when pressed.
    case search, searchNext, searchPrevious, theme, entities, speakers

    /// The feature a reserved command belongs to, shown in the status bar until it lands.
    public var reservedFeature: String? {
        switch self {
        case .search, .searchNext, .searchPrevious: "Search"
        case .entities: "The entity view"
        case .speakers: "The speaker view"
        default: nil
        }
    }
}
