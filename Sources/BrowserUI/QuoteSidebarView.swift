import TerminalCanvas

/// The quote sidebar: who said what, one item per quotation, the highlighted one marked, a ★ before
/// the speaker of each bookmarked quote.
enum QuoteSidebarView {
    /// Draws the quotes of `open` (nil: none shown), marking those in `bookmarks`.
    static func render(_ open: OpenArticle?, bookmarks: BookmarkList, theme: Theme, in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        guard let open else {
            grid.put(TextLayout.truncate("No article open", width: area.width), x: area.x, y: area.y,
                     style: theme[.articleMeta])
            return
        }
        let sidebar = open.sidebar(width: area.width)
        if sidebar.items.isEmpty {
            grid.put(TextLayout.truncate("No quotes found", width: area.width), x: area.x, y: area.y,
                     style: theme[.articleMeta])
            return
        }
        let quotes = open.article.analysis.quotes
        let bookmarked = bookmarks.bookmarkedQuotes(in: open.article.id)
        var y = area.y
        let first = sidebar.firstItem(showing: open.selectedQuote, height: area.height)
        for index in sidebar.items.indices.dropFirst(first) {
            guard y < area.maxY else { break }
            let item = sidebar.items[index], selected = index == open.selectedQuote
            func style(_ role: Role) -> Style { selected ? theme[.selectedItem] : theme[role] }
            if selected {
                grid.fill(Rect(x: area.x, y: y, width: area.width, height: min(item.height - 1, area.maxY - y)),
                          with: Cell(" ", style: style(.quotation)))
            }
            var x = area.x
            if quotes.indices.contains(index), bookmarked.contains(quotes[index].text) {
                x += grid.put("★ ", x: x, y: y, maxWidth: area.width, style: style(.bookmarkMark))
            }
            grid.put(glyphs: item.speaker, x: x, y: y, limit: area.maxX, style: style(.quoteSpeaker))
            y += 1
            for line in item.lines where y < area.maxY {
                grid.put(glyphs: line, x: area.x + 2, y: y, limit: area.maxX, style: style(.quotation))
                y += 1
            }
            y += 1
        }
    }
}
