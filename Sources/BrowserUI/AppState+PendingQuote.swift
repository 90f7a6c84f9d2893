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
            if let index = quotes.firstIndex(where: { $0.span == span }) ?? (quotes.indices.contains(position) ? position : nil) {
                selectQuote(index)
            }
        case .bookmarked(let wanted):
            let matching = quotes.indices.filter { quotes[$0].text == wanted.text }
            guard let best = matching.min(by: { distance(quotes[$0].span, wanted.span) < distance(quotes[$1].span, wanted.span) })
            else {
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
