import ArticleModel
import Foundation
import TerminalCanvas

/// The `B` view: every bookmark (or those the filter lets through), newest first, in a box over the
/// panes. Each shows the article's title and when it was made, the quotation with its speaker, and the note.
enum BookmarksView {
    static func render(_ list: BookmarkList, size: Size, theme: Theme, into grid: inout Grid) {
        let box = ScreenLayout.overlayBox(size)
        guard box.width >= 20, box.height >= 4 else { return }
        grid.fill(box, with: Cell(" ", style: theme[.help]))
        let items = list.visible
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        if items.isEmpty {
            let text = list.items.isEmpty
                ? "No bookmarks yet. b bookmarks the selected article; in the quote sidebar, the selected quote."
                : "No bookmark matches “\(list.filter)”. / then Esc shows them all."
            for (row, line) in TextLayout.wrap(text, width: inner.width).prefix(inner.height).enumerated() {
                grid.put(line, x: inner.x, y: inner.y + row, style: theme[.help])
            }
        }
        var y = inner.y
        for index in items.indices.dropFirst(ScreenLayout.firstBookmarkShown(items, selected: list.selection, rows: inner.height)) {
            guard y < inner.maxY else { break }
            y = drawItem(items[index], present: list.targets[items[index].id] != nil, selected: index == list.selection,
                         timeZone: list.timeZone, theme: theme, in: inner, y: y, into: &grid)
            y += 1
        }
        var title = "Bookmarks (\(items.count == list.items.count ? "\(items.count)" : "\(items.count) of \(list.items.count)"))"
        if !list.filter.isEmpty { title += " · “\(list.filter)”" }
        PaneFrame.draw(box, title: title, footer: items.isEmpty ? nil : "\(list.selection + 1)/\(items.count)",
                       focused: true, theme: theme, into: &grid)
    }

    /// Draws one bookmark from row `y`; returns the row after it.
    private static func drawItem(_ bookmark: Bookmark, present: Bool, selected: Bool, timeZone: TimeZone,
                                 theme: Theme, in area: Rect, y start: Int, into grid: inout Grid) -> Int {
        func style(_ role: Role) -> Style { selected ? theme[.selectedItem] : theme[role] }
        let rows = min(ScreenLayout.bookmarkHeight(bookmark) - 1, area.maxY - start)
        if selected {
            // Marked with a sign as well as a colour, so the selection shows on a monochrome terminal too.
            grid.fill(Rect(x: area.x - 1, y: start, width: area.width + 2, height: rows), with: Cell(" ", style: style(.listItem)))
            grid.put("▸", x: area.x - 1, y: start, style: style(.listItem))
        }
        var y = start
        let when = stamp(bookmark.created, timeZone: timeZone)
        let gone = present ? "" : " (file gone)"
        let titleWidth = max(0, area.width - 2 - DisplayWidth.of(when) - 1 - DisplayWidth.of(gone))
        grid.put(bookmark.quote == nil ? "★" : "❝", x: area.x, y: y, style: style(.bookmarkMark))
        var x = area.x + 2
        x += grid.put(TextLayout.truncate(bookmark.title, width: titleWidth), x: x, y: y, maxWidth: titleWidth, style: style(.listItem))
        grid.put(gone, x: x, y: y, style: style(.listMeta))
        grid.put(when, x: area.maxX - DisplayWidth.of(when), y: y, style: style(.listMeta))
        y += 1
        if let quote = bookmark.quote, y < area.maxY {
            let speaker = quote.speaker.map { " — \($0)" } ?? ""
            let speakerWidth = min(DisplayWidth.of(speaker), (area.width - 2) / 3)
            let quoteWidth = area.width - 2 - speakerWidth
            var x = area.x + 2
            x += grid.put(TextLayout.truncate("“\(quote.text)”", width: quoteWidth), x: x, y: y, maxWidth: quoteWidth,
                          style: style(.quotation))
            grid.put(TextLayout.truncate(speaker, width: speakerWidth), x: x, y: y, maxWidth: speakerWidth,
                     style: style(.quoteSpeaker))
            y += 1
        }
        if let note = bookmark.note, y < area.maxY {
            grid.put("✎ " + TextLayout.truncate(note, width: area.width - 4), x: area.x + 2, y: y,
                     maxWidth: area.width - 2, style: style(.bodyText))
            y += 1
        }
        return y
    }

    /// "2026-11-29 14:05" in the reader's zone: sortable, and the same in every locale.
    static func stamp(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { String(value ?? 0).leftPadded(to: 2) }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }
}
