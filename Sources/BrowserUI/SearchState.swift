import ArticleModel

/// The searches of the browser: the filter on the article list, the matches highlighted in the open
/// article, and the history of what was searched.
public struct SearchState: Hashable, Sendable {
    /// What the open search input looks in.
    public enum Scope: Hashable, Sendable {
        /// The library: the list filters as you type.
        case library
        /// The open article: its matches are highlighted.
        case article
    }

    public var scope: Scope = .library
    /// `F`: the list shows only unread articles (searched for with `is:unread`).
    public var unreadOnly = false
    /// The text the list is filtered by (nil: the full list), kept after Enter.
    public var listQuery: String?
    /// The full list while it is filtered.
    public var unfiltered: [ArticleSummary]?
    /// The number of matches of each listed article, shown in the list.
    public var matchCounts: [ArticleID: Int] = [:]
    /// The library query last sent to the background search; answers for other texts are stale.
    public var awaited: String?
    /// The text whose matches are highlighted in the open article.
    public var articleQuery: String?
    /// The matches in the open article, in reading order (block -2 is the title).
    public var matches: [TextSpan] = []
    /// The article `matches` belong to.
    public var matchesArticle: ArticleID?
    /// The match `n` and `N` last moved to.
    public var currentMatch: Int?
    /// What was searched, oldest first (kept in memory).
    public var history: [String] = []
    /// While Up and Down walk the history: the entry shown, and the text typed before.
    var historyPosition: Int?
    var draft = ""

    public init() {}

    /// The query the list shows the results of, while it is filtered.
    public var filterText: String? { unfiltered != nil ? (listQuery ?? awaited) : nil }

    static let historyLimit = 100

    /// What the background search is asked for `text`: with `unreadOnly`, only the unread articles. The
    /// field goes first, so that the last word stays the one being typed.
    public func query(for text: String) -> String {
        guard unreadOnly else { return text }
        return text.isEmpty ? "is:unread" : "is:unread " + text
    }
}
