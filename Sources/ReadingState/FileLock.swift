import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a dedicated lock file, held while a save re-reads, merges and writes.
/// `flock` rather than `lockf`/`fcntl`: POSIX record locks vanish when any descriptor of the file is
/// closed, and do not exclude two stores in the same process; `flock` does both right.
public enum FileLock {
    /// A save holds the lock for milliseconds; one held this long belongs to a stuck process, and the
    /// browser must not freeze behind it (the save fails and is retried instead).
    static let defaultTimeout: Duration = .seconds(10)

    static func withExclusiveLock<T>(_ path: String, timeout: Duration = defaultTimeout,
                                     _ body: () throws(StateFailure) -> T) throws(StateFailure) -> T {
        guard let fd = try acquire(path, waiting: timeout) else {
            throw StateFailure(path: path, message: "\(path): another lede process has held the lock for \(timeout)")
        }
        // Closing the descriptor releases the lock, also when the process dies.
        defer { close(fd) }
        return try body()
    }

    /// Opens (making it) the lock file at `path` and takes its exclusive lock, waiting at most `timeout`
    /// (`.zero`: not at all) while another holder has it. Returns the descriptor that holds the lock
    /// (closing it releases the lock), or nil when the lock was still taken at the end.
    public static func acquire(_ path: String, waiting timeout: Duration) throws(StateFailure) -> Int32? {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DurableWrite.failure(path, "cannot open the lock file") }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            switch errno {
            case EINTR:
                continue
            case EWOULDBLOCK where clock.now < deadline:
                usleep(2_000)
            case EWOULDBLOCK:
                close(fd)
                return nil
            default:
                let failure = DurableWrite.failure(path, "cannot lock it")
                close(fd)
                throw failure
            }
        }
        return fd
    }
}
