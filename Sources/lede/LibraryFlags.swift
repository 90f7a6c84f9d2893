import LibraryIndex
import LibrarySearch
import ReadingState

/// The reader's flags on the articles of an index (bookmarked, read), for `is:` searches.
struct LibraryFlags {
    let index: LibraryIndex
    let store: StateStore

    init(index: LibraryIndex, stateDirectory: String?) {
        self.index = index
        store = StateStore(libraryRoot: index.root, stateDirectory: stateDirectory)
        store.takeNotices().forEach(Output.error)
    }

    func has(_ flag: SearchQuery.Flag, _ position: Int) -> Bool {
        let summary = index.entries[position].summary(root: index.root)
        switch flag {
        case .bookmarked: return store.isBookmarked(summary) || !store.bookmarks(for: summary).isEmpty
        case .read: return store.isRead(summary)
        case .unread: return !store.isRead(summary)
        }
    }
}
