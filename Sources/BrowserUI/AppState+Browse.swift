import ArticleModel
import TerminalCanvas

extension AppState {
    /// `e` and `S`: the entities or speakers of the whole library, counted in the background.
    mutating func openBrowser(_ page: LibraryBrowser.Page) -> [Effect] {
        var browser = LibraryBrowser(page: page)
        if case .browse(let shown) = overlay {
            // Switching between the views keeps what was already counted.
            browser.entities = shown.entities
            browser.speakers = shown.speakers
        }
        browser.rebuild()
        overlay = .browse(browser)
        return browser.items == nil ? [.tally(page == .entities ? .entities : .speakers)] : []
    }

    /// Changes the open view, re-sorting and re-filtering its rows.
    mutating func updateBrowser(_ change: (inout LibraryBrowser) -> Void) {
        guard case .browse(var browser) = overlay else { return }
        change(&browser)
        browser.rebuild()
        overlay = .browse(browser)
    }

    /// Keys in the entities and speakers views: move, Enter goes in, Esc comes back out, `s` sorts,
    /// `/` filters, `e` and `S` switch views.
    mutating func performInBrowser(_ command: Command, _ browser: LibraryBrowser) -> [Effect] {
        let rows = browser.items?.count ?? 0
        func select(_ row: Int) { updateBrowser { $0.selection = Self.clamped(row, count: rows) } }
        switch command {
        case .down: select(browser.selection + 1)
        case .up: select(browser.selection - 1)
        case .pageDown, .readOn: select(browser.selection + ScreenLayout.page(rows: ScreenLayout.browserRows(size)))
        case .pageUp: select(browser.selection - ScreenLayout.page(rows: ScreenLayout.browserRows(size)))
        case .top: select(0)
        case .bottom: select(rows - 1)
        case .sortRows:
            updateBrowser { $0.sort = $0.sort == .count ? .name : .count }
        case .search: return startSearch()
        case .entities: return openBrowser(.entities)
        case .speakers: return openBrowser(.speakers)
        case .open: return enterBrowserItem(browser)
        case .close:
            if case .quotations = browser.page {
                updateBrowser {
                    $0.page = .speakers
                    $0.quotations = nil
                    $0.filter = ""
                    $0.selection = $0.speakerSelection
                }
            } else {
                overlay = nil
            }
        case .quit: return [.quit]
        case .help: overlay = .help(scroll: 0)
        default: break
        }
        return []
    }

    /// The article list narrowed by a library search for `query`, as if typed: the entity and feeds
    /// views' Enter.
    mutating func filterList(by query: String) -> [Effect] {
        clearListFilter()
        search.list.send(query, confirmed: true)
        search.scope = .library
        remember(query)
        focus = .list
        return [.search(search.query(for: query), typing: false)]
    }

    /// Enter on a row: an entity filters the list to the articles that mention it; a speaker lists
    /// their quotations; a quotation opens its article at the quote.
    mutating func enterBrowserItem(_ browser: LibraryBrowser) -> [Effect] {
        guard let items = browser.items, items.indices.contains(browser.selection) else { return [] }
        switch items[browser.selection] {
        case .entity(let group):
            overlay = nil
            return filterList(by: "entity:\"\(group.canonical)\"")
        case .speaker(let speaker):
            updateBrowser {
                $0.speakerSelection = $0.selection
                $0.page = .quotations(speaker: speaker.name)
                $0.quotations = nil
                $0.filter = ""
                $0.selection = 0
            }
            return [.tally(.quotations(speaker: speaker.name))]
        case .quotation(let quotation):
            overlay = nil
            if !articles.contains(where: { $0.id == quotation.article.id }) { clearListFilter() }
            selection = articles.firstIndex { $0.id == quotation.article.id } ?? selection
            pendingQuote = PendingQuote(article: quotation.article.id,
                                        place: .indexed(quotation.span, index: quotation.quoteIndex))
            // Opened for reading, so marked read (a preview of it becomes the open article).
            setRead(quotation.article.id, true)
            if open?.article.id == quotation.article.id {
                open?.isPreview = false
                selectPendingQuote()
                return [.markRead(quotation.article)]
            }
            loading = quotation.article.id
            loadingPreview = false
            previewed = quotation.article.id
            return [.loadArticle(quotation.article), .markRead(quotation.article)]
        }
    }

    /// The wheel moves the selection of the entities and speakers views; the panes under them stay put.
    mutating func browserMouse(_ event: MouseEvent, _ browser: LibraryBrowser) {
        switch event.kind {
        case .wheelDown: for _ in 0..<3 { _ = performInBrowser(.down, currentBrowser ?? browser) }
        case .wheelUp: for _ in 0..<3 { _ = performInBrowser(.up, currentBrowser ?? browser) }
        case .press: break
        }
    }

    var currentBrowser: LibraryBrowser? {
        if case .browse(let browser) = overlay { return browser }
        return nil
    }
}
