#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gives the terminal back when lede crashes (a Swift trap is SIGILL on x86-64 and SIGTRAP on arm64).
///
/// The Swift runtime on Linux installs its own crash handlers at start-up; when stdin and stdout are
/// terminals its backtracer is interactive and holds the screen for 30 seconds over lede's raw,
/// alternate-screen terminal. These handlers are installed after the runtime's and replace them while
/// curses owns the terminal: they restore the terminal, print one line, and then either let the signal
/// kill lede at once or, when the user asked for backtraces by setting `SWIFT_BACKTRACE`, hand over to
/// the runtime's handler on the now-sane terminal.
enum CrashGuard {
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS]

    nonisolated(unsafe) private static var previous: [sigaction] = []
    nonisolated(unsafe) static var chainToRuntime = false
    nonisolated(unsafe) private static var message: UnsafeMutableBufferPointer<UInt8>?
    nonisolated(unsafe) private static var alternateStack: UnsafeMutableRawPointer?
    nonisolated(unsafe) private static var installed = false

    static func install() {
        guard !installed else { return }
        installed = true
        chainToRuntime = getenv("SWIFT_BACKTRACE") != nil
        let text = chainToRuntime
            ? "lede: crashed; the terminal was restored.\n"
            : "lede: crashed; the terminal was restored. Run with SWIFT_BACKTRACE=enable=yes,interactive=no for a backtrace.\n"
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
        _ = buffer.initialize(from: text.utf8)
        message = buffer
        ensureAlternateStack()
        SignalRelay.unblock(signals)
        previous = signals.map { signo in
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = crashHandler
            sigemptyset(&action.sa_mask)
            // On the alternate stack, so that a stack overflow still restores the terminal.
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            var old = sigaction()
            sigaction(signo, &action, &old)
            return old
        }
    }

    static func uninstall() {
        guard installed else { return }
        installed = false
        for (signo, old) in zip(signals, previous) {
            var action = old
            sigaction(signo, &action, nil)
        }
    }

    /// A stack for the handler when the thread has none (a stack overflow leaves no room on the
    /// thread's own). The runtime's backtracer may have set one up already; that one is kept.
    private static func ensureAlternateStack() {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
        let size = 64 * 1024
        guard let memory = malloc(size) else { return }
        alternateStack = memory
        var stack = stack_t(ss_sp: memory, ss_flags: 0, ss_size: size)
        sigaltstack(&stack, nil)
    }

    fileprivate static func handle(_ signo: Int32, _ info: UnsafeMutablePointer<siginfo_t>?,
                                   _ context: UnsafeMutableRawPointer?) {
        TerminalRestore.restoreNow()
        if let message, let base = message.baseAddress { _ = write(STDERR_FILENO, base, message.count) }
        let index = signals.firstIndex(of: signo) ?? -1
        if chainToRuntime, index >= 0 {
            var old = previous[index]
            sigaction(signo, &old, nil)
            if old.sa_flags & SA_SIGINFO != 0, let chained = old.__sigaction_handler.sa_sigaction {
                chained(signo, info, context)
                return
            }
        }
        // Die of the same signal, as if lede had no handler: the exit status and core dump stay right.
        var action = sigaction()
        action.__sigaction_handler.sa_handler = nil  // SIG_DFL
        sigemptyset(&action.sa_mask)
        sigaction(signo, &action, nil)
        raise(signo)
    }
}

private func crashHandler(_ signo: Int32, _ info: UnsafeMutablePointer<siginfo_t>?,
                          _ context: UnsafeMutableRawPointer?) {
    CrashGuard.handle(signo, info, context)
}
