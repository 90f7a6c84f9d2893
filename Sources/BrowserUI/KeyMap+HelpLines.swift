import TerminalCanvas

extension KeyMap {
    /// The column the help texts start at, after the keys.
    static let helpKeyColumn = 14

    /// The help overlay's lines for a box `width` wide: every binding with its help text, by section,
    /// help texts wrapped under themselves in what is left after the keys.
    func helpLines(width: Int) -> [(text: String, role: Role)] {
        let inner = max(1, width - 3)
        let keys = min(Self.helpKeyColumn, max(4, inner / 3))
        var lines: [(String, Role)] = []
        for section in sections {
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
}
