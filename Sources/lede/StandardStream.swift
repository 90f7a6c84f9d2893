#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way lede writes to standard output and error: `write(2)` in a loop, never Foundation's
/// `FileHandle.write`, which traps (`try!`) when the write fails.
///
/// A failed write to standard output (closed, `/dev/full`, a pipe whose reader left while SIGPIPE is
/// ignored) ends lede with one line on standard error and exit code 1. With SIGPIPE at its default a
/// closed pipe still ends lede by the signal (141), as the shell expects. A failed write to standard
/// error is ignored: there is nowhere left to say so.
enum StandardStream {
    /// Writes all of `bytes` to standard output, or ends the process as described above.
    static func out(_ bytes: some Sequence<UInt8>) {
        let array = Array(bytes)
        if let errorNumber = writeAll(STDOUT_FILENO, array) {
            let reason = String(cString: strerror(errorNumber))
            _ = writeAll(STDERR_FILENO, Array("lede: cannot write to standard output: \(reason)\n".utf8))
            exit(1)
        }
    }

    static func out(_ text: String) { out(text.utf8) }

    /// Writes to standard error, ignoring failure.
    static func err(_ text: String) { _ = writeAll(STDERR_FILENO, Array(text.utf8)) }

    /// Writes everything; returns errno on failure, nil on success.
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}
