extension HTMLNode {
    /// The node's text with white space runs (no-break spaces included) collapsed to one space and
    /// trimmed, as a browser shows it on one line.
    public var collapsedText: String { WhiteSpace.collapse(textContent) }

    /// `hidden`, `aria-hidden` and inline `display:none` or `visibility:hidden` content is not meant to be
    /// read: the renderer and the article extractor both leave it out.
    public var isHidden: Bool {
        if self["hidden"] != nil || self["aria-hidden"] == "true" { return true }
        guard let style = self["style"]?.lowercased(), style.contains("display") || style.contains("visibility")
        else { return false }
        let compact = style.replacingOccurrences(of: " ", with: "")
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }
}
