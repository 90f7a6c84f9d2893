import TerminalCanvas

/// The `?` overlay: every binding of the key map with its help text, by section, in a box over the
/// middle of the screen; scrolls when the screen is short.
enum HelpOverlayView {
    static func lines(_ keyMap: KeyMap) -> [(text: String, role: Role)] {
        var lines: [(String, Role)] = []
        for section in keyMap.sections {
            if !lines.isEmpty { lines.append(("", .help)) }
            lines.append((section.title, .paneTitle))
            for binding in section.bindings {
                let padding = String(repeating: " ", count: max(1, 12 - DisplayWidth.of(binding.label)))
                lines.append(("  " + binding.label + padding + binding.help, .help))
            }
        }
        return lines
    }

    /// The box's height for a screen height: the content and its border, at most the screen less two rows.
    static func boxHeight(_ keyMap: KeyMap, screenHeight: Int) -> Int {
        min(screenHeight - 2, lines(keyMap).count + 2)
    }

    /// The furthest the help can scroll on a screen of this height.
    static func maxScroll(_ keyMap: KeyMap, screenHeight: Int) -> Int {
        max(0, lines(keyMap).count - max(0, boxHeight(keyMap, screenHeight: screenHeight) - 2))
    }

    static func render(_ keyMap: KeyMap, scroll: Int, theme: Theme, into grid: inout Grid) {
        let content = lines(keyMap)
        let width = min(grid.width - 2, 64), height = boxHeight(keyMap, screenHeight: grid.height)
        guard width >= 10, height >= 3 else { return }
        let box = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
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
