import TerminalCanvas

/// The whole screen: the panes for the terminal size, the status bar and any overlay, drawn into a grid
/// that the backend then sends to the terminal.
public enum Screen {
    public static func render(_ state: AppState, theme: Theme, into grid: inout Grid) {
        grid.fill(grid.bounds)
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
                ArticleListView.render(state, theme: theme, in: inner, into: &grid)
                footer = state.articles.isEmpty ? nil : "\(state.selection + 1)/\(state.articles.count)"
            case .reading:
                ReadingPaneView.render(state, theme: theme, in: inner, into: &grid)
                footer = state.open.map { ReadingPaneView.position($0, height: inner.height) }
            case .quotes:
                QuoteSidebarView.render(state, theme: theme, in: inner, into: &grid)
                if let open = state.open, let selected = open.selectedQuote {
                    footer = "\(selected + 1)/\(open.article.analysis.quotes.count)"
                }
            }
            PaneFrame.draw(rect, title: title(of: pane, in: state), footer: footer,
                           focused: pane == state.focus, theme: theme, into: &grid)
        }
        StatusBarView.render(state, theme: theme, in: layout.statusBar, into: &grid)
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
            BookmarksView.render(state, theme: theme, into: &grid)
        }
    }

    static func title(of pane: Pane, in state: AppState) -> String {
        switch pane {
        case .list: state.search.filterText.map { "Search: \($0) (\(state.articles.count))" }
            ?? "\(pane.title) (\(state.articles.count))\(state.unreadTitleSuffix)"
        case .reading: state.loading != nil ? "Loading…" : pane.title
        case .quotes: state.open.map { "\(pane.title) (\($0.article.analysis.quotes.count))" } ?? pane.title
        }
    }
}
