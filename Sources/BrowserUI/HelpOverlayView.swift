import TerminalCanvas

/// The `?` overlay: every binding of the key map with its help text, by section, in the box
/// `ScreenLayout.helpBox` gives; the box scrolls when the screen is short.
enum HelpOverlayView {
    static func render(_ keyMap: KeyMap, scroll: Int, theme: Theme, into grid: inout Grid) {
        let size = Size(width: grid.width, height: grid.height)
        let box = ScreenLayout.helpBox(keyMap, size: size)
        let width = box.width, height = box.height
        guard width >= 10, height >= 3 else { return }
        let content = keyMap.helpLines(width: width)
        grid.fill(box, with: Cell(" ", style: theme[.help]))
        let rows = height - 2
        let first = min(max(0, scroll), max(0, content.count - rows))
        for (row, line) in content.dropFirst(first).prefix(rows).enumerated() {
            grid.put(line.text, x: box.x + 2, y: box.y + 1 + row, maxWidth: width - 3, style: theme[line.role])
        }
        let footer = content.count > rows ? "\(first + rows)/\(content.count)" : nil
        PaneFrame.draw(box, title: "Keys · Esc closes", footer: footer, focused: true, theme: theme, into: &grid)
    }
}
