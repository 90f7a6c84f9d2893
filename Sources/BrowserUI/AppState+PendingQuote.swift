import ArticleModel

extension AppState {
    /// Once an article is open: selects the quotation chosen for it in the speakers or bookmarks view,
    /// scrolled into view. Any article arriving ends the wait: another one opened meanwhile does not
    /// hold the quote.
    mutating func selectPendingQuote() {
        guard let pending = pendingQuote, let open else { return }
        pendingQuote = nil
        guard open.article.id == pending.article else { return }
        let quotes = open.article.analysis.quotes
        switch pending.place {
        case .indexed(let span, let position):
            focus = .reading
            let index = quotes.firstIndex { $0.span == span } ?? (quotes.indices.contains(position) ? position : nil)
            if let index { selectQuote(index) }
        case .bookmarked(let wanted):
            let matching = quotes.indices.filter { quotes[$0].text == wanted.text }
            func away(_ index: Int) -> Int { distance(quotes[index].span, wanted.span) }
            guard let best = matching.min(by: { away($0) < away($1) }) else {
                status = StatusMessage("The bookmarked quote is no longer in this article")
                return
            }
            selectQuote(best)
        }
    }

    private func distance(_ a: TextSpan, _ b: TextSpan) -> Int {
        abs(a.block - b.block) * 1_000_000 + abs(a.start - b.start)
    }
}
