import ArticleModel
import TerminalCanvas

extension AppState {
    /// `/`: searches the library from the list (the list filters as you type), the open article from
    /// the reading pane and the quote sidebar, and narrows the rows of the entities and speakers views.
    mutating func startSearch() -> [Effect] {
        if case .browse = overlay {
            startOverlayFilter()
            return []
        }
        // A new search starts empty; the one before is a ↑ away in the history.
        if focus != .list, open != nil {
            search.scope = .article
            input = TextInput(.search, prompt: "Find in article: ")
            return []
        }
        search.scope = .library
        input = TextInput(.search, prompt: "Search: ")
        return []
    }

    mutating func submitSearch(_ text: String) -> [Effect] {
        let trimmed = String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        remember(trimmed)
        switch search.scope {
        case .article:
            if trimmed.isEmpty { clearArticleMatches() }
            guard !trimmed.isEmpty else { return [] }
            announceMatches(trimmed)
            // Confirmed: the last word is a whole word now, no longer a prefix.
            guard let article = open?.article else { return [] }
            search.article.ask(trimmed)
            return [.findMatches(trimmed, typing: false, in: article)]
        case .library:
            if trimmed.isEmpty { return cancelSearch() }
            search.list.send(text, confirmed: true)
            focus = .list
            return [.search(text, typing: false)]
        }
    }

    /// How many matches the article search found, in the status bar.
    mutating func announceMatches(_ query: String) {
        if search.matches.isEmpty {
            status = StatusMessage("Not found in this article: \(query)")
        } else {
            status = StatusMessage("\(search.matches.count) match\(search.matches.count == 1 ? "" : "es") · n next, N previous")
        }
    }

    mutating func cancelSearch() -> [Effect] {
        search.historyWalk = nil
        switch search.scope {
        case .article:
            clearArticleMatches()
        case .library:
            clearListFilter()
        }
        return []
    }

    mutating func searchChanged(_ text: String) -> [Effect] {
        search.historyWalk = nil
        switch search.scope {
        case .article:
            guard let article = open?.article else { return [] }
            if text.allSatisfy(\.isWhitespace) {
                clearArticleMatches()
                return []
            }
            search.article.ask(text)
            return [.findMatches(text, typing: true, in: article)]
        case .library:
            if text.allSatisfy(\.isWhitespace) {
                clearListFilter()
                return []
            }
            search.list.send(text, confirmed: false)
            return [.search(search.query(for: text), typing: true)]
        }
    }

    /// Up and Down walk the search history, Down past the newest bringing back what was typed.
    mutating func searchInputKey(_ key: KeyEvent) -> [Effect] {
        guard var current = input, !search.history.isEmpty else { return [] }
        // The text typed before the walk began comes back past the newest entry.
        let draft = search.historyWalk?.draft ?? current.editor.text
        let position: Int?
        switch key {
        case .up:
            position = max(0, (search.historyWalk?.position ?? search.history.count) - 1)
        case .down:
            guard let shown = search.historyWalk?.position else { return [] }
            position = shown + 1 < search.history.count ? shown + 1 : nil
        default:
            return []
        }
        current.editor.replace(with: position.map { search.history[$0] } ?? draft)
        input = current
        let effects = searchChanged(current.editor.text)
        search.historyWalk = position.map { HistoryWalk(position: $0, draft: draft) }
        return effects
    }

    /// Adds a search to the history (once, as the newest).
    mutating func remember(_ text: String) {
        search.historyWalk = nil
        guard !text.isEmpty else { return }
        search.history.removeAll { $0 == text }
        search.history.append(text)
        if search.history.count > SearchState.historyLimit { search.history.removeFirst() }
    }

    /// The answers of the search effects.
    mutating func receive(_ answer: SearchAnswer) -> [Effect] {
        switch answer {
        case .results(let query, let hits):
            guard let awaited = search.awaited, query == search.query(for: awaited),
                  input != nil || search.listQuery != nil || search.unreadOnly else { return [] }
            applyListFilter(hits)
            if let open, !awaited.isEmpty, search.scope == .library || search.listQuery != nil {
                search.article.ask(awaited)
                return [.findMatches(awaited, typing: input != nil, in: open.article)]
            }
        case .matches(let query, let article, let spans):
            guard query == search.article.query, open?.article.id == article else { return [] }
            search.article = .found(query, ArticleMatches(article: article, spans: spans.sorted()))
            if search.scope == .article, input != nil, !spans.isEmpty { moveToMatch(forward: true, fromScreen: true) }
            if search.scope == .article, input == nil {
                // The answer to the confirmed search.
                if !spans.isEmpty { moveToMatch(forward: true, fromScreen: true) }
                announceMatches(query)
            }
        case .entities(let groups):
            updateBrowser { $0.entities = groups }
        case .speakers(let speakers):
            updateBrowser { $0.speakers = speakers }
        case .quotations(let speaker, let quotations):
            updateBrowser { if $0.page == .quotations(speaker: speaker) { $0.quotations = quotations } }
        case .history(let earlier):
            // Searches made before the file was read stay the newest.
            let current = search.history
            search.history = Array((earlier.filter { !current.contains($0) } + current).suffix(SearchState.historyLimit))
        }
        return []
    }

