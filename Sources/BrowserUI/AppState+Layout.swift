import TerminalCanvas

extension AppState {
    /// The reading pane's inside, whether or not it is the pane shown when one pane fits at a time.
    var readingInner: Rect? { layout(focus: .reading).inner(.reading) }

    var sidebarInner: Rect? { layout(focus: .quotes).inner(.quotes) }

    var readingHeight: Int { max(1, readingInner?.height ?? 1) }

    var readingTextWidth: Int? { readingInner.map { ReadingLayout.textWidth(forPane: $0.width) } }

    /// Brings the state back in line with the screen after any change: re-lays out the article for
    /// a new width keeping the line that was at the top, keeps focus on a pane that is shown, and keeps
    /// the selection and scroll positions in range and on screen.
    mutating func settle() {
        selection = Self.clamped(selection, count: articles.count)
        let focusable = ScreenLayout.focusablePanes(width: size.width, preference: sidebarPreference, reading: isReading)
        if !focusable.contains(focus) { focus = .reading }
        if let listRows = layout(focus: .list).inner(.list)?.height,
           listRows > 0 {
            if selection < listOffset { listOffset = selection }
            if selection >= listOffset + listRows { listOffset = selection - listRows + 1 }
            listOffset = min(listOffset, max(0, articles.count - listRows))
        }
        listOffset = max(0, min(listOffset, selection))
        if case .help(let scroll) = overlay {
            overlay = .help(scroll: max(0, min(scroll, ScreenLayout.helpMaxScroll(keyMap, size: size))))
        }
        guard var current = open else { return }
        if let width = readingTextWidth, width != current.layout.width {
            let anchor = current.layout.lines.indices.contains(current.scroll)
                ? current.layout.lines[current.scroll].anchor : nil
            current.layout = ReadingLayout(article: current.article, width: width)
            if let anchor { current.scroll = current.layout.line(at: anchor) }
        }
        if let width = sidebarInner?.width, width != current.sidebar.width {
            current.sidebar = SidebarLayout(quotes: current.article.analysis.quotes, width: width)
        }
        current.scroll = min(current.scroll, max(0, current.layout.lines.count - readingHeight))
        current.scroll = max(0, current.scroll)
        open = current
    }

    /// The wheel scrolls the help; a click closes it.
    mutating func helpMouse(_ event: MouseEvent, scroll: Int) {
        switch event.kind {
        case .wheelDown: overlay = .help(scroll: scroll + 3)
        case .wheelUp: overlay = .help(scroll: max(0, scroll - 3))
        case .press: overlay = nil
        }
    }

    /// A click focuses the pane under it (and selects the article or quote there); the wheel scrolls it.
    mutating func handlePanesMouse(_ event: MouseEvent) {
        let screen = self.screen
        guard let pane = screen.pane(atX: event.x, y: event.y), let inner = screen.inner(pane) else { return }
        let row = event.y - inner.y
        switch event.kind {
        case .press:
            focus = pane
            if pane == .list, row >= 0, row < inner.height, articles.indices.contains(listOffset + row) {
                selection = listOffset + row
            } else if pane == .quotes, let open, row >= 0 {
                let sidebar = open.sidebar(width: inner.width)
                let first = sidebar.firstItem(showing: open.selectedQuote, height: inner.height)
                if let item = sidebar.item(atRow: row, first: first) { selectQuote(item) }
            }
        case .wheelDown, .wheelUp:
            let saved = focus
            focus = pane
            move(by: event.kind == .wheelDown ? (pane == .quotes ? 1 : 3) : (pane == .quotes ? -1 : -3))
            focus = saved
        }
    }
}
