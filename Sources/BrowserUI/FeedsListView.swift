import TerminalCanvas

/// Draws the feeds view: a box over the panes, one subscription a row with its article and unread
/// counts, and its last error in the error style.
enum FeedsListView {
    static func render(_ list: FeedsList, theme: Theme, size: Size, into grid: inout Grid) {
        let box = ScreenLayout.overlayBox(size)
        guard box.width > 10, box.height > 2 else { return }
        let inner = Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2)
        grid.fill(box, with: Cell(" ", style: theme[.listItem]))
        guard let rows = list.rows else {
            PaneFrame.draw(box, title: "Feeds", footer: nil, focused: true, theme: theme, into: &grid)
            grid.put("Listing…", x: inner.x, y: inner.y, maxWidth: inner.width, style: theme[.listMeta])
            return
        }
        PaneFrame.draw(box, title: "Feeds (\(rows.count))", footer: rows.isEmpty ? nil : "\(list.selection + 1)/\(rows.count)",
                       focused: true, theme: theme, into: &grid)
        if rows.isEmpty {
            grid.put("No subscriptions: lede feeds add URL", x: inner.x, y: inner.y, maxWidth: inner.width,
                     style: theme[.listMeta])
            return
        }
        let first = max(0, min(list.selection - inner.height + 1, rows.count - inner.height))
        // The counts line up after the longest name, up to half the width.
        let column = min(inner.width / 2, (rows.map { DisplayWidth.of(TextSanitizer.sanitize($0.title)) }.max() ?? 0) + 2)
        for (offset, row) in rows.dropFirst(first).prefix(inner.height).enumerated() {
            let index = first + offset
            let y = inner.y + offset
            let selected = index == list.selection
            let style = theme[selected ? .selectedItem : .listItem]
            if selected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", style: style)) }
            let counts = "\(row.articles) articles · \(row.unread) unread"
            grid.put(TextLayout.truncate(TextSanitizer.sanitize(row.title), width: max(0, column - 2)), x: inner.x, y: y,
                     style: style)
            var x = inner.x + column
            x += grid.put(counts, x: x, y: y, maxWidth: inner.maxX - x, style: selected ? style : theme[.listMeta])
            if let error = row.error, x + 3 < inner.maxX {
                grid.put("  " + TextSanitizer.sanitize(error), x: x, y: y, maxWidth: inner.maxX - x, style: theme[.error])
            }
        }
    }
}
