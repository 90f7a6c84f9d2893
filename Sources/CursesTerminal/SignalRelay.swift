#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Carries signals out of signal context: each handler only writes the signal number into a pipe
/// (the self-pipe trick), and the event loop reads it between key presses and acts there, where
/// curses calls, saving and exiting are safe.
///
/// Installed before curses starts, so that ncurses keeps its own SIGINT/SIGTERM/SIGTSTP/SIGWINCH
/// handlers out (it only installs them over the default action; its SIGINT one exits without saving).
enum SignalRelay {
    /// Signals that end the program: the app saves, the terminal is restored, lede exits with 128+n.
    static let termination: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let all: [Int32] = termination + [SIGTSTP, SIGCONT, SIGWINCH]

    /// The pipe's read end, polled by the event loop; -1 when not installed.
    nonisolated(unsafe) static var readFD: Int32 = -1
    nonisolated(unsafe) static var writeFD: Int32 = -1
    /// Termination signals seen by the handler, so that a second one gets out even if saving hangs.
    nonisolated(unsafe) static var terminationCount: Int32 = 0
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]

    static func install() {
        guard readFD < 0 else { return }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readFD = fds[0]
        writeFD = fds[1]
        terminationCount = 0
        // A parent may have started lede with these blocked (a blocked mask is inherited): unblock them.
        unblock(all)
        for signo in all {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = relayHandler
            sigemptyset(&action.sa_mask)
            // SA_RESTART spares the app's file reads an EINTR on every resize; the loop's poll(2) is
            // woken anyway, by the pipe (and poll is never restarted).
            action.sa_flags = SA_RESTART
            var old = sigaction()
            sigaction(signo, &action, &old)
            previous[signo] = old
        }
    }

    static func uninstall() {
        guard readFD >= 0 else { return }
        for (signo, old) in previous {
            var action = old
            sigaction(signo, &action, nil)
        }
        previous = [:]
        close(readFD)
        close(writeFD)
        readFD = -1
        writeFD = -1
    }

    static func unblock(_ signals: [Int32]) {
        var set = sigset_t()
        sigemptyset(&set)
        for signo in signals { sigaddset(&set, signo) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Puts back one signal's default action, e.g. SIGTSTP while lede stops itself.
    static func setDefault(_ signo: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = nil  // SIG_DFL
        sigemptyset(&action.sa_mask)
        sigaction(signo, &action, nil)
    }

    /// Ignores one signal, e.g. SIGINT while a program lede waits for has the terminal.
    static func ignore(_ signo: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&action.sa_mask)
        sigaction(signo, &action, nil)
    }

    static func reinstall(_ signo: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = relayHandler
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(signo, &action, nil)
    }

    /// The signals that arrived since the last call, oldest first.
    static func drain() -> [Int32] {
        guard readFD >= 0 else { return [] }
        var result: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(readFD, &buffer, buffer.count)
            if count <= 0 { break }
            result += buffer[0..<count].map { Int32($0) }
        }
        return result
    }
}

/// Async-signal-safe: a write to a non-blocking pipe, and on a repeated termination signal the
/// precomputed terminal restore and `_exit`.
private func relayHandler(_ signo: Int32) {
    let savedErrno = errno
    switch signo {
    case SIGINT, SIGTERM, SIGHUP, SIGQUIT:
        SignalRelay.terminationCount += 1
        if SignalRelay.terminationCount > 1 {
            TerminalRestore.restoreNow()
            _exit(128 + signo)
        }
    default:
        break
    }
    var byte = UInt8(truncatingIfNeeded: signo)
    _ = write(SignalRelay.writeFD, &byte, 1)
    errno = savedErrno
}
