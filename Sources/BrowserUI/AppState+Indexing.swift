import ArticleModel

extension AppState {
    /// Adds articles the background indexer has just read (new or changed files) to the list, in the
    /// list's order, so that a first open of a large library fills as it goes. The selected article
    /// stays selected and on the same screen row, so the list does not jump under the reader.
    mutating func mergeIndexed(_ batch: [ArticleSummary]) {
        guard !batch.isEmpty else { return }
        let selectedID = selectedArticle?.id
        let rowOnScreen = selection - listOffset
        let incoming = Set(batch.map(\.id))
        let added = batch.sorted(by: Self.listedBefore)
        var merged: [ArticleSummary] = []
        merged.reserveCapacity(articles.count + added.count)
        var next = 0
        for article in articles where !incoming.contains(article.id) {
            while next < added.count, Self.listedBefore(added[next], article) {
                merged.append(added[next])
                next += 1
            }
            merged.append(article)
        }
        merged.append(contentsOf: added[next...])
        articles = merged
        if let selectedID, let position = merged.firstIndex(where: { $0.id == selectedID }) {
            selection = position
            listOffset = max(0, position - rowOnScreen)
        }
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
