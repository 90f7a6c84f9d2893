import ArticleModel
import TerminalCanvas

/// Everything that can change the state: input, and the answers to effects the executable performed.
public enum Action: Hashable, Sendable {
    case key(KeyEvent)
    case command(Command)
    case resize(Size)
    /// The library was (re)read: its articles, newest first, and how many files were skipped.
    case libraryLoaded([ArticleSummary], problems: Int)
    /// The library changed on disk since its index was saved: the list follows, without a message
    /// unless files could not be read.
    case libraryUpdated([ArticleSummary], problems: Int)
    /// Background indexing read these articles (new or changed files): the list takes them in as it goes.
    case articlesIndexed([ArticleSummary])
    /// Background indexing advanced (nil: it finished with nothing to show).
    case indexProgress(IndexingStatus?)
    /// One more feed of `r`'s fetch is done.
    case feedsProgress(FeedFetchProgress)
    /// Every feed of `r`'s fetch is done.
    case feedsFetched(FeedFetchProgress)
    /// The subscriptions for the feeds view.
    case feedsListed([FeedRowSummary])
    case articleLoaded(Article)
    case articleFailed(ArticleID, message: String)
    /// The bookmarks changed (or were read at start): the whole list and what happened.
    case bookmarksChanged(BookmarkUpdate)
    /// The read state of the library as the state store has it (at start, and after the library changed).
    case readStateLoaded(Set<ArticleID>)
    /// `u` toggled an article's read state to `read`.
    case readToggled(ArticleID, read: Bool)
    /// A message for the reader that is not an error (the state could be saved again, say).
    case notice(String)
    /// The answer to a search effect.
    case search(SearchAnswer)
    /// Something went wrong that the reader should know, shown as an error: an effect that could not be
    /// performed (a browser that would not start), a save or a count that failed, a wrong setting.
    case problem(String)
    /// The screen is now drawn in the theme `name`; `problems` say what was wrong with the one asked for.
    case themeChanged(name: String, problems: [String])
}
