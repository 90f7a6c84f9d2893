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
    case indexProgress(IndexingProgress?)
    case articleLoaded(Article)
    case articleFailed(ArticleID, message: String)
    /// An effect could not be performed (a browser that would not start, say).
    case effectFailed(String)
}
