/// The feeds view (`F`): subscriptions with unread counts and last errors; Enter filters the list to
/// one feed's articles, Esc closes.
extension AppState {
    mutating func openFeeds() -> [Effect] {
        overlay = .feeds(FeedsList())
        return [.listFeeds]
    }

    /// The runtime's answer to `.listFeeds`.
    mutating func showFeeds(_ rows: [FeedRowSummary]) {
        guard case .feeds(var list) = overlay else { return }
        list.rows = rows
        list.selection = Self.clamped(list.selection, count: rows.count)
        overlay = .feeds(list)
    }

    mutating func performInFeeds(_ command: Command, _ list: FeedsList) -> [Effect] {
        let count = list.rows?.count ?? 0
        func select(_ row: Int) {
            var moved = list
            moved.selection = Self.clamped(row, count: count)
            overlay = .feeds(moved)
        }
        switch command {
        case .down: select(list.selection + 1)
        case .up: select(list.selection - 1)
        case .top: select(0)
        case .bottom: select(count - 1)
        case .open: return filterToFeed(list)
        case .close, .feeds: overlay = nil
        case .quit: return [.quit]
        default: break
        }
        return []
    }

    /// Enter: the article list narrowed to the selected feed's articles (a `source:` search).
    private mutating func filterToFeed(_ list: FeedsList) -> [Effect] {
        guard let rows = list.rows, rows.indices.contains(list.selection) else { return [] }
        let row = rows[list.selection]
        overlay = nil
        let name = (row.source ?? row.title).replacingOccurrences(of: "\"", with: " ")
        return filterList(by: "source:\"\(name)\"")
    }
}
