import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DurableWrite {
    /// Creates the file `target`, which is not expected to exist, so that it appears whole or not at
    /// all: the bytes go into an unnamed file in its folder, which is then given its name (`Staged`).
    /// That costs one folder entry instead of a temporary's and a rename's, which matters for 100,000
    /// new files in one folder. Where that cannot be done (not Linux, a file system without unnamed
    /// files, no `/proc`), or a file of that name appeared meanwhile, it is a `replace`.
    public static func create(_ target: String, with data: Data, flush: Flush = .immediately, mode: mode_t = 0o644)
        throws(StateFailure)
    {
        let folder = (target as NSString).deletingLastPathComponent
        guard let staged = try Staged(in: folder, with: data, mode: mode, for: target),
              try staged.link(as: target, flush: flush)
        else {
            try replace(target, with: data, flush: flush, mode: mode)
            return
        }
    }

    /// A file's bytes written into its folder without a name yet (Linux `O_TMPFILE`): a process killed
    /// before `link` leaves nothing behind, because the system frees an unnamed file once it is closed.
    /// It can be written on one thread and named on another.
    public final class Staged: @unchecked Sendable {
        private let fd: Int32
        /// Unnamed files open at once in this process, each holding a descriptor: capped well below
        /// the usual limit of 1,024, whatever the number of items a caller keeps in flight.
        private static let unnamed = OpenCount(limit: 256)

        /// Writes `data` into a new unnamed file in `folder`; nil where unnamed files cannot be made
        /// there. Throws when the bytes cannot be written (naming `target` in the message).
        public init?(in folder: String, with data: Data, mode: mode_t = 0o644, for target: String) throws(StateFailure) {
            #if os(Linux)
            guard Self.unnamed.take() else { return nil }
            // O_TMPFILE, which Glibc's module does not export: __O_TMPFILE (the same on x86 and ARM) | O_DIRECTORY.
            let fd = open(folder, 0o2000_0000 | O_DIRECTORY | O_WRONLY | O_CLOEXEC, mode)
            guard fd >= 0 else {
                Self.unnamed.give()
                return nil
            }
            do throws(StateFailure) {
                try writeAll(fd, data, target: target)
            } catch {
                close(fd)
                Self.unnamed.give()
                throw error
            }
            self.fd = fd
            #else
            return nil
            #endif
        }

        deinit {
            close(fd)
            Self.unnamed.give()
        }

        /// Gives the file the name `target`, which must be in the folder it was made in; false (and
        /// nothing changed) when a file of that name exists or the system cannot name it this way.
        public func link(as target: String, flush: Flush = .immediately) throws(StateFailure) -> Bool {
            if flush == .immediately {
                guard fsync(fd) == 0 else { throw failure(target, "cannot flush it to disk") }
            }
            // Naming an open file needs /proc unless the process may read any file (AT_EMPTY_PATH).
            guard linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, target, AT_SYMLINK_FOLLOW) == 0 else {
                if errno == EEXIST || errno == ENOENT || errno == EXDEV || errno == EPERM { return false }
                throw failure(target, "cannot name the new file")
            }
            if flush == .immediately {
                try syncFolder((target as NSString).deletingLastPathComponent, target: target)
            }
            return true
        }
    }
}

/// A count of things open at once, up to a limit.
private final class OpenCount: @unchecked Sendable {
    private let lock = NSLock()
    private let limit: Int
    private var count = 0

    init(limit: Int) { self.limit = limit }

    /// Counts one more, unless the limit is reached.
    func take() -> Bool {
        lock.withLock {
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    func give() {
        lock.withLock { count -= 1 }
    }
}
