import ArticleModel

/// Work the reducer asks the executable to do. The executable answers with an `Action` when there is
/// something to report, which keeps `reduce` pure and every key testable without a terminal.
public enum Effect: Hashable, Sendable {
    /// Read the article's body from its file; answer `.articleLoaded` or `.articleFailed`.
    case loadArticle(ArticleSummary)
    /// Start a program, no shell: `arguments[0]` is looked up in `PATH`, the rest are its arguments.
    case spawn(arguments: [String])
    /// Read the library again; answer `.libraryLoaded`.
    case reloadLibrary
    /// Fetch the library's subscriptions; progress comes back as `feedsProgress`, the end as `feedsFetched`.
    case fetchFeeds
    /// List the library's subscriptions for the feeds view; answer `.feedsListed`.
    case listFeeds
    /// Switch to the next colour theme; answer `.themeChanged`.
    case nextTheme
    /// Bookmark the article (or its quotation), or remove the bookmark it has; answer `.bookmarksChanged`.
    case toggleBookmark(ArticleSummary, quote: Quote?)
    /// Set a bookmark's note (empty text removes it); answer `.bookmarksChanged`.
    case saveNote(bookmarkID: String, text: String)
    /// Delete a bookmark, keeping it for `undoDelete`; answer `.bookmarksChanged`.
    case deleteBookmark(id: String)
    /// Bring back the last deleted bookmark; answer `.bookmarksChanged`.
    case undoDelete
    /// Remember that the article was read (opening it does this); no answer needed.
    case markRead(ArticleSummary)
    /// `u`: flip the article's read state; answer `.readToggled`.
    case toggleRead(ArticleSummary)
    /// `A`: mark these articles read (or, undoing it, unread); no answer needed.
    case setRead([ArticleSummary], read: Bool)
    /// Leave the screen to a program in this terminal (a pager, w3m) and take it back when it ends: no
    /// shell, `arguments[0]` looked up in `PATH`; the article's clean text on its standard input, if given.
    /// Answer `.problem` when it cannot start.
    case runInTerminal(arguments: [String], input: Article?)
    /// Search the library in the background (the last word a prefix while `typing`); answer
    /// `.search(.results)`. Only the answer to the latest query counts.
    case search(String, typing: Bool)
    /// Find the query's words in the article; answer `.search(.matches)`.
    case findMatches(String, typing: Bool, in: Article)
    /// Count over the whole library in the background; answer `.search(.entities / .speakers / .quotations)`.
    case tally(LibraryTally)
    case quit
}
