import ArticleModel
import TerminalCanvas

/// The reading flow: the reading pane previews the list's selection; `J` `K` and `U` go on to another
/// article without leaving the reader, and so does Space at an article's end; `A` marks the whole list
/// read (again: undo); `F` shows only the unread articles; `<` `>` move the pane borders.
extension AppState {
    /// Opens the article at `index` of the list for reading: selected, marked read, and its body asked
    /// for unless the reading pane already shows it (as a preview).
    mutating func openInReader(at index: Int) -> [Effect] {
        guard articles.indices.contains(index) else { return [] }
        selection = index
        let summary = articles[index]
        setRead(summary.id, true)
        if open?.article.id == summary.id {
            open?.isPreview = false
            focus = .reading
            return [.markRead(summary)]
        }
        loading = summary.id
        loadingPreview = false
        previewed = summary.id  // asked for: a failure is not retried as a preview
        return [.loadArticle(summary), .markRead(summary)]
    }

    /// The body asked for arrived: opened (focus moves to it) or previewed (nothing else changes).
    mutating func showLoaded(_ article: Article) {
        loading = nil
        let preview = loadingPreview
        loadingPreview = false
        let panes = layout(focus: .reading, reading: !preview)
        var shown = OpenArticle(article: article,
                                width: panes.inner(.reading).map { ReadingLayout.textWidth(forPane: $0.width) } ?? 40,
                                sidebarWidth: layout(focus: .quotes, reading: !preview).inner(.quotes)?.width ?? 24)
        shown.isPreview = preview
        open = shown
        if !preview { focus = .reading }
        selectPendingQuote()
    }

    /// After every action: while the list has focus, the reading pane shows the selected article, without
    /// marking it read. Each article is asked for once in a row, so a file that cannot be read is not
    /// read again at every key.
    mutating func previewSelection() -> [Effect] {
        guard focus == .list, overlay == nil, let summary = selectedArticle, summary.id != open?.article.id,
              summary.id != loading, summary.id != previewed, layout(focus: .list).panes[.reading] != nil
        else { return [] }
        previewed = summary.id
        loading = summary.id
        loadingPreview = true
        return [.loadArticle(summary)]
    }

    /// Space: a page down; in the reading pane at the article's end, the next unread article.
    mutating func readOn() -> [Effect] {
        if focus == .reading, let open, open.scroll >= max(0, open.layout.lines.count - readingHeight) {
            return nextUnread()
        }
        move(by: page(for: focus))
        return []
    }

    /// `J` and `K`: the article after or before the selected one, opened.
    mutating func stepArticle(by step: Int) -> [Effect] {
        let target = selection + step
        guard articles.indices.contains(target) else {
            status = StatusMessage(articles.isEmpty ? "No articles in the list"
                : step > 0 ? "This is the last article of the list" : "This is the first article of the list")
            return []
        }
        return openInReader(at: target)
    }

    /// `U`: the first unread article after the one being read, going round to the top of the list; when
    /// the selected article is only previewed, it counts as the first candidate.
    mutating func nextUnread() -> [Effect] {
        let readIDs = readIDs
        let unread = { (article: ArticleSummary) in !readIDs.contains(article.id) }
        let reading = isReading && open?.article.id == selectedArticle?.id
        let start = min(articles.count, max(0, reading ? selection + 1 : selection))
        guard let target = articles[start...].firstIndex(where: unread) ?? articles[..<start].firstIndex(where: unread) else {
            status = StatusMessage("No unread articles left in the list")
            return []
        }
        return openInReader(at: target)
    }

    /// `A`: every unread article of the list (the search results, when it is filtered) marked read; `A`
    /// again, before any other read mark changes, marks them unread again.
    mutating func markAllRead() -> [Effect] {
        if let marked = markedAllRead {
            markedAllRead = nil
            read = readIDs.subtracting(marked.map(\.id))
            status = StatusMessage("\(Self.articles(marked.count)) marked unread again")
            return [.setRead(marked, read: false)]
        }
        let unread = articles.filter { !readIDs.contains($0.id) }
        guard !unread.isEmpty else {
            status = StatusMessage("Every article in the list is read already")
            return []
        }
        read = readIDs.union(unread.map(\.id))
        markedAllRead = unread
        status = StatusMessage("\(Self.articles(unread.count)) marked read — A again undoes")
        return [.setRead(unread, read: true)]
    }

    static func articles(_ count: Int) -> String { count == 1 ? "1 article" : "\(count) articles" }

    /// `F`: only the unread articles in the list (with the search, when there is one), or all again.
    mutating func toggleUnreadOnly() -> [Effect] {
        search.unreadOnly.toggle()
        if search.unreadOnly {
            status = StatusMessage("Only unread articles (F shows all)")
            // A whole list is asked for by `keepUnreadOnly`; a searched one is searched again.
            guard search.list != .whole else { return [] }
        } else {
            status = StatusMessage("Read articles shown again")
            guard search.listQuery != nil else {
                clearListFilter()
                return []
            }
        }
        let query = search.listQuery ?? ""
        search.list.send(query, confirmed: false)
        return [.search(search.query(for: query), typing: false)]
    }

    /// After every action: with `F` on, a list that is not being searched for is searched for the unread.
    mutating func keepUnreadOnly() -> [Effect] {
        guard search.unreadOnly, search.list == .whole else { return [] }
        search.list.send("", confirmed: false)
        return [.search(search.query(for: ""), typing: false)]
    }

    /// `>` and `<`: the focused pane wider or narrower by four columns; the reading pane gives or takes them.
    mutating func resizePane(by columns: Int) {
        let before = screen
        let saved = paneShift
        switch focus {
        case .list: paneShift.list += columns
        case .reading: paneShift.list -= columns
        case .quotes: paneShift.sidebar += columns
        }
        if screen == before {
            paneShift = saved
            status = StatusMessage(before.mode == .multiple ? "That pane cannot be made \(columns > 0 ? "wider" : "narrower")"
                                                            : "One pane at a time: the terminal is too narrow")
        }
    }

    /// `p`: the article's text in the pager, lede leaving the screen to it meanwhile.
    mutating func openPager() -> [Effect] {
        guard let open else {
            status = StatusMessage("Open an article first (Enter)")
            return []
        }
        guard !pager.isEmpty else { return [] }
        return [.runInTerminal(arguments: pager, input: open.article)]
    }
}
