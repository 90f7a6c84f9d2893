import ArticleModel
import TerminalCanvas

/// Everything the browser shows, as a value. Only `reduce` changes it.
public struct AppState: Hashable, Sendable {
    public enum Overlay: Hashable, Sendable {
        case help(scroll: Int)
        /// `B`: the bookmarks, over the panes.
        case bookmarks
        /// The entities (`e`) or speakers (`S`) view.
        case browse(LibraryBrowser)
        /// `F`: the library's subscriptions.
        case feeds(FeedsList)
    }

    public var articles: [ArticleSummary] {
        didSet {
            expectedCount = nil
            countUnread()
            markedAllRead = nil  // `A` again undoes only on the list it marked
        }
    }
    /// While `articles` holds only the newest rows of a large library (the first frame draws them before
    /// the whole index is read), how many articles the library has; nil once `articles` holds them all.
    public internal(set) var expectedCount: Int?

    /// How many articles the list has: what its title and its position count.
    var listCount: Int { expectedCount ?? articles.count }

    /// Index of the selected article in `articles`.
    public var selection = 0
    /// The first article shown in the list.
    public var listOffset = 0
    /// The articles read. Setting the whole set recounts the unread; one article marked at a time
    /// (`setRead`) adjusts the count, since recounting 100,000 took an open 10 to 25 ms.
    public var read: Set<ArticleID> {
        get { readIDs }
        set {
            readIDs = newValue
            countUnread()
        }
    }
    var readIDs: Set<ArticleID> = []
    /// Articles in `articles` not in `read`: kept up to date by both, so a frame does not count 100,000 rows.
    public internal(set) var unreadCount = 0
    public var bookmarked: Set<ArticleID> = []
    /// The bookmarks as the state store last reported them, and the `B` view's place in them.
    public var bookmarkList = BookmarkList()
    public var open: OpenArticle?
    /// The article being loaded, while its body is read.
    public var loading: ArticleID?
    /// Whether `loading` is only to be previewed (not opened: not marked read, focus stays in the list).
    var loadingPreview = false
    /// The article last asked for as a preview, so that a failed preview is not asked for at every key.
    var previewed: ArticleID?
    /// The quotation chosen in the speakers or bookmarks view, selected once its article is open.
    public var pendingQuote: PendingQuote?
    /// The articles `A` last marked read, for `A` again to put back (nil once any read mark changes).
    public var markedAllRead: [ArticleSummary]?
    /// Columns the reader moved the pane borders by (`<`, `>`).
    public var paneShift = PaneShift()
    public var focus: Pane = .list
    /// The user's choice with `s`; nil follows the width (shown from 100 columns).
    public var sidebarPreference: Bool?
    public var size: Size
    public var overlay: Overlay?
    public var status: StatusMessage?
    /// Background indexing, while it runs.
    public var indexing: IndexingStatus?
    /// The library has subscriptions (`feeds.opml`): `r` fetches them.
    public var hasFeeds = false
    /// The feed fetch `r` started, while it runs.
    public var fetching: FeedFetchProgress?
    /// Text being typed in the status bar; while there is some, keys go to it first.
    public var input: TextInput?
    /// The list filter, the matches in the open article and the search history.
    public var search = SearchState()
    /// The program that opens links, as an argument vector to which the URL is appended.
    public var linkOpener: [String]
    /// Whether `linkOpener` is a terminal browser (w3m, lynx): lede leaves the screen to it meanwhile.
    public var linkOpenerInTerminal = false
    /// The pager `p` shows the article's text in, as an argument vector.
    public var pager = ["less"]
    public var keyMap: KeyMap

    /// `expectedCount`: the articles are the newest rows of a library of this many.
    public init(articles: [ArticleSummary], size: Size, linkOpener: [String] = ["xdg-open"],
                keyMap: KeyMap = .standard, expectedCount: Int? = nil) {
        self.articles = articles
        self.size = size
        self.expectedCount = expectedCount
        unreadCount = expectedCount ?? articles.count
        self.linkOpener = linkOpener
        self.keyMap = keyMap
    }

    public var selectedArticle: ArticleSummary? {
        articles.indices.contains(selection) ? articles[selection] : nil
    }

    /// Where each pane is on the current screen.
    public var screen: ScreenLayout { layout(focus: focus) }

    /// The article the reading pane and the quote sidebar show: none while another one is being loaded
    /// in its place (loads run in the background), so that the panes never show one article's text
    /// while another is selected.
    public var shownArticle: OpenArticle? {
        guard let open, loading == nil || loading == open.article.id else { return nil }
        return open
    }

    /// Whether an article is open for reading, not only previewed: the panes are laid out for reading it.
    public var isReading: Bool { open.map { !$0.isPreview } ?? false }

    /// The screen's panes were `pane` focused.
    func layout(focus pane: Pane, reading: Bool? = nil) -> ScreenLayout {
        ScreenLayout(size: size, sidebarPreference: sidebarPreference, focus: pane, reading: reading ?? isReading,
                     shift: paneShift)
    }
}
