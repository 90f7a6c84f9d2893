import TerminalCanvas

/// The bottom row: a message when there is one, else the key hints for the focused pane, generated
/// from the key map.
enum StatusBarView {
    /// What the bar shows, the first of these there is.
    enum Content {
        /// Text being typed.
        case input(TextInput)
        case message(StatusMessage)
        case fetching(FeedFetchProgress)
        case indexing(IndexingStatus)
        case hints([(keys: String, text: String)])
    }

    static func render(_ content: Content, theme: Theme, in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        let hints: [(keys: String, text: String)]
        switch content {
        case .input(let input):
            input.editor.render(prompt: input.prompt, in: area, style: theme[.statusBar], into: &grid)
            return
        case .message(let status):
            let style = theme[status.kind == .error ? .error : .statusBar]
            grid.fill(area, with: Cell(" ", style: style))
            grid.put(TextLayout.truncate(" " + status.text, width: area.width), x: area.x, y: area.y, style: style)
            return
        case .fetching(let fetching):
            grid.fill(area, with: Cell(" ", style: theme[.statusBar]))
            grid.put(" " + fetching.text, x: area.x, y: area.y, maxWidth: area.width, style: theme[.statusBar])
            return
        case .indexing(let indexing):
            grid.fill(area, with: Cell(" ", style: theme[.statusBar]))
            grid.put(" " + indexing.text(width: area.width - 1), x: area.x, y: area.y, maxWidth: area.width,
                     style: theme[.statusBar])
            return
        case .hints(let shown):
            grid.fill(area, with: Cell(" ", style: theme[.statusBar]))
            hints = shown
        }
        var x = area.x + 1
        for hint in hints {
            let width = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.text)
            guard x + width <= area.maxX else { break }
            x += grid.put(hint.keys, x: x, y: area.y, style: theme[.keyHint])
            x += grid.put(" " + hint.text + "  ", x: x, y: area.y, maxWidth: area.maxX - x, style: theme[.statusBar])
        }
    }
}

extension AppState {
    /// What the status bar shows: the input, else a message, else the progress of background work,
    /// else the key hints for the mode.
    var statusBarContent: StatusBarView.Content {
        if let input { return .input(input) }
        if let status { return .message(status) }
        if let fetching { return .fetching(fetching) }
        if let indexing { return .indexing(indexing) }
        return .hints(hints(in: mode))
    }
}
