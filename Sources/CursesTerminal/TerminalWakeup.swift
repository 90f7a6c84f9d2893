#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lets a background thread end the event loop's wait, with a self-pipe like `SignalRelay`'s: work
/// finished off the run loop (a library search) is then taken in by the app's `tick` at once, instead
/// of when the tick interval (250 ms) runs out or a key arrives.
public enum TerminalWakeup {
    /// Made once and never closed, so that a late writer can never hit a closed or reused descriptor.
    static let pipeEnds: (read: Int32, write: Int32) = {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return (-1, -1) }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        return (fds[0], fds[1])
    }()

    /// Makes the waiting (or next) `nextEvent` return nil now, so that the app's `tick` runs. Safe from
    /// any thread; a full pipe already holds a wake-up, so a failed write loses nothing.
    public static func post() {
        var byte: UInt8 = 1
        _ = write(pipeEnds.write, &byte, 1)
    }

    /// Whether a wake-up was posted since the last call; empties the pipe.
    static func take() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64)
        var woken = false
        while read(pipeEnds.read, &buffer, buffer.count) > 0 { woken = true }
        return woken
    }
}
