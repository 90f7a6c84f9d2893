/// Collects inline text into blocks for `HTMLTextRenderer`: collapses white space as a browser does,
/// keeps explicit line breaks, and prefixes each block with its quote and list markers.
struct BlockWriter {
    private(set) var blocks: [String] = []
    /// Lines of the block being written; `<br>` starts a new one.
    private var lines: [String] = [""]
    /// Nesting of block quotes around the current block.
    var quoteDepth = 0
    /// Open lists, innermost last: 0 for a bulleted list, else the next item's number.
    var lists: [Int] = []
    /// A marker for the next block's first line (a heading's `## `, a list item's `- `).
    var marker = ""

    var pendingText: String { lines.joined() }

    mutating func addText(_ text: String) {
        lines[lines.count - 1] += text
    }

    mutating func lineBreak() {
        lines.append("")
    }

    mutating func startListItem() {
        guard let number = lists.last else {
            marker = "- "
            return
        }
        if number == 0 {
            marker = "- "
        } else {
            marker = "\(number). "
            lists[lists.count - 1] = number + 1
        }
    }

    /// Preformatted text keeps its lines and spaces; only its outer blank lines go.
    mutating func addPreformatted(_ text: String) {
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingTrailingWhitespace() }
        let trimmed = kept.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed()
        guard !trimmed.isEmpty else { return }
        blocks.append(trimmed.map { quotePrefix + $0 }.joined(separator: "\n"))
    }

    /// Ends the block being written, if it has any words.
    mutating func endBlock() {
        let collapsed = lines.map(Self.collapse).filter { !$0.isEmpty }
        lines = [""]
        guard !collapsed.isEmpty else { return }
        let indent = String(repeating: "  ", count: max(0, lists.count - 1))
        var text: [String] = []
        for (index, line) in collapsed.enumerated() {
            let lead = index == 0 ? indent + marker : indent + String(repeating: " ", count: marker.count)
            text.append(quotePrefix + lead + line)
        }
        marker = ""
        blocks.append(text.joined(separator: "\n"))
    }

    private var quotePrefix: String { String(repeating: "> ", count: quoteDepth) }

    /// Runs of white space (including no-break spaces, which feeds use for layout) become one space.
    static func collapse(_ line: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" || scalar == "\u{200B}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var scalars = unicodeScalars[...]
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
