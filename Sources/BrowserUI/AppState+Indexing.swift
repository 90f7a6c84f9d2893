import ArticleModel

extension AppState {
    /// Adds articles the background indexer has just read (new or changed files) to the list, in the
    /// list's order, so that a first open of a large library fills as it goes. The selected article
    /// stays selected and on the same screen row, so the list does not jump under the reader. A list
    /// filtered by a search keeps its rows: the batch joins the whole list behind it, and the search
    /// runs again when the indexing ends (`libraryUpdated`), once the index can answer for the batch.
    mutating func mergeIndexed(_ batch: [ArticleSummary]) {
        guard !batch.isEmpty else { return }
        if case .filtered(let query, let full, let counts) = search.list {
            search.list = .filtered(query, full: Self.merging(batch, into: full), matchCounts: counts)
            return
        }
        let selectedID = selectedArticle?.id
        let rowOnScreen = selection - listOffset
        articles = Self.merging(batch, into: articles)
        if let selectedID, let position = articles.firstIndex(where: { $0.id == selectedID }) {
            selection = position
            listOffset = max(0, position - rowOnScreen)
        }
    }

    /// `list` with `batch` in its places, a batch row replacing the listed row of the same article.
    static func merging(_ batch: [ArticleSummary], into list: [ArticleSummary]) -> [ArticleSummary] {
        let incoming = Set(batch.map(\.id))
        let added = batch.sorted(by: listedBefore)
        var merged: [ArticleSummary] = []
        merged.reserveCapacity(list.count + added.count)
        var next = 0
        for article in list where !incoming.contains(article.id) {
            while next < added.count, listedBefore(added[next], article) {
                merged.append(added[next])
                next += 1
            }
            merged.append(article)
        }
        merged.append(contentsOf: added[next...])
        return merged
    }

    /// The list's order, as the index keeps it: newest first; the same date by title, then path.
    static func listedBefore(_ lhs: ArticleSummary, _ rhs: ArticleSummary) -> Bool {
        switch (lhs.date, rhs.date) {
        case let (left?, right?):
            if right < left { return true }
            if left < right { return false }
        case (.some, nil): return true  // undated articles go last
        case (nil, .some): return false
        case (nil, nil): break
        }
        if lhs.title != rhs.title { return lhs.title < rhs.title }
        return lhs.path < rhs.path
    }
}
