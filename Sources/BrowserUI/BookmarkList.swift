import ArticleModel
import Foundation
import TextKit

/// The bookmarks as the browser knows them, and the `B` view's filter and selection.
public struct BookmarkList: Hashable, Sendable {
    /// All bookmarks, newest first.
    public var items: [Bookmark] = []
    /// Bookmark id → the article it points at in the library (none when the file is gone).
    public var targets: [String: ArticleID] = [:]
    public var canUndo = false
    /// What `/` narrowed the list to ("" shows all); matched without case or diacritics.
    public var filter = ""
    /// Index of the selected bookmark in `visible`.
    public var selection = 0
    /// The zone creation times are shown in (the reader's; tests fix it).
    public var timeZone: TimeZone = .current
    /// The quotation to highlight once the article being opened from the list arrives.
    public var pendingQuote: PendingQuote?

    public struct PendingQuote: Hashable, Sendable {
        public var article: ArticleID
        public var quote: BookmarkedQuote
    }

    public init() {}

    /// The bookmarks the filter lets through, newest first.
    public var visible: [Bookmark] {
        let needle = Self.folded(filter.trimmingCharacters(in: .whitespaces))
        guard !needle.isEmpty else { return items }
        return items.filter { bookmark in
            [bookmark.title, bookmark.quote?.text, bookmark.quote?.speaker, bookmark.note]
                .contains { $0.map { Self.folded($0).contains(needle) } ?? false }
        }
    }

    public var selected: Bookmark? {
        let list = visible
        return list.indices.contains(selection) ? list[selection] : nil
    }

    /// The bookmark on exactly this article (quote nil) or this quotation of it.
    func bookmark(on article: ArticleID, quote: Quote?) -> Bookmark? {
        items.first { targets[$0.id] == article && $0.quote?.text == quote?.text }
    }

    /// The words of the bookmarked quotations of an article, for the sidebar's ★.
    func bookmarkedQuotes(in article: ArticleID) -> Set<String> {
        Set(items.lazy.filter { self.targets[$0.id] == article }.compactMap { $0.quote?.text })
    }

    /// "dai su" finds "Đại sứ", "HA NOI" finds "Hà Nội".
    static func folded(_ text: String) -> String {
        DiacriticFolding.fold(text)
    }
}
