import TerminalCanvas

/// Shorthand for the sanitiser, used by the output records.
enum Clean {
    static func text(_ value: String) -> String { TextSanitizer.sanitize(value) }
}
