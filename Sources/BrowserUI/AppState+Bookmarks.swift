import ArticleModel
import TerminalCanvas

/// Bookmarks: `b` toggles, `a` writes the note, `B` opens the list. The reducer only asks; the
/// executable changes the state store and answers with `.bookmarksChanged`.
extension AppState {
    // MARK: Keys in the panes

    /// `b`: the selected quote when the quote sidebar has focus, or in the reading pane the quote `]`
    /// highlighted; else the article in view.
    mutating func toggleBookmark() -> [Effect] {
        guard let (summary, quote) = bookmarkTarget(requireQuote: focus == .quotes) else { return [] }
        return [.toggleBookmark(summary, quote: quote)]
    }

    /// `a`: the note of the bookmark on the article or quote `b` would toggle.
    mutating func editNote() {
        guard let (summary, quote) = bookmarkTarget(requireQuote: focus == .quotes) else { return }
        guard let bookmark = bookmarkList.bookmark(on: summary.id, quote: quote) else {
            status = StatusMessage(quote == nil ? "This article is not bookmarked: b bookmarks it"
                                                : "This quote is not bookmarked: b bookmarks it")
            return
        }
        startNote(for: bookmark)
    }

    /// The article (and quote) the bookmark keys act on, or nil with a message saying why there is none.
    private mutating func bookmarkTarget(requireQuote: Bool) -> (ArticleSummary, Quote?)? {
        if focus == .list {
            guard let summary = selectedArticle else {
                status = StatusMessage("No article to bookmark")
                return nil
            }
            return (summary, nil)
        }
        guard let open, let summary = openSummary else {
            status = StatusMessage("Open an article first (Enter)")
            return nil
        }
        let quotes = open.article.analysis.quotes
        guard requireQuote else {
            return (summary, open.selectedQuote.flatMap { quotes.indices.contains($0) ? quotes[$0] : nil })
        }
        guard let index = open.selectedQuote, quotes.indices.contains(index) else {
            status = StatusMessage(quotes.isEmpty ? "This article has no quotes" : "Select a quote first (j k)")
            return nil
        }
        return (summary, quotes[index])
    }

    /// Opens the note editor in the status bar on the bookmark's current note.
    mutating func startNote(for bookmark: Bookmark) {
        input = TextInput(.note(bookmarkID: bookmark.id), prompt: "Note: ", text: bookmark.note ?? "")
    }

    // MARK: The text inputs

    mutating func submitNote(_ text: String, bookmarkID: String) -> [Effect] {
        [.saveNote(bookmarkID: bookmarkID, text: text)]
    }

    // MARK: The bookmarks view

    mutating func openBookmarks() {
        overlay = .bookmarks
        bookmarkList.filter = ""
        bookmarkList.selection = 0
        if bookmarkList.items.isEmpty {
            status = StatusMessage("No bookmarks yet: b bookmarks an article or, in the quote sidebar, a quote")
        }
    }

    /// A key while the bookmarks view is open: its own keys first, then movement.
    mutating func handleBookmarksKey(_ key: KeyEvent) -> [Effect] {
        // As in the panes, Esc first dismisses a message ("u undoes") and only then the list.
        let hadMessage = status != nil
        status = nil
        guard let command = keyMap.bookmarksCommand(for: key), !(key == .escape && hadMessage) else { return [] }
        let count = bookmarkList.visible.count
        switch command {
        case .down: moveBookmark(to: bookmarkList.selection + 1, count: count)
        case .up: moveBookmark(to: bookmarkList.selection - 1, count: count)
        case .pageDown, .readOn: moveBookmark(to: bookmarkList.selection + bookmarkPage, count: count)
        case .pageUp: moveBookmark(to: bookmarkList.selection - bookmarkPage, count: count)
        case .top: moveBookmark(to: 0, count: count)
        case .bottom: moveBookmark(to: count - 1, count: count)
        case .closeBookmarks, .close, .bookmarks, .quit: overlay = nil
        case .help: overlay = .help(scroll: 0)
        case .jumpToBookmark: return jumpToSelectedBookmark()
        case .editNote:
            if let bookmark = bookmarkList.selected { startNote(for: bookmark) }
        case .deleteBookmark:
            if let bookmark = bookmarkList.selected { return [.deleteBookmark(id: bookmark.id)] }
        case .undoDelete:
            if bookmarkList.canUndo { return [.undoDelete] }
            status = StatusMessage("Nothing to undo")
        case .filterBookmarks:
            startOverlayFilter()
        default: break
        }
        return []
    }

