#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TerminalCanvas

extension CursesTerminal {
    /// Waits up to `timeout` for the next key, mouse event or resize; nil when the time ran out, a
    /// background thread posted a `TerminalWakeup`, or a termination signal arrived (then
    /// `terminationSignal` is set). Ctrl-Z (SIGTSTP) suspends lede
    /// here, and the resume, like any SIGCONT, comes back as `.resize` after a full repaint is queued.
    public func nextEvent(timeout: Duration) -> KeyEvent? {
        guard isActive, let window = lede_stdscr() else { return nil }
        let deadline = ContinuousClock.now + timeout
        while terminationSignal == nil {
            if let event = handleSignals() { return event }
            if terminationSignal != nil { break }
            if let event = readKey(window) { return event }
            if TerminalWakeup.take() { return nil }
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { return nil }
            wait(upTo: remaining)
        }
        return nil
    }

    /// Curses reads and decodes the bytes already waiting (nodelay mode: it never blocks here beyond
    /// the short escape delay). Unknown keys are skipped.
    private func readKey(_ window: UnsafeMutablePointer<WINDOW>) -> KeyEvent? {
        while true {
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == OK {
                if let event = KeyDecoder.event(forCharacter: UInt32(value)) { return event }
            } else if status == KEY_CODE_YES {
                let code = Int32(value)
                if code == KEY_MOUSE {
                    var report = MEVENT()
                    if getmouse(&report) == OK,
                       let event = KeyDecoder.event(forMouseState: report.bstate, x: report.x, y: report.y) {
                        return event
                    }
                } else if code == KEY_RESIZE {
                    return .resize  // a new size repaints every cell by itself (Grid.changes)
                } else if let event = KeyDecoder.event(forKeyCode: code) {
                    return event
                }
            } else {
                return nil
            }
        }
    }

    /// Sleeps until input, a signal (through the relay's pipe, or EINTR) or the timeout.
    private func wait(upTo remaining: Duration) {
        let (seconds, attoseconds) = remaining.components
        let milliseconds = Int32(clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
        var fds = [pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: SignalRelay.readFD, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: TerminalWakeup.pipeEnds.read, events: Int16(POLLIN), revents: 0)]
        _ = poll(&fds, nfds_t(fds.count), max(milliseconds, 1))
    }

    /// Acts on the signals the relay caught. Returns `.resize` when the screen must be laid out again.
    private func handleSignals() -> KeyEvent? {
        var event: KeyEvent?
        for signo in SignalRelay.drain() {
            switch signo {
            case SIGTSTP:
                suspend()
                event = .resize
            case SIGCONT:
                // Stopped by something lede did not see (SIGSTOP): the shell may have changed the
                // terminal's modes and screen meanwhile.
                reset_prog_mode()
                resizeToTerminal()
                invalidate()
                event = .resize
            case SIGWINCH:
                resizeToTerminal()
                invalidate()
                event = .resize
            default:
                if terminationSignal == nil { terminationSignal = signo }
                return nil
            }
        }
        return event
    }

    /// Gives the terminal back and stops lede as Ctrl-Z asks; on `fg` takes it back and repaints.
    public func suspend() {
        guard isActive else { return }
        endwin()
        popTitle()
        TerminalRestore.disarm()
        SignalRelay.setDefault(SIGTSTP)
        kill(getpid(), SIGTSTP)  // stops here until SIGCONT
        SignalRelay.reinstall(SIGTSTP)
        // A termination signal that arrived while stopped still counts; SIGCONT and SIGWINCH are
        // covered by the repaint below.
        for signo in SignalRelay.drain() where SignalRelay.termination.contains(signo) {
            if terminationSignal == nil { terminationSignal = signo }
        }
        armRestore()
        refresh()  // back in curses' program mode
        resizeToTerminal()
        invalidate()
    }

    /// Leaves the screen to another program for the time of `body` (a pager, a terminal browser) as
    /// Ctrl-Z leaves it to the shell, then takes it back and repaints. Meanwhile Ctrl-C and Ctrl-\ are
    /// the program's alone (ignored here, as `system(3)` does), and a Ctrl-Z it passed on is not lede's.
    public func runOutside(_ body: () -> Void) {
        guard isActive else { return body() }
        endwin()
        popTitle()
        TerminalRestore.disarm()
        SignalRelay.ignore(SIGINT)
        SignalRelay.ignore(SIGQUIT)
        body()
        SignalRelay.reinstall(SIGINT)
        SignalRelay.reinstall(SIGQUIT)
        for signo in SignalRelay.drain() where signo == SIGTERM || signo == SIGHUP {
            if terminationSignal == nil { terminationSignal = signo }
        }
        armRestore()
        refresh()  // back in curses' program mode
        resizeToTerminal()
        invalidate()
    }

    /// Tells curses the terminal's real size, which may have changed while lede was not listening.
    private func resizeToTerminal() {
        var size = winsize()
        guard ioctl(outputFD, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else { return }
        if is_term_resized(Int32(size.ws_row), Int32(size.ws_col)) {
            resizeterm(Int32(size.ws_row), Int32(size.ws_col))
        }
    }
}
