#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TerminalCanvas

extension CursesTerminal {
    /// xterm's title stack: save the user's title before the first change and put it back at the end.
    static let titlePush = "\u{1B}[22;0t"
    static let titlePop = "\u{1B}[23;0t"

    /// Sets the window title (sent with the next frame); nil leaves the title alone. The text is
    /// sanitised here, so an article title can never smuggle an escape sequence into the terminal.
    public func setTitle(_ text: String?) {
        title = text.map { String(TextSanitizer.sanitize($0).prefix(120)) }
    }

    /// The bytes that set the window title, from terminfo's status-line strings, or xterm's OSC 2 for
    /// xterm-like terminals whose entries lack them; nil when the terminal has no title.
    func titleSequence(_ text: String) -> String? {
        if lede_tigetflag("hs") != 0, let start = lede_tigetstr("tsl"), let end = lede_tigetstr("fsl") {
            return String(cString: start) + text + String(cString: end)
        }
        let term = termName ?? getenv("TERM").map { String(cString: $0) } ?? ""
        if term.hasPrefix("xterm") || term.hasPrefix("rxvt") { return "\u{1B}]2;" + text + "\u{07}" }
        return nil
    }

    /// Sends the title when it changed. Called after `doupdate`, which has flushed curses' output,
    /// so the bytes cannot land in the middle of an escape sequence of the frame.
    func updateTitle() {
        guard let title, title != sentTitle, let sequence = titleSequence(title) else { return }
        var bytes = ""
        if !titlePushed {
            bytes += Self.titlePush
            titlePushed = true
        }
        bytes += sequence
        writeToTerminal(bytes)
        sentTitle = title
        armRestoreTitle()
    }

    func popTitle() {
        guard titlePushed else { return }
        writeToTerminal(Self.titlePop)
        titlePushed = false
        sentTitle = nil
    }

    private func writeToTerminal(_ text: String) {
        if let outputFile { fflush(outputFile) }
        Array(text.utf8).withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(outputFD, base + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }
}
