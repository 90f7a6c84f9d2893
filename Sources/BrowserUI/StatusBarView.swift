import TerminalCanvas

/// The bottom row: a message when there is one, else the key hints for the focused pane, generated
/// from the key map.
enum StatusBarView {
    static func render(_ state: AppState, theme: Theme, in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        if let input = state.input {
            input.editor.render(prompt: input.prompt, in: area, style: theme[.statusBar], into: &grid)
            return
        }
        if let status = state.status {
            let style = theme[status.kind == .error ? .error : .statusBar]
            grid.fill(area, with: Cell(" ", style: style))
            grid.put(TextLayout.truncate(" " + status.text, width: area.width), x: area.x, y: area.y, style: style)
            return
        }
        grid.fill(area, with: Cell(" ", style: theme[.statusBar]))
        if let fetching = state.fetching {
            grid.put(" " + fetching.text, x: area.x, y: area.y, maxWidth: area.width, style: theme[.statusBar])
            return
        }
        if let indexing = state.indexing {
            grid.put(" " + indexing.text(width: area.width - 1), x: area.x, y: area.y, maxWidth: area.width,
                     style: theme[.statusBar])
            return
        }
        var x = area.x + 1
        for hint in state.hints(in: state.mode) {
            let width = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.text)
            guard x + width <= area.maxX else { break }
            x += grid.put(hint.keys, x: x, y: area.y, style: theme[.keyHint])
            x += grid.put(" " + hint.text + "  ", x: x, y: area.y, maxWidth: area.maxX - x, style: theme[.statusBar])
        }
    }
}
