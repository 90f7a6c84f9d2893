import ArticleModel
import TerminalCanvas

/// The article list: marks for unread and bookmarked articles, the title cut to fit by display width,
/// then source and date in columns that line up whatever script the titles are in.
enum ArticleListView {
    static let dateWidth = 10
    static let maxSourceWidth = 12

    /// What the list draws: its part of the browser's state.
    struct Slice {
        var articles: [ArticleSummary]
        var selection: Int
        /// The first article shown.
        var offset: Int
        var read: Set<ArticleID>
        var bookmarked: Set<ArticleID>
        /// For the counts of matches and the message of an empty list.
        var search: SearchState
    }

    static func render(_ state: Slice, theme: Theme, in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        if state.articles.isEmpty {
            let unreadOnly = state.search.unreadOnly && state.search.filterText?.isEmpty != false
            let query = state.search.list.query.flatMap { $0.shown.isEmpty ? nil : $0.shown }
            let message = unreadOnly ? "No unread articles: F shows all"
                : query.map { "No articles match “\($0)”" } ?? "No articles in this library"
            grid.put(TextLayout.truncate(message, width: area.width), x: area.x, y: area.y, style: theme[.listMeta])
            return
        }
        let columns = Columns(width: area.width, articles: state.articles)
        for row in 0..<area.height {
            let index = state.offset + row
            guard state.articles.indices.contains(index) else { break }
            drawRow(state.articles[index], state: state, selected: index == state.selection,
                    columns: columns, theme: theme, x: area.x, y: area.y + row, into: &grid)
        }
    }

    /// Column widths for the pane: the date from 28 columns, the source from 44, the title the rest.
    struct Columns {
        var source = 0, date = 0, title: Int

        init(width: Int, articles: [ArticleSummary]) {
            if width >= 28 { date = ArticleListView.dateWidth }
            if width >= 44 {
                let widest = articles.prefix(500).map { DisplayWidth.of($0.source ?? "") }.max() ?? 0
                source = min(widest, ArticleListView.maxSourceWidth)
            }
            title = max(0, width - 3 - (date > 0 ? date + 1 : 0) - (source > 0 ? source + 1 : 0))
        }
    }

    static func drawRow(_ article: ArticleSummary, state: Slice, selected: Bool, columns: Columns,
                        theme: Theme, x: Int, y: Int, into grid: inout Grid) {
        func style(_ role: Role) -> Style { selected ? theme[.selectedItem] : theme[role] }
        let width = 3 + columns.title + (columns.source > 0 ? columns.source + 1 : 0) + (columns.date > 0 ? columns.date + 1 : 0)
        grid.fill(Rect(x: x, y: y, width: width, height: 1), with: Cell(" ", style: style(.listItem)))
        if !state.read.contains(article.id) { grid.put("●", x: x, y: y, style: style(.unread)) }
        if state.bookmarked.contains(article.id) { grid.put("★", x: x + 1, y: y, style: style(.bookmarkMark)) }
        var column = x + 3
        // While the list is filtered by a search: how often the query occurs, at the end of the title.
        let count = state.search.matchCounts[article.id].map { " \($0)×" } ?? ""
        let titleWidth = max(0, columns.title - DisplayWidth.of(count))
        grid.put(TextLayout.truncate(article.title, width: titleWidth), x: column, y: y, maxWidth: titleWidth,
                 style: style(.listItem))
        if !count.isEmpty, titleWidth > 0 {
            grid.put(count, x: column + columns.title - DisplayWidth.of(count), y: y, style: style(.listMeta))
        }
        column += columns.title + 1
        if columns.source > 0 {
            grid.put(TextLayout.truncate(article.source ?? "", width: columns.source), x: column, y: y,
                     maxWidth: columns.source, style: style(.listMeta))
            column += columns.source + 1
        }
        if columns.date > 0 {
            let day = article.date.map { $0.knownDay ?? "unknown" } ?? ""
            grid.put(day, x: column, y: y, maxWidth: columns.date, style: style(.listMeta))
        }
    }
}

extension AppState {
    /// The article list's part of the state.
    var listSlice: ArticleListView.Slice {
        ArticleListView.Slice(articles: articles, selection: selection, offset: listOffset, read: read,
                              bookmarked: bookmarked, search: search)
    }
}
