#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TerminalCanvas

/// The real terminal, through ncursesw: the one object in lede that calls curses.
///
/// `start()` takes the terminal over (UTF-8 check, cbreak, no echo, keypad, mouse, colours, signal
/// and crash handlers); `draw(_:)` sends the cells that changed since the last frame; `nextEvent`
/// waits for a key, mouse event, resize or signal; `stop()` gives the terminal back.
/// Not thread-safe: use it from one thread (the run loop's).
public final class CursesTerminal {
    /// The termination signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) that arrived, if any: the caller
    /// should save, `stop()` and exit with 128 + signal.
    public internal(set) var terminationSignal: Int32?

    var screen: OpaquePointer?
    var palette = ColorPalette(colors: 0)
    var pairs: [PairKey: Int16] = [:]
    var nextPair: Int32 = 1
    var pairLimit: Int32 = 0
    var previous: Grid?
    var title: String?
    var sentTitle: String?
    var titlePushed = false
    var restoreBytes: [UInt8] = []
    var inputFile: UnsafeMutablePointer<FILE>?
    var outputFile: UnsafeMutablePointer<FILE>?

    struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// The terminal's descriptors (standard input and output, except in tests, which use a
    /// pseudo-terminal) and its terminfo name (nil: `$TERM`).
    let inputFD: Int32
    let outputFD: Int32
    let termName: String?

    public convenience init() {
        self.init(input: STDIN_FILENO, output: STDOUT_FILENO)
    }

    init(input: Int32, output: Int32, term: String? = nil) {
        inputFD = input
        outputFD = output
        termName = term
    }

    public var isActive: Bool { screen != nil }

    /// The terminal's size in cells.
    public var size: Size {
        guard isActive, let window = lede_stdscr() else { return Size(width: 0, height: 0) }
        return Size(width: Int(lede_getmaxx(window)), height: Int(lede_getmaxy(window)))
    }

    /// Takes the terminal over. Throws, leaving the terminal untouched, when the locale is not UTF-8,
    /// stdin/stdout are not terminals, or `$TERM` is unusable.
    public func start() throws {
        guard !isActive else { return }
        setlocale(LC_ALL, "")
        // Curses needs the user's character set; numbers must keep parsing and printing with a
        // decimal point whatever the user's language (theme files, JSON), so LC_NUMERIC stays "C".
        setlocale(LC_NUMERIC, "C")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        guard Self.isUTF8(codeset) else { throw TerminalError.notUTF8(codeset: codeset) }
        guard isatty(inputFD) == 1, isatty(outputFD) == 1 else { throw TerminalError.notATerminal }

        TerminalRestore.captureModes(input: inputFD, output: outputFD)
        // Before curses starts: ncurses then leaves these signals to lede (it only takes default ones).
        SignalRelay.install()
        // Escape would otherwise wait a full second for a possible escape sequence to follow.
        set_escdelay(25)
        // Close-on-exec copies: plain dup(2) copies reached the link opener's child as fds 5 and 6.
        inputFile = fdopen(fcntl(inputFD, F_DUPFD_CLOEXEC, 0), "r")
        outputFile = fdopen(fcntl(outputFD, F_DUPFD_CLOEXEC, 0), "w")
        screen = newterm(termName, outputFile, inputFile)
        let term = termName ?? getenv("TERM").map { String(cString: $0) } ?? ""
        guard isActive else {
            SignalRelay.uninstall()
            closeFiles()
            throw TerminalError.cannotOpen(term: term)
        }
        guard lede_tigetstr("cup") != nil else {
            endwin()
            delscreen(screen)
            screen = nil
            SignalRelay.uninstall()
            closeFiles()
            throw TerminalError.tooLimited(term: term)
        }
        configureModes()
        setUpColors()
        armRestore()
        CrashGuard.install()
        previous = nil
    }

    /// Gives the terminal back as it was: modes, main screen, cursor, mouse and title. Idempotent.
    public func stop() {
        guard isActive else { return }
        CrashGuard.uninstall()
        endwin()
        popTitle()
        TerminalRestore.disarm()
        delscreen(screen)
        screen = nil
        closeFiles()
        SignalRelay.uninstall()
        pairs = [:]
        previous = nil
    }

    deinit { stop() }

    static func isUTF8(_ codeset: String) -> Bool {
        let name = codeset.uppercased().replacingOccurrences(of: "-", with: "")
        return name == "UTF8"
    }

    private func closeFiles() {
        if let inputFile { fclose(inputFile) }
        if let outputFile { fclose(outputFile) }
        inputFile = nil
        outputFile = nil
    }

    private func configureModes() {
        let window = lede_stdscr()
        // cbreak, not raw: Ctrl-C, Ctrl-Z and Ctrl-\ stay signals, which SignalRelay handles.
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)  // the loop waits in poll(2), where signals can wake it
        leaveok(window, true)
        curs_set(0)
        disableFlowControl()
        // Left presses and the wheel only; clicks resolve at once instead of after mouseinterval.
        mousemask(lede_button1_pressed() | lede_button1_clicked() | lede_button4_pressed() | lede_button5_pressed(), nil)
        mouseinterval(0)
    }

    /// Ctrl-S and Ctrl-Q would freeze and thaw output (XON/XOFF); lede wants them as keys.
    private func disableFlowControl() {
        var modes = termios()
        guard tcgetattr(inputFD, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(inputFD, TCSANOW, &modes)
        def_prog_mode()  // so that curses re-applies this after suspend and resume
    }

    private func setUpColors() {
        pairs = [:]
        nextPair = 1
        guard has_colors() else {
            palette = ColorPalette(colors: 0)
            return
        }
        start_color()
        let defaults = use_default_colors() == OK
        palette = ColorPalette(colors: Int(lede_colors()))
        pairLimit = min(lede_color_pairs(), Int32(Int16.max))
        // Without the terminal's own colours, "default" is white on black.
        defaultFallback = !defaults
    }

    var defaultFallback = false

    /// The bytes that undo lede's modes, for the crash path (curses cannot be called there).
    func armRestore() {
        var bytes: [UInt8] = []
        for name in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let value = lede_tigetstr(name) { bytes += Array(String(cString: value).utf8) }
        }
        // Mouse reporting off in every mode ncurses may have turned on (X10, button, any, SGR).
        if lede_tigetstr("kmous") != nil { bytes += Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l".utf8) }
        restoreBytes = bytes
        TerminalRestore.arm(undoing: bytes)
    }

    /// Once lede has pushed the user's title, a crash pops it too.
    func armRestoreTitle() {
        TerminalRestore.arm(undoing: restoreBytes + Array(Self.titlePop.utf8))
    }
}