    /// Shows only the matching articles, best first, keeping the full list to come back to.
    mutating func applyListFilter(_ hits: [SearchHit]) {
        guard var query = search.list.query else { return }
        query.answered = query.sent  // only the answer to the text last sent is applied
        let full = if case .filtered(_, let full, _) = search.list { full } else { articles }
        let counts = Dictionary(hits.map { ($0.summary.id, $0.matches) }, uniquingKeysWith: max)
        search.list = .filtered(query, full: full, matchCounts: counts)
        let selectedID = selectedArticle?.id
        articles = hits.map(\.summary)
        // While typing, the best match is selected; a refresh keeps the reader's choice.
        selection = input != nil ? 0 : (articles.firstIndex { $0.id == selectedID } ?? 0)
        listOffset = 0
    }

    /// Back to the whole library, the selected article kept selected.
    mutating func clearListFilter() {
        let before = search.list
        search.list = .whole
        if search.scope == .library || search.article.query != nil { clearArticleMatches() }
        guard case .filtered(_, let full, _) = before else { return }
        let selectedID = selectedArticle?.id
        articles = full
        selection = full.firstIndex { $0.id == selectedID } ?? 0
    }

    mutating func clearArticleMatches() {
        search.article = .none
    }

    /// The library changed under a filtered list: the new list is the full one, searched again.
    mutating func refreshSearch() -> [Effect] {
        guard case .filtered(let filter, _, _) = search.list else { return [] }
        let query = filter.shown
        search.list.send(query, confirmed: false)
        return [.search(search.query(for: query), typing: input != nil)]
    }

    /// A new article is open: the library search's words are highlighted in it.
    mutating func articleOpenedForSearch() -> [Effect] {
        clearArticleMatches()
        // While typing, the text typed so far; otherwise only a confirmed search.
        let typing = input != nil && search.scope == .library
        guard let open, let listed = search.list.query, let query = listed.confirmed ?? (typing ? listed.sent : nil),
              !query.isEmpty else { return [] }
        search.article = .asked(query)
        return [.findMatches(query, typing: input != nil, in: open.article)]
    }

    /// Esc outside any input: first the highlighted matches go, then the list filter. False when
    /// there was neither.
    mutating func closeSearch() -> Bool {
        if search.article != .none, search.listQuery == nil || focus != .list {
            clearArticleMatches()
            return true
        }
        if search.listQuery != nil {
            clearListFilter()
            status = StatusMessage("Search cleared: all \(articles.count) articles")
            return true
        }
        return false
    }

    /// `n` and `N`: the next or previous match in the open article, scrolled into view.
    mutating func moveToMatch(forward: Bool, fromScreen: Bool = false) {
        guard let open, case .found(let query, var found) = search.article, found.article == open.article.id,
              !found.spans.isEmpty else {
            status = StatusMessage(open == nil ? "Open an article first (Enter)" : "No matches: / searches")
            return
        }
        let lines = found.spans.map { open.layout.line(at: ReadingLayout.Anchor(block: $0.block, offset: $0.start)) }
        let target: Int?
        if let current = found.current, !fromScreen {
            target = forward ? (current + 1 < lines.count ? current + 1 : nil) : (current > 0 ? current - 1 : nil)
        } else if forward {
            target = lines.firstIndex { $0 >= open.scroll } ?? 0
        } else {
            target = lines.lastIndex { $0 < open.scroll + readingHeight } ?? lines.count - 1
        }
        guard let target else {
            status = StatusMessage(forward ? "No more matches below" : "No more matches above")
            return
        }
        found.current = target
        search.article = .found(query, found)
        var current = open
        if lines[target] < current.scroll || lines[target] >= current.scroll + readingHeight {
            current.scroll = max(0, lines[target] - readingHeight / 3)
        }
        self.open = current
        status = StatusMessage("Match \(target + 1) of \(lines.count)")
    }
}
