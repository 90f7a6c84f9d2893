extension AppState {
    /// `/` in a list over the panes (bookmarks, entities, speakers): one filter input for all of them,
    /// which narrows the open list's rows as you type, starting from its current filter.
    mutating func startOverlayFilter() {
        input = TextInput(.filter, prompt: "Filter: ", text: overlayFilter)
    }

    /// What the open list is narrowed to ("" shows all).
    var overlayFilter: String {
        switch overlay {
        case .bookmarks: bookmarkList.filter
        case .browse(let browser): browser.filter
        default: ""
        }
    }

    /// The filter text changed: the open list narrows, its selection back at the top.
    mutating func filterChanged(_ text: String) -> [Effect] {
        switch overlay {
        case .bookmarks:
            bookmarkList.filter = text
            bookmarkList.selection = 0
        case .browse:
            updateBrowser { $0.filter = text }
        default:
            break
        }
        return []
    }

    /// Enter in the filter: it stays; the bookmarks view says how many bookmarks it lets through.
    mutating func submitFilter(_ text: String) -> [Effect] {
        _ = filterChanged(text)
        if overlay == .bookmarks, !text.isEmpty {
            let count = bookmarkList.visible.count
            status = StatusMessage("\(count) bookmark\(count == 1 ? "" : "s") match “\(text)” (/ then Esc shows all)")
        }
        return []
    }
}
