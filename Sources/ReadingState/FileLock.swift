#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a dedicated lock file, held while a save re-reads, merges and writes.
/// `flock` rather than `lockf`/`fcntl`: POSIX record locks vanish when any descriptor of the file is
/// closed, and do not exclude two stores in the same process; `flock` does both right.
enum FileLock {
    static func withExclusiveLock<T>(_ path: String, _ body: () throws(StateFailure) -> T) throws(StateFailure) -> T {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DurableWrite.failure(path, "cannot open the lock file") }
        // Closing the descriptor releases the lock, also when the process dies.
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw DurableWrite.failure(path, "cannot lock it") }
        }
        return try body()
    }
}
