#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What it takes to give the terminal back when curses cannot be asked to (a crash, a second Ctrl-C
/// while saving hangs): the shell's terminal modes and the escape sequences that undo lede's screen
/// modes, both captured while starting, so that restoring needs only `tcsetattr` and `write`, which
/// are safe inside a signal handler.
enum TerminalRestore {
    nonisolated(unsafe) private static var shellModes = termios()
    nonisolated(unsafe) private static var haveModes = false
    nonisolated(unsafe) private static var sequence: UnsafeMutableBufferPointer<UInt8>?
    nonisolated(unsafe) private static var armed = false
    nonisolated(unsafe) private static var inputFD = STDIN_FILENO
    nonisolated(unsafe) private static var outputFD = STDOUT_FILENO

    /// Records the terminal and the modes in force before curses changes them.
    static func captureModes(input: Int32, output: Int32) {
        inputFD = input
        outputFD = output
        haveModes = tcgetattr(input, &shellModes) == 0
    }

    /// Sets the bytes that undo lede's screen modes (attributes off, cursor shown, keypad and mouse
    /// reporting off, alternate screen left, window title popped) and arms the restore.
    static func arm(undoing bytes: [UInt8]) {
        sequence?.deallocate()
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        sequence = buffer
        armed = true
    }

    /// The terminal was given back normally (endwin): a later crash must not write anything.
    static func disarm() { armed = false }

    /// Async-signal-safe restore; does nothing unless armed.
    static func restoreNow() {
        guard armed else { return }
        armed = false
        if let sequence, let base = sequence.baseAddress {
            var offset = 0
            while offset < sequence.count {
                let written = write(outputFD, base + offset, sequence.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        if haveModes { tcsetattr(inputFD, TCSANOW, &shellModes) }
    }
}
