/// Why the terminal could not be taken over. lede prints the description and exits with an error code.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    /// The locale's character set is not UTF-8: wide characters would print as mojibake.
    case notUTF8(codeset: String)
    /// Standard input or output is not a terminal.
    case notATerminal
    /// curses could not set up the terminal (unknown or unusable `$TERM`).
    case cannotOpen(term: String)
    /// The terminal cannot move its cursor (e.g. `TERM=dumb`): no full-screen view is possible.
    case tooLimited(term: String)

    public var description: String {
        switch self {
        case .notUTF8(let codeset):
            return "the terminal's locale uses \(codeset), not UTF-8, so text would be garbled. "
                + "Set a UTF-8 locale, e.g. LANG=C.UTF-8 (and unset LC_ALL), then run lede again."
        case .notATerminal:
            return "standard input and output must be a terminal to browse; use `lede list` in scripts."
        case .cannotOpen(let term):
            return "cannot use the terminal type \"\(term)\"; set TERM to one your system knows (e.g. xterm-256color)."
        case .tooLimited(let term):
            return "the terminal type \"\(term)\" cannot move the cursor, so lede cannot draw its screen on it."
        }
    }
}
