extension String {
    /// The text without white space (Unicode `White_Space`: spaces, tabs, line breaks) at either end: what
    /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without its copy of the whole
    /// text through UTF-16, which was a third of the time of storing a big feed's items.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) ?? first
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
