/// What a key asks for. The meaning of movement commands depends on the focused pane.
public enum Command: String, CaseIterable, Hashable, Sendable {
    case down, up, open, focusNext, focusPrevious, pageDown, pageUp, top, bottom
    case previousQuote, nextQuote, toggleSidebar, reload, openLink, help, close, quit
    case bookmark, bookmarks, toggleRead, editNote
    // Only in the bookmarks view (`B`): see `isBookmarksViewOnly`.
    case jumpToBookmark, deleteBookmark, undoDelete, filterBookmarks, closeBookmarks
    case search, searchNext, searchPrevious, theme, entities, speakers, feeds
    // Only in the entities and speakers views: see `KeyMap.browserCommand(for:)`.
    case sortRows
    // The reading flow: see `AppState+Flow.swift`.
    case readOn, nextArticle, previousArticle, nextUnread, markAllRead, unreadOnly, widenPane, narrowPane, pager
}
