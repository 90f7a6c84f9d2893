import ArticleModel
import Foundation
import TextKit

/// The bookmarks as the browser knows them, and the `B` view's filter and selection.
public struct BookmarkList: Hashable, Sendable {
    /// All bookmarks, newest first.
    public var items: [Bookmark] = [] {
        didSet { searchTexts = items.map(Self.searchText) }
    }
    /// Each item's title, quotation, speaker and note, folded once when the items change: `visible` is
    /// asked several times per key press, and folding a 10 MB note each time took 1.3 s per key.
    private(set) var searchTexts: [String] = []
    /// Bookmark id → the article it points at in the library (none when the file is gone).
    public var targets: [String: ArticleID] = [:]
    public var canUndo = false
    /// What `/` narrowed the list to ("" shows all); matched without case or diacritics.
    public var filter = ""
    /// Index of the selected bookmark in `visible`.
    public var selection = 0
    /// The zone creation times are shown in (the reader's; tests fix it).
    public var timeZone: TimeZone = .current
    public init() {}

    /// The bookmarks the filter lets through, newest first.
    public var visible: [Bookmark] {
        let needle = Self.folded(filter.trimmingCharacters(in: .whitespaces))
        guard !needle.isEmpty else { return items }
        return zip(items, searchTexts).filter { $0.1.contains(needle) }.map(\.0)
    }

    /// The fields the filter looks in, folded, one per line (a needle never holds a line feed); of a
    /// huge field only the first `searchedLength` characters, which is all a reader types a filter for.
    static func searchText(_ bookmark: Bookmark) -> String {
        [bookmark.title, bookmark.quote?.text, bookmark.quote?.speaker, bookmark.note].compactMap { $0 }
            .map { folded(String($0.prefix(searchedLength))) }.joined(separator: "\n")
    }

    static let searchedLength = 20_000

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
