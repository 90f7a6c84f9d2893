import ArticleModel
import BrowserUI
import ReadingState

/// The browser's bookmarks and read state: performs the reducer's effects with the `StateStore` and
/// answers with what the store now holds; saves on the run loop's ticks and on the way out.
extension BrowserApp {
    /// At start: what the reader must know about the state file, then the library attached and the
    /// list's marks seeded.
    func loadReadingState(_ summaries: [ArticleSummary]) {
        guard let store = stateStore else { return }
        showNotices(store)
        attachLibrary(summaries)
    }

    /// Reading state (and work) that waits for the first frame is attached (started) at the first tick:
    /// made to come at once, not when the tick interval runs out.
    func wakeForReadingState() {
        if readingStatePending || holdsWorkForFirstFrame { inbox.wake() }
    }

    /// Tells the store which articles the library holds (bookmarks follow renamed and edited files)
    /// and shows the read and bookmark marks for them. Again after every change of the library.
    func attachLibrary(_ summaries: [ArticleSummary]) {
        guard let store = stateStore else { return }
        store.attach(summaries)
        dispatch(.readStateLoaded(Set(summaries.lazy.filter(store.isRead).map(\.id))))
        dispatch(.bookmarksChanged(bookmarkUpdate(store, .loaded)))
    }

    func performReadingState(_ effect: Effect) -> Action? {
        guard let store = stateStore else {
            switch effect {
            case .markRead, .setRead: return nil
            default: break
            }
            return .problem("Bookmarks and read state are not kept in this window")
        }
        switch effect {
        case .toggleBookmark(let summary, let quote):
            // What `b` removes is the bookmark the reader sees, found before the store forgets it.
            let before = store.bookmarks(for: summary).first { $0.quote?.text == quote?.text }
            if let added = store.toggleBookmark(summary, quote: quote) {
                return .bookmarksChanged(bookmarkUpdate(store, .added(added)))
            }
            return .bookmarksChanged(bookmarkUpdate(store, before.map { .removed($0) } ?? .missing))
        case .saveNote(let id, let text):
            let saved = store.setNote(text, forBookmark: id)
            return .bookmarksChanged(bookmarkUpdate(store, saved.map { .noteSaved($0) } ?? .missing))
        case .deleteBookmark(let id):
            let deleted = store.deleteBookmark(id: id)
            return .bookmarksChanged(bookmarkUpdate(store, deleted.map { .deleted($0) } ?? .missing))
        case .undoDelete:
            let restored = store.undo()
            return .bookmarksChanged(bookmarkUpdate(store, restored.map { .restored($0) } ?? .missing))
        case .markRead(let summary):
            store.markRead(summary)
            return nil
        case .toggleRead(let summary):
            return .readToggled(summary.id, read: store.toggleRead(summary))
        case .setRead(let summaries, let read):
            for summary in summaries { store.setRead(summary, read) }
            return nil
        default:
            return nil
        }
    }

    /// The store's bookmarks as the screen needs them: each with the article it points at now.
    func bookmarkUpdate(_ store: StateStore, _ event: BookmarkUpdate.Event) -> BookmarkUpdate {
        let bookmarks = store.bookmarks
        var targets: [String: ArticleID] = [:]
        for bookmark in bookmarks {
            if let article = store.article(for: bookmark) { targets[bookmark.id] = article.id }
        }
        return BookmarkUpdate(bookmarks: bookmarks, targets: targets, canUndo: store.canUndo, event: event)
    }

    /// On every tick: a change is on disk within a second. A failure is shown once (the change stays in
    /// memory and the store retries), and so is the save that finally works after it.
    func saveStateIfDue() {
        guard let store = stateStore else { return }
        switch store.saveIfDue() {
        case .failed(let failure)?:
            if shownSaveFailure != failure.message {
                shownSaveFailure = failure.message
                dispatch(.problem(failure.message + " — your changes are kept and saving is retried"))
            }
        case .saved?:
            if shownSaveFailure != nil {
                shownSaveFailure = nil
                dispatch(.notice("Bookmarks and read state are saved again"))
            }
        case .unchanged?, nil:
            break
        }
        showNotices(store)
    }

    func saveStateOnExit() {
        guard let store = stateStore else { return }
        if case .failed(let failure) = store.save() {
            exitSaveFailure = failure.message
        }
    }

    private func showNotices(_ store: StateStore) {
        for notice in store.takeNotices() { dispatch(.problem(notice)) }
    }
}
