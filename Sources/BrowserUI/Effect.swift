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
    /// Switch to the next colour theme; answer `.themeChanged`.
    case nextTheme
    case quit
}
