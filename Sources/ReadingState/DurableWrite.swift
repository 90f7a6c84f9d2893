import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file so that after a crash or power cut it holds either the old or the new bytes, never a
/// mix: write a temporary file in the same folder, fsync it, rename it over the target, fsync the
/// folder (without the last step the rename itself may not survive a power cut).
///
/// Public so that whatever else writes into a library (fetched feed items, their fetch state) writes
/// the same way.
public enum DurableWrite {
    /// When the bytes reach the disk.
    public enum Flush: Sendable {
        /// Before `replace` returns: fsync the file, then its folder.
        case immediately
        /// At the caller's next `flushFileSystem(of:)`, for a batch of many files: fsync costs
        /// milliseconds a file, and 100,000 of them would take minutes. A killed process still leaves
        /// each file old or new (the rename is atomic); only a power cut before the flush can lose the
        /// batch, so the caller records the batch as done only after flushing.
        case withBatch
    }

    /// The prefix of temporary files for `target`; anything starting with it is left over from a writer
    /// that was killed, and may be removed by whoever holds the lock.
    public static func temporaryPrefix(for target: String) -> String {
        "." + (target as NSString).lastPathComponent + ".tmp-"
    }

    /// - Parameter mode: the new file's permissions (0600 for a secret such as a server's auth token).
    public static func replace(_ target: String, with data: Data, flush: Flush = .immediately, mode: mode_t = 0o644)
        throws(StateFailure)
    {
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(
            temporaryPrefix(for: target) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(target, "cannot create a file in \(folder)") }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        do throws(StateFailure) {
            try writeAll(fd, data, target: target)
            if flush == .immediately {
                guard fsync(fd) == 0 else { throw failure(target, "cannot flush it to disk") }
            }
            closed = true
            guard close(fd) == 0 else { throw failure(target, "cannot close it") }
            guard rename(temporary, target) == 0 else { throw failure(target, "cannot replace it") }
        } catch {
            unlink(temporary)
            throw error
        }
        if flush == .immediately { try syncFolder(folder, target: target) }
    }

    /// Flushes everything written to the file system that holds `folder` (Linux `syncfs`; `sync`
    /// elsewhere): the files of a `.withBatch` write and the folders that name them.
    public static func flushFileSystem(of folder: String) throws(StateFailure) {
        #if os(Linux)
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(folder, "cannot open it to flush it") }
        defer { close(fd) }
        guard linuxSyncfs(fd) == 0 else { throw failure(folder, "cannot flush it to disk") }
        #else
        sync()
        #endif
    }

    static func writeAll(_ fd: Int32, _ data: Data, target: String) throws(StateFailure) {
        let result: StateFailure? = data.withUnsafeBytes { buffer -> StateFailure? in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return failure(target, "cannot write it")
                }
                offset += written
            }
            return nil
        }
        if let result { throw result }
    }

    /// Makes the rename durable. Some file systems cannot fsync a folder (EINVAL): nothing more can be
    /// done there, so that is not a failure.
    static func syncFolder(_ folder: String, target: String) throws(StateFailure) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(target, "cannot open its folder to flush it") }
        defer { close(fd) }
        if fsync(fd) != 0 && errno != EINVAL {
            throw failure(target, "cannot flush its folder to disk")
        }
    }

    /// A failure naming the file, what was being done and the system's reason (taken from `errno`).
    static func failure(_ path: String, _ doing: String) -> StateFailure {
        let reason = String(cString: strerror(errno))
        return StateFailure(path: path, message: "\(path): \(doing): \(reason)")
    }
}

#if os(Linux)
/// glibc's `syncfs(2)`, which the Glibc module does not export (it is declared only under _GNU_SOURCE).
@_silgen_name("syncfs")
private func linuxSyncfs(_ fd: Int32) -> Int32
#endif
