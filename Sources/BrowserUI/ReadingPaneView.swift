import TerminalCanvas

/// The reading pane: the open article's laid-out lines from the scroll position, each glyph in the
/// style of its role, the highlighted quote standing out.
enum ReadingPaneView {
    static func render(_ state: AppState, theme: Theme, in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        guard let open = state.shownArticle else {
            let message = state.loading != nil ? "Loading…" : "Select an article and press Enter to read it."
            for (row, line) in TextLayout.wrap(message, width: area.width).prefix(area.height).enumerated() {
                grid.put(line, x: area.x, y: area.y + row, style: theme[.articleMeta])
            }
            return
        }
        let margin = ReadingLayout.margin(forPane: area.width)
        let selected = open.selectedQuote.map(Int32.init) ?? -2
        let lines = open.layout.lines
        let matchesByBlock = state.matchRangesByBlock
        for row in 0..<area.height {
            let index = open.scroll + row
            guard index < lines.count else { break }
            let line = lines[index]
            var x = area.x + margin
            let matches = matchesByBlock[line.anchor.block] ?? []
            let current = state.currentMatchRange(inBlock: line.anchor.block)
            for (offset, glyph) in line.glyphs.enumerated() {
                let role = line.quotes[offset] == selected ? Role.selectedQuotation : line.roles[offset]
                var style = theme[role]
                if !matches.isEmpty, matches.contains(where: { $0.contains(glyph.sourceOffset) }) {
                    style = theme[.searchMatch]
                    // The match `n` / `N` went to stands out from the others, in any theme.
                    if current?.contains(glyph.sourceOffset) == true { style.attributes.formUnion([.bold, .underline]) }
                }
                x += grid.put(glyph.grapheme, x: x, y: area.y + row, limit: area.maxX, style: style)
            }
        }
    }

    /// Where the reading position is, as a pager says it: All, Top, Bot or a percentage.
    static func position(_ open: OpenArticle, height: Int) -> String {
        let last = max(0, open.layout.lines.count - height)
        if last == 0 { return "All" }
        if open.scroll <= 0 { return "Top" }
        if open.scroll >= last { return "Bot" }
        return "\(open.scroll * 100 / last)%"
    }
}
