import ArticleModel
import TerminalCanvas

/// Where the bookmarks go in the `B` view's box: the view draws them there and the reducer hit-tests
/// and pages with the same numbers.
extension ScreenLayout {
    /// The rows inside the bookmarks box on a screen of this size.
    static func bookmarkRows(_ size: Size) -> Int {
        overlayBox(size).height - 2
    }

    /// The rows one bookmark takes, with the blank row after it.
    static func bookmarkHeight(_ bookmark: Bookmark) -> Int {
        2 + (bookmark.quote == nil ? 0 : 1) + (bookmark.note == nil ? 0 : 1)
    }

    /// The first bookmark to draw so that the selected one shows whole in `rows`.
    static func firstBookmarkShown(_ items: [Bookmark], selected: Int, rows: Int) -> Int {
        guard items.indices.contains(selected) else { return 0 }
        var first = 0
        var used = items[0...selected].reduce(0) { $0 + bookmarkHeight($1) }
        while used - 1 > rows, first < selected {  // the selected item's blank row may fall off
            used -= bookmarkHeight(items[first])
            first += 1
        }
        return first
    }

    /// The bookmark drawn at `row` of the box's inside, if any.
    static func bookmark(atRow row: Int, in items: [Bookmark], selected: Int, rows: Int) -> Int? {
        guard row >= 0, row < rows else { return nil }
        var top = 0
        for index in items.indices.dropFirst(firstBookmarkShown(items, selected: selected, rows: rows)) {
            let height = bookmarkHeight(items[index])
            if row < top + height - 1 { return index }
            top += height
            if top > row { return nil }  // the blank row between two bookmarks
        }
        return nil
    }
}
