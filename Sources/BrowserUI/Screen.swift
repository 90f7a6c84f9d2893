import TerminalCanvas

/// The whole screen: the panes for the terminal size, the status bar and any overlay, drawn into a grid
/// that the backend then sends to the terminal.
public enum Screen {
    public static func render(_ state: AppState, theme: Theme, into grid: inout Grid) {
        grid.fill(grid.bounds)
        defer { paintScreen(theme[.screen], into: &grid) }
        let layout = state.screen
        if layout.mode == .tooSmall {
            let message = "Terminal too small: \(ScreenLayout.minimumSize.width)x\(ScreenLayout.minimumSize.height) needed"
            grid.put(TextLayout.truncate(message, width: grid.width), x: 0, y: 0, style: theme[.error])
            return
        }
        for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let inner = rect.inset(by: 1)
            var footer: String?
            switch pane {
            case .list:
                ArticleListView.render(state.listSlice, theme: theme, in: inner, into: &grid)
                footer = state.articles.isEmpty ? nil : "\(state.selection + 1)/\(state.listCount)"
            case .reading:
                ReadingPaneView.render(state.shownArticle, matches: state.shownMatches, loading: state.loading != nil,
                                       theme: theme, in: inner, into: &grid)
                footer = state.shownArticle.map { ReadingPaneView.position($0, height: inner.height) }
            case .quotes:
                QuoteSidebarView.render(state.shownArticle, bookmarks: state.bookmarkList, theme: theme, in: inner, into: &grid)
                if let open = state.shownArticle, let selected = open.selectedQuote {
                    footer = "\(selected + 1)/\(open.article.analysis.quotes.count)"
                }
            }
            PaneFrame.draw(rect, title: title(of: pane, in: state), footer: footer,
                           focused: pane == state.focus, theme: theme, into: &grid)
        }
        StatusBarView.render(state.statusBarContent, theme: theme, in: layout.statusBar, into: &grid)
        if case .browse(let browser) = state.overlay {
            LibraryBrowserView.render(browser, theme: theme, size: state.size, into: &grid)
        }
        if case .feeds(let list) = state.overlay {
            FeedsListView.render(list, theme: theme, size: state.size, into: &grid)
        }
        if case .help(let scroll) = state.overlay {
            HelpOverlayView.render(state.keyMap, scroll: scroll, theme: theme, into: &grid)
        }
        if state.overlay == .bookmarks {
            BookmarksView.render(state.bookmarkList, size: state.size, theme: theme, into: &grid)
        }
    }

    /// The theme's own colours wherever the views left the terminal's default ones.
    static func paintScreen(_ base: Style, into grid: inout Grid) {
        guard base.foreground != .default || base.background != .default else { return }
        grid.restyle(grid.bounds) { style in
            if style.background == .default { style.background = base.background }
            if style.foreground == .default { style.foreground = base.foreground }
        }
    }

    /// The list's title: what it is filtered by, with the count.
    static func listTitle(_ state: AppState) -> String {
        let count = state.listCount
        if let text = state.search.filterText, !text.isEmpty {
            return "Search: \(text) (\(count))" + (state.search.unreadOnly ? " · unread only" : "")
        }
        if state.search.unreadOnly { return "Unread articles (\(count))" }
        return "\(Pane.list.title) (\(count))\(state.unreadTitleSuffix)"
    }

    static func title(of pane: Pane, in state: AppState) -> String {
        switch pane {
        case .list: listTitle(state)
        // A preview says so: it is not opened, so not marked read.
        case .reading: state.loading != nil ? "Loading…" : state.open?.isPreview == true ? "Preview" : pane.title
        case .quotes: state.shownArticle.map { "\(pane.title) (\($0.article.analysis.quotes.count))" } ?? pane.title
        }
    }
}
