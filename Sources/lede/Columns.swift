import TerminalCanvas

/// Fitting text into a fixed number of terminal columns for plain-text output.
enum Columns {
    /// `text` truncated with `…` or padded with spaces to exactly `width` display columns.
    static func fit(_ text: String, width: Int) -> String {
        var result = ""
        var used = 0
        let total = DisplayWidth.of(text)
        let budget = total > width ? width - 1 : width
        for character in text {
            let columns = DisplayWidth.of(String(character))
            if used + columns > budget { break }
            result.append(character)
            used += columns
        }
        if total > width, width > 0 {
            result += "…"
            used += 1
        }
        return result + String(repeating: " ", count: max(0, width - used))
    }
}
