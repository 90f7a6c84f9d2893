import TerminalCanvas

/// Shorthand for the sanitiser, used by the output records.
enum Clean {
    static func text(_ value: String) -> String { TextSanitizer.sanitize(value) }
}

extension Clean {
    /// Sanitised line by line, keeping the line feeds: for multi-line text such as an item's paragraphs.
    static func lines(_ value: String) -> String { TextSanitizer.sanitizeKeepingNewlines(value) }
}
