import TerminalCanvas

/// The `?` overlay: every binding of the key map with its help text, by section, in a box as wide as
/// the screen allows (up to a comfortable reading width); long help texts wrap under themselves, and
/// the box scrolls when the screen is short.
enum HelpOverlayView {
    /// The widest the box gets: wider lines read worse, and every help text fits on one line there.
    static let maxWidth = 96
    /// The column the help texts start at, after the keys.
    static let keyColumn = 14

    /// The box's width on a screen `screenWidth` wide.
    static func boxWidth(screenWidth: Int) -> Int { min(screenWidth - 2, maxWidth) }

    /// The overlay's lines for a box `width` wide, help texts wrapped to what is left after the keys.
    static func lines(_ keyMap: KeyMap, width: Int) -> [(text: String, role: Role)] {
        let inner = max(1, width - 3)
        let keys = min(keyColumn, max(4, inner / 3))
        var lines: [(String, Role)] = []
        for section in keyMap.sections {
            if !lines.isEmpty { lines.append(("", .help)) }
            lines.append((section.title, .paneTitle))
            for binding in section.bindings {
                let label = "  " + binding.label
                let labelWidth = DisplayWidth.of(label)
                // A label too long for its column gets a line of its own.
                let indent = String(repeating: " ", count: keys)
                var first = labelWidth < keys ? label + String(repeating: " ", count: keys - labelWidth) : nil
                if first == nil { lines.append((label, .help)) }
                for line in TextLayout.wrap(binding.help, width: max(1, inner - keys)) {
                    lines.append(((first ?? indent) + line, .help))
                    first = nil
                }
            }
        }
        return lines
    }

    /// The box on a screen of this size.
    static func box(_ keyMap: KeyMap, size: Size) -> Rect {
        let width = boxWidth(screenWidth: size.width)
        return ScreenLayout.helpBox(size, width: width, lines: lines(keyMap, width: width).count)
    }

    /// The rows of help text the box shows.
    static func rows(_ keyMap: KeyMap, size: Size) -> Int {
        max(0, box(keyMap, size: size).height - 2)
    }

    /// The furthest the help can scroll on a screen of this size.
    static func maxScroll(_ keyMap: KeyMap, size: Size) -> Int {
        let count = lines(keyMap, width: boxWidth(screenWidth: size.width)).count
        return max(0, count - rows(keyMap, size: size))
    }

    static func render(_ keyMap: KeyMap, scroll: Int, theme: Theme, into grid: inout Grid) {
        let size = Size(width: grid.width, height: grid.height)
        let box = box(keyMap, size: size)
        let width = box.width, height = box.height
        guard width >= 10, height >= 3 else { return }
        let content = lines(keyMap, width: width)
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
