import LibraryIndex
import LibrarySearch

/// The reader's flags on the articles of an index (bookmarked, read), for `is:` searches.
struct LibraryFlags {
    var bookmarked: Set<Int> = []
    var read: Set<Int> = []

    /// Reading state arrives with the bookmarks issue; until then no article is bookmarked or read.
    static func load(root: String, index: LibraryIndex) throws -> LibraryFlags {
        LibraryFlags()
    }

    func has(_ flag: SearchQuery.Flag, _ position: Int) -> Bool {
        switch flag {
        case .bookmarked: bookmarked.contains(position)
        case .read: read.contains(position)
        case .unread: !read.contains(position)
        }
    }
}
