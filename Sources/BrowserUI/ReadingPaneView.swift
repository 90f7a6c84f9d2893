import TerminalCanvas

/// The reading pane: the open article's laid-out lines from the scroll position, each glyph in the
/// style of its role, the highlighted quote standing out.
enum ReadingPaneView {
    /// Draws `open` (nil: none shown, `loading` whether one is on its way) with the search matches `found` in it.
    static func render(_ open: OpenArticle?, matches found: ArticleMatches?, loading: Bool, theme: Theme, in area: Rect,
                       into grid: inout Grid) {
        guard !area.isEmpty else { return }
        guard let open else {
            let message = loading ? "Loading…" : "Select an article and press Enter to read it."
            for (row, line) in TextLayout.wrap(message, width: area.width).prefix(area.height).enumerated() {
                grid.put(line, x: area.x, y: area.y + row, style: theme[.articleMeta])
            }
            return
        }
        let margin = ReadingLayout.margin(forPane: area.width)
        let selected = open.selectedQuote.map(Int32.init) ?? -2
        let lines = open.layout.lines
        let matchesByBlock = found?.rangesByBlock ?? [:]
        for row in 0..<area.height {
            let index = open.scroll + row
            guard index < lines.count else { break }
            let line = lines[index]
            var x = area.x + margin
            let matches = matchesByBlock[line.anchor.block] ?? []
            let current = found?.currentRange(inBlock: line.anchor.block)
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

extension ArticleMatches {
    /// The spans by block, for drawing: grouped once a frame, not filtered again per line.
    var rangesByBlock: [Int: [Range<Int>]] {
        Dictionary(grouping: spans, by: \.block).mapValues { $0.map { $0.start..<$0.end } }
    }

    /// The span of the match `n` and `N` went to, when it is in `block`.
    func currentRange(inBlock block: Int) -> Range<Int>? {
        guard let current, spans.indices.contains(current), spans[current].block == block else { return nil }
        return spans[current].start..<spans[current].end
    }
}

extension AppState {
    /// The matches of the search in the article the reading pane shows.
    var shownMatches: ArticleMatches? {
        guard let shown = shownArticle, let found = search.article.found, found.article == shown.article.id else { return nil }
        return found
    }
}