    /// The wheel moves the selection, a click selects a bookmark (a second click opens it), a click
    /// outside the box closes the list.
    mutating func handleBookmarksMouse(_ event: MouseEvent) -> [Effect] {
        let items = bookmarkList.visible
        switch event.kind {
        case .wheelDown: moveBookmark(to: bookmarkList.selection + 1, count: items.count)
        case .wheelUp: moveBookmark(to: bookmarkList.selection - 1, count: items.count)
        case .press:
            let box = ScreenLayout.overlayBox(size)
            guard (box.x..<box.maxX).contains(event.x), (box.y..<box.maxY).contains(event.y) else {
                overlay = nil
                return []
            }
            guard let index = ScreenLayout.bookmark(atRow: event.y - box.y - 1, in: items, selected: bookmarkList.selection,
                                                    rows: ScreenLayout.bookmarkRows(size)) else { return [] }
            if index == bookmarkList.selection { return jumpToSelectedBookmark() }
            bookmarkList.selection = index
        }
        return []
    }

    /// How far PgDn moves in the bookmarks view: about the bookmarks its box shows (three rows each).
    private var bookmarkPage: Int {
        max(1, ScreenLayout.bookmarkRows(size) / 3)
    }

    private mutating func moveBookmark(to index: Int, count: Int) {
        bookmarkList.selection = Self.clamped(index, count: count)
    }

    /// Enter: selects the bookmark's article in the list and opens it; the quote is highlighted once
    /// the article has arrived (`selectPendingQuote`).
    mutating func jumpToSelectedBookmark() -> [Effect] {
        guard let bookmark = bookmarkList.selected else { return [] }
        guard let id = bookmarkList.targets[bookmark.id], let index = articles.firstIndex(where: { $0.id == id }) else {
            status = StatusMessage("The article of this bookmark is not in the library any more (\(bookmark.path))",
                                   kind: .error)
            return []
        }
        overlay = nil
        focus = .list
        selection = index
        pendingQuote = bookmark.quote.map { PendingQuote(article: id, place: .bookmarked($0)) }
        let effects = openSelected()
        if open?.article.id == id { selectPendingQuote() }
        return effects
    }

    // MARK: Answers from the executable

    mutating func applyBookmarks(_ update: BookmarkUpdate) {
        let selectedID = bookmarkList.selected?.id
        bookmarkList.items = update.bookmarks
        bookmarkList.targets = update.targets
        bookmarkList.canUndo = update.canUndo
        bookmarked = Set(update.targets.values)
        var select = selectedID
        switch update.event {
        case .loaded: break
        case .added(let bookmark):
            status = StatusMessage("Bookmarked \(bookmark.quote == nil ? "the article" : "the quote") — a adds a note, B lists bookmarks")
        case .removed(let bookmark):
            status = StatusMessage("Bookmark on \(bookmark.quote == nil ? "the article" : "the quote") removed — B then u brings it back")
        case .noteSaved(let bookmark):
            status = StatusMessage(bookmark.note == nil ? "Note removed" : "Note saved")
        case .deleted(let bookmark):
            status = StatusMessage("Deleted the bookmark on “\(bookmark.title)” — u undoes")
        case .restored(let bookmark):
            status = StatusMessage("Bookmark restored")
            select = bookmark.id
        case .missing:
            status = StatusMessage("That bookmark is gone (deleted in another lede?)", kind: .error)
        }
        let visible = bookmarkList.visible
        if let select, let index = visible.firstIndex(where: { $0.id == select }) {
            bookmarkList.selection = index
        } else {
            bookmarkList.selection = Self.clamped(bookmarkList.selection, count: visible.count)
        }
    }
}

extension KeyMap {
    /// In the bookmarks view, its own bindings come first (`u` undoes there, `/` filters).
    func bookmarksCommand(for key: KeyEvent) -> Command? {
        bindings.first { $0.command.isBookmarksViewOnly && $0.keys.contains(key) }?.command ?? command(for: key)
    }

    /// The status-bar hints while the bookmarks view is open.
    var bookmarksHints: [(keys: String, text: String)] {
        hints([(.jumpToBookmark, "open"), (.editNote, "note"), (.deleteBookmark, "delete"), (.undoDelete, "undo"),
               (.filterBookmarks, "filter"), (.closeBookmarks, "close")])
    }
}

extension Command {
    /// Commands that only mean something in the bookmarks view; elsewhere their keys keep their usual meaning.
    var isBookmarksViewOnly: Bool {
        switch self {
        case .jumpToBookmark, .deleteBookmark, .undoDelete, .filterBookmarks, .closeBookmarks: true
        default: false
        }
    }
}
