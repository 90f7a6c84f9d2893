import ArticleModel

/// What the executable reports after it changed the bookmarks in the state store: the whole list (it is
/// small, and sending it whole keeps the screen and the store from drifting apart) and what happened.
public struct BookmarkUpdate: Hashable, Sendable {
    public enum Event: Hashable, Sendable {
        /// Read at start or after the library changed: no message.
        case loaded
        case added(Bookmark)
        /// `b` on a bookmarked article or quote.
        case removed(Bookmark)
        case noteSaved(Bookmark)
        /// `d` in the bookmarks view.
        case deleted(Bookmark)
        /// `u` in the bookmarks view brought this one back.
        case restored(Bookmark)
        /// The bookmark asked for is no longer there (deleted by another lede, say).
        case missing
    }

    /// All bookmarks, newest first.
    public var bookmarks: [Bookmark]
    /// Bookmark id → the article it points at in the library now; a bookmark whose article is gone has none.
    public var targets: [String: ArticleID]
    /// Whether a delete can be undone.
    public var canUndo: Bool
    public var event: Event

    public init(bookmarks: [Bookmark], targets: [String: ArticleID], canUndo: Bool, event: Event = .loaded) {
        self.bookmarks = bookmarks
        self.targets = targets
        self.canUndo = canUndo
        self.event = event
    }
}
