/// What a key asks for. The meaning of movement commands depends on the focused pane.
public enum Command: String, CaseIterable, Hashable, Sendable {
    case down, up, open, focusNext, focusPrevious, pageDown, pageUp, top, bottom
    case previousQuote, nextQuote, toggleSidebar, reload, openLink, help, close, quit
    // Owned by later issues: reserved so the keys are not taken, and say so when pressed.
    case bookmark, bookmarks, search, searchNext, searchPrevious, theme, toggleRead, entities, speakers

    /// The feature a reserved command belongs to, shown in the status bar until it lands.
    public var reservedFeature: String? {
        switch self {
        case .bookmark, .bookmarks: "Bookmarks"
        case .theme: "Themes"
        case .toggleRead: "Marking read and unread"
        default: nil
        }
    }
}
