extension HTMLNode {
    /// The node's text with white space runs (no-break spaces included) collapsed to one space and
    /// trimmed, as a browser shows it on one line.
    public var collapsedText: String { BlockWriter.collapse(textContent) }

    /// `text` with white space runs collapsed to one space and trimmed, as `collapsedText` does.
    public static func collapseWhiteSpace(_ text: String) -> String { BlockWriter.collapse(text) }
}
