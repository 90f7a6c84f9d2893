import ArticleModel

/// The searches of the browser: the filter on the article list, the matches highlighted in the open
/// article, and the history of what was searched. Each search is an enum of its real states, so that a
/// filtered list without its full list, or matches without the article they belong to, cannot be written.
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
    /// The library search behind the article list.
    public var list: ListSearch = .whole
    /// The search in the open article.
    public var article: ArticleSearch = .none
    /// What was searched, oldest first (kept in memory).
    public var history: [String] = []
    /// While Up and Down walk the history: where they are.
    var historyWalk: HistoryWalk?

    public init() {}

    static let historyLimit = 100

    /// What the background search is asked for `text`: with `unreadOnly`, only the unread articles. The
    /// field goes first, so that the last word stays the one being typed.
    public func query(for text: String) -> String {
        guard unreadOnly else { return text }
        return text.isEmpty ? "is:unread" : "is:unread " + text
    }
}

/// Up and Down in the search input: the history entry shown, and the text typed before the walk began.
struct HistoryWalk: Hashable, Sendable {
    var position: Int
    var draft: String
}

/// The article list's library search.
public enum ListSearch: Hashable, Sendable {
    /// The whole library is listed; nothing is asked.
    case whole
    /// The query was sent; the list stays as it is until the answer.
    case asked(ListQuery)
    /// The list shows an answer: `full` is the whole list to come back to, `matchCounts` how often each
    /// listed article matches.
    case filtered(ListQuery, full: [ArticleSummary], matchCounts: [ArticleID: Int])

    /// The texts of the search, unless the whole library is listed.
    public var query: ListQuery? {
        switch self {
        case .whole: nil
        case .asked(let query), .filtered(let query, _, _): query
        }
    }
}

/// The text of a library search.
public struct ListQuery: Hashable, Sendable {
    /// The text last sent to the background search; answers for other texts are stale.
    public var sent: String
    /// The text confirmed with Enter (nil while the first one is being typed), kept after the input closes.
    public var confirmed: String?
    /// The text whose answer the list shows (set with each answer applied): while a second search is
    /// typed, the list shows its answers, not the first search's.
    public var answered: String?

    /// The text the list is said to be filtered by: the answer's, else (before any) the text sent.
    public var shown: String { answered ?? sent }
}

/// The search in the open article.
public enum ArticleSearch: Hashable, Sendable {
    /// Nothing is searched for in the article.
    case none
    /// `query` was sent; no answer yet.
    case asked(String)
    /// The matches of the last answer, drawn while `query` (the text last sent) is awaited.
    case found(String, ArticleMatches)

    /// The text last sent.
    public var query: String? {
        switch self {
        case .none: nil
        case .asked(let query), .found(let query, _): query
        }
    }

    /// The matches of the last answer.
    public var found: ArticleMatches? {
        if case .found(_, let matches) = self { matches } else { nil }
    }
}

/// The matches of a search in one article.
public struct ArticleMatches: Hashable, Sendable {
    /// The article the matches belong to.
    public var article: ArticleID
    /// The matches, in reading order (block -2 is the title).
    public var spans: [TextSpan]
    /// The match `n` and `N` last moved to.
    public var current: Int?
}

extension SearchState {
    /// The query the list shows the results of, while it is filtered.
    public var filterText: String? {
        if case .filtered(let query, _, _) = list { query.shown } else { nil }
    }

    /// The text confirmed with Enter that the list is filtered by.
    public var listQuery: String? { list.query?.confirmed }
    /// The library query last sent to the background search.
    public var awaited: String? { list.query?.sent }
    /// The number of matches of each listed article, while the list is filtered.
    public var matchCounts: [ArticleID: Int] {
        if case .filtered(_, _, let counts) = list { counts } else { [:] }
    }
    /// The matches in the open article (empty before an answer).
    public var matches: [TextSpan] { article.found?.spans ?? [] }
    /// The match `n` and `N` last moved to.
    public var currentMatch: Int? { article.found?.current }
}

extension ListSearch {
    /// `text` sent to the background search (and confirmed, after Enter); an answer shown stays shown.
    mutating func send(_ text: String, confirmed: Bool) {
        var query = self.query ?? ListQuery(sent: text)
        query.sent = text
        if confirmed { query.confirmed = text }
        if case .filtered(_, let full, let counts) = self {
            self = .filtered(query, full: full, matchCounts: counts)
        } else {
            self = .asked(query)
        }
    }
}

extension ArticleSearch {
    /// `text` sent: the matches of the last answer stay drawn until its answer.
    mutating func ask(_ text: String) {
        if case .found(_, let matches) = self { self = .found(text, matches) } else { self = .asked(text) }
    }
}
