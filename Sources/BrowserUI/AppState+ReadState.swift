import ArticleModel

/// Read state: opening an article marks it read (see `openSelected`), `u` flips it, the list shows
/// the unread ones and counts them.
extension AppState {
    /// `u`: the selected article in the list, else the open one.
    mutating func toggleRead() -> [Effect] {
        let target: ArticleSummary?
        if focus == .list {
            target = selectedArticle
        } else {
            target = openSummary
        }
        guard let target else {
            status = StatusMessage(focus == .list ? "No article selected" : "Open an article first (Enter)")
            return []
        }
        return [.toggleRead(target)]
    }

    /// The open article as the list knows it (its path and fingerprint), else as it was loaded.
    var openSummary: ArticleSummary? {
        guard let open else { return nil }
        return articles.first { $0.id == open.article.id } ?? open.article.summary
    }

    mutating func applyReadToggle(_ id: ArticleID, read isRead: Bool) {
        setRead(id, isRead)
        status = StatusMessage(isRead ? "Marked as read" : "Marked as unread")
    }

    /// Marks one article read or unread, adjusting `unreadCount` when it is in the list.
    mutating func setRead(_ id: ArticleID, _ isRead: Bool) {
        let changed = isRead ? readIDs.insert(id).inserted : readIDs.remove(id) != nil
        guard changed else { return }
        markedAllRead = nil
        if articles.contains(where: { $0.id == id }) { unreadCount += isRead ? -1 : 1 }
    }

    /// Recounts `unreadCount`; called when the list or the whole read set changes (rarely: not per frame).
    mutating func countUnread() {
        unreadCount = articles.reduce(0) { $0 + (read.contains($1.id) ? 0 : 1) }
    }

    /// " · 3 unread" after the list's title; nothing when all are read.
    var unreadTitleSuffix: String {
        let count = unreadCount
        return count == 0 ? "" : " · \(count) unread"
    }
}
