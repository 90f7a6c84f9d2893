import CNcursesw

/// glibc's `wcwidth`, which ncurses (and tmux) use to place characters. lede measures text with
/// `TerminalCanvas.DisplayWidth` instead, so that rendering needs no locale; this is how tests check
/// that the two agree. Needs a UTF-8 `LC_CTYPE` (see `setlocale`), else it answers -1 for non-ASCII.
enum SystemWidth {
    static func of(_ scalar: Unicode.Scalar) -> Int {
        Int(lede_wcwidth(wchar_t(bitPattern: scalar.value)))
    }
}
