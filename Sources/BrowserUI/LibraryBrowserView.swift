import ArticleModel
import TerminalCanvas

/// The entities and speakers views: a box over the panes listing the rows of a `LibraryBrowser`,
/// entities under a heading per type, a speaker's quotations with their article below each.
enum LibraryBrowserView {
    /// A row on screen: the text, its role, and the item it belongs to (nil for a heading).
    struct Line {
        var count: String
        var text: String
        var role: Role
        var item: Int?
    }

    /// The lines of `items[range]`, a heading before each entity whose type differs from the item's
    /// before it: only the rows near the selection are made, a library can name 100,000 entities.
    static func lines(_ items: [LibraryBrowser.Item], _ range: Range<Int>) -> [Line] {
        var lines: [Line] = []
        var heading: Entity.Kind?
        if range.lowerBound > 0, case .entity(let previous) = items[range.lowerBound - 1] { heading = previous.type }
        for number in range {
            let item = items[number]
            switch item {
            case .entity(let group):
                if group.type != heading {
                    heading = group.type
                    lines.append(Line(count: "", text: title(of: group.type), role: .paneTitle, item: nil))
                }
                lines.append(Line(count: "\(group.articles)", text: group.canonical,
                                  role: Theme.role(for: group.type), item: number))
            case .speaker(let speaker):
                let articles = speaker.articles == 1 ? "1 article" : "\(speaker.articles) articles"
                lines.append(Line(count: "\(speaker.quotations)", text: "\(speaker.name)  ·  \(articles)",
                                  role: .quoteSpeaker, item: number))
            case .quotation(let quotation):
                lines.append(Line(count: "", text: "“" + quotation.text + "”", role: .quotation, item: number))
                let date = quotation.article.date?.knownDay.map { " · " + $0 } ?? ""
                lines.append(Line(count: "", text: "  — " + quotation.article.title + date, role: .listMeta,
                                  item: number))
            }
        }
        return lines
    }

    static func title(of kind: Entity.Kind) -> String {
        switch kind {
        case .person: "People"
        case .organization: "Organisations"
        case .place: "Places"
        case .date: "Dates"
        }
    }

    static func render(_ browser: LibraryBrowser, theme: Theme, size: Size, into grid: inout Grid) {
        let box = ScreenLayout.browserBox(size)
        guard box.width >= 10, box.height >= 4 else { return }
        grid.fill(box, with: Cell(" "))
        let inner = box.inset(by: 1)
        let hint = "Enter open · s sort · / filter · Esc \(isQuotations(browser) ? "back" : "close")"
        let rows = ScreenLayout.browserRows(size)
        var footer: String?
        if let items = browser.items {
            // Enough items before the selection to fill the pane whatever their heights.
            let start = max(0, browser.selection - rows), end = min(items.count, browser.selection + rows + 1)
            let lines = lines(items, start..<end)
            if lines.isEmpty {
                let text = browser.filter.isEmpty ? "Nothing found in this library" : "Nothing matches “\(browser.filter)”"
                grid.put(TextLayout.truncate(text, width: inner.width), x: inner.x, y: inner.y, style: theme[.listMeta])
            }
            let selectedLines = lines.indices.filter { lines[$0].item == browser.selection }
            // Keep the selected row on screen, with its heading when it is the first of its group.
            let last = selectedLines.last ?? 0
            var first = last >= rows ? last - rows + 1 : 0
            if let top = selectedLines.first, top < first { first = top }
            let countWidth = max(3, browser.countWidth)
            for (row, line) in lines.dropFirst(first).prefix(rows).enumerated() {
                let y = inner.y + row
                let selected = line.item == browser.selection && line.item != nil
                let style = selected ? theme[.selectedItem] : theme[line.role]
                if selected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", style: style)) }
                var x = inner.x
                if line.item != nil, !isQuotations(browser) {
                    let padded = String(repeating: " ", count: max(0, countWidth - line.count.count)) + line.count
                    x += grid.put(padded + "  ", x: x, y: y, maxWidth: inner.width,
                                  style: selected ? style : theme[.listMeta])
                }
                grid.put(TextLayout.truncate(line.text, width: max(0, inner.maxX - x)), x: x, y: y,
                         maxWidth: max(0, inner.maxX - x), style: style)
            }
            footer = items.isEmpty ? nil : "\(browser.selection + 1)/\(items.count)"
        } else {
            grid.put("counting…", x: inner.x, y: inner.y, maxWidth: inner.width, style: theme[.listMeta])
        }
        let filter = browser.filter.isEmpty ? "" : " · “\(browser.filter)”"
        grid.put(TextLayout.truncate(hint, width: inner.width), x: inner.x, y: inner.maxY - 1, maxWidth: inner.width,
                 style: theme[.listMeta])
        PaneFrame.draw(box, title: browser.title + filter, footer: footer, focused: true, theme: theme, into: &grid)
    }

    static func isQuotations(_ browser: LibraryBrowser) -> Bool {
        if case .quotations = browser.page { return true }
        return false
    }
}
