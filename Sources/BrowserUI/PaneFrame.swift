import TerminalCanvas

/// A pane's border with its title on the top edge and an optional footer (a position) on the bottom
/// edge. The focused pane has heavy lines and a marked title, so focus shows without colour too.
enum PaneFrame {
    static func draw(_ rect: Rect, title: String, footer: String?, focused: Bool, theme: Theme,
                     into grid: inout Grid) {
        let border = theme[focused ? .focusedPane : .paneBorder]
        grid.drawBorder(rect, focused ? .heavy : .light, style: border)
        guard rect.width >= 5, rect.height >= 2 else { return }
        let label = TextLayout.truncate(" \(focused ? "▸ " : "")\(title) ", width: rect.width - 2)
        grid.put(label, x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2,
                 style: theme[focused ? .focusedPane : .paneTitle])
        if let footer {
            let text = " \(footer) "
            let width = DisplayWidth.of(text)
            if width <= rect.width - 4 {
                grid.put(text, x: rect.maxX - 2 - width, y: rect.maxY - 1, style: border)
            }
        }
    }
}
