import ArticleModel
import TerminalCanvas

extension AppState {
    /// Carries out one command; movement depends on the focused pane.
    mutating func perform(_ command: Command) -> [Effect] {
        if case .help(let scroll) = overlay {
            performInHelp(command, scroll: scroll)
            return []
        }
        if case .browse(let browser) = overlay { return performInBrowser(command, browser) }
        if case .feeds(let list) = overlay { return performInFeeds(command, list) }
        switch command {
        case .down: move(by: 1)
        case .up: move(by: -1)
        case .pageDown: move(by: page(for: focus))
        case .pageUp: move(by: -page(for: focus))
        case .top: move(by: Int.min / 2)
        case .bottom: move(by: Int.max / 2)
        case .open: return openSelected()
        case .focusNext: cycleFocus(by: 1)
        case .focusPrevious: cycleFocus(by: -1)
        case .nextQuote: jumpToQuote(forward: true)
        case .previousQuote: jumpToQuote(forward: false)
        case .toggleSidebar:
            let shown = ScreenLayout.sidebarShown(width: size.width, preference: sidebarPreference, reading: isReading)
            sidebarPreference = !shown
            status = StatusMessage(shown ? "Quote sidebar hidden (s shows it)" : "Quote sidebar shown")
        case .reload where hasFeeds:
            guard fetching == nil else { return [] }
            fetching = FeedFetchProgress(total: 0)
            return [.fetchFeeds]
        case .reload:
            status = StatusMessage("Reloading the library…")
            return [.reloadLibrary]
        case .openLink: return openLink()
        case .theme: return [.nextTheme]
        case .bookmark: return toggleBookmark()
        case .bookmarks: openBookmarks()
        case .editNote: editNote()
        case .toggleRead: return toggleRead()
        case .search: return startSearch()
        case .searchNext: moveToMatch(forward: true)
        case .searchPrevious: moveToMatch(forward: false)
        case .entities: return openBrowser(.entities)
        case .speakers: return openBrowser(.speakers)
        case .feeds: return openFeeds()
        case .help: overlay = .help(scroll: 0)
        case .close:
            if !closeSearch() { open?.selectedQuote = nil }
        case .quit: return [.quit]
        default: return performFlow(command)
        }
        return []
    }

    /// The commands of the reading flow (`AppState+Flow.swift`).
    private mutating func performFlow(_ command: Command) -> [Effect] {
        switch command {
        case .readOn: return readOn()
        case .nextArticle: return stepArticle(by: 1)
        case .previousArticle: return stepArticle(by: -1)
        case .nextUnread: return nextUnread()
        case .markAllRead: return markAllRead()
        case .unreadOnly: return toggleUnreadOnly()
        case .widenPane: resizePane(by: 4)
        case .narrowPane: resizePane(by: -4)
        case .pager: return openPager()
        default: break
        }
        return []
    }

    private mutating func performInHelp(_ command: Command, scroll: Int) {
        switch command {
        case .help, .close, .quit: overlay = nil
        case .down: overlay = .help(scroll: scroll + 1)
        case .up: overlay = .help(scroll: max(0, scroll - 1))
        case .pageDown, .readOn: overlay = .help(scroll: scroll + ScreenLayout.page(rows: ScreenLayout.helpRows(size)))
        case .pageUp: overlay = .help(scroll: max(0, scroll - ScreenLayout.page(rows: ScreenLayout.helpRows(size))))
        case .top: overlay = .help(scroll: 0)
        case .bottom: overlay = .help(scroll: Int.max / 2)
        default: break
        }
    }

    /// A page of the pane: its inner height less one line kept for context (the sidebar's items are
    /// several lines each: three of them).
    func page(for pane: Pane) -> Int {
        pane == .quotes ? 3 : ScreenLayout.page(rows: layout(focus: pane).inner(pane)?.height ?? 1)
    }

    mutating func move(by delta: Int) {
        switch focus {
        case .list:
            selection = Self.clamped(selection.addingReportingOverflow(delta).partialValue, count: articles.count)
        case .reading:
            guard var current = open else { return }
            current.scroll = max(0, current.scroll.addingReportingOverflow(delta).partialValue)
            open = current
        case .quotes:
            guard let quotes = open?.article.analysis.quotes, !quotes.isEmpty else { return }
            let current = open?.selectedQuote ?? (delta > 0 ? -1 : quotes.count)
            selectQuote(Self.clamped(current.addingReportingOverflow(delta).partialValue, count: quotes.count))
        }
    }

    mutating func openSelected() -> [Effect] {
        switch focus {
        case .list:
            return openInReader(at: selection)
        case .quotes:
            if open?.selectedQuote != nil { focus = .reading }
        case .reading:
            break
        }
        return []
    }

    mutating func cycleFocus(by step: Int) {
        let panes = ScreenLayout.focusablePanes(width: size.width, preference: sidebarPreference, reading: isReading)
        let index = panes.firstIndex(of: focus) ?? 0
        focus = panes[(index + step + panes.count) % panes.count]
    }

    /// `[` and `]`: from the highlighted quote, or, with none, from the lines on screen.
    mutating func jumpToQuote(forward: Bool) {
        guard let open, !open.article.analysis.quotes.isEmpty else {
            status = StatusMessage(self.open == nil ? "Open an article first (Enter)" : "This article has no quotes")
            return
        }
        let lines = open.layout.quoteLines
        let target: Int?
        if let current = open.selectedQuote {
            target = forward ? (current + 1 < lines.count ? current + 1 : nil) : (current > 0 ? current - 1 : nil)
        } else if forward {
            target = lines.firstIndex { $0 >= open.scroll }
        } else {
            target = lines.lastIndex { $0 < open.scroll + readingHeight }
        }
        guard let target else {
            status = StatusMessage(forward ? "No more quotes below" : "No more quotes above")
            return
        }
        selectQuote(target)
    }

    /// Highlights a quote and scrolls the reading pane to it when it is out of view.
    mutating func selectQuote(_ index: Int) {
        guard var current = open, current.layout.quoteLines.indices.contains(index) else { return }
        current.selectedQuote = index
        let line = current.layout.quoteLines[index]
        if line < current.scroll || line >= current.scroll + readingHeight {
            current.scroll = max(0, line - readingHeight / 3)
        }
        open = current
    }

    mutating func openLink() -> [Effect] {
        guard let article = open?.article else {
            status = StatusMessage("Open an article first (Enter)")
            return []
        }
        guard let url = article.url, !url.isEmpty else {
            status = StatusMessage("This article has no link")
            return []
        }
        guard LinkPolicy.isSafe(url), !linkOpener.isEmpty else {
            status = StatusMessage("Not opening the link: only http and https links are opened", kind: .error)
            return []
        }
        if linkOpenerInTerminal { return [.runInTerminal(arguments: linkOpener + [url], input: nil)] }
        status = StatusMessage("Opening the link in the browser")
        return [.spawn(arguments: linkOpener + [url])]
    }

    /// A new article list, keeping the selected article selected.
    mutating func replaceArticles(_ list: [ArticleSummary]) {
        // Filtered by a search: it runs again on the new list (refreshSearch).
        if case .filtered(let query, _, let counts) = search.list {
            search.list = .filtered(query, full: list, matchCounts: counts)
            return
        }
        let selectedID = selectedArticle?.id
        articles = list
        selection = list.firstIndex { $0.id == selectedID } ?? min(selection, max(0, list.count - 1))
    }

    static func clamped(_ value: Int, count: Int) -> Int { min(max(value, 0), max(count - 1, 0)) }
}
