import Foundation
import ReadingState
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one-writer lock of a library's feeds: a fetch, a sync or a save holds it from the moment it reads
/// the fetch state until it has committed. Two at once would each miss the other's new items and store
/// them twice, and the later state file would forget the earlier one's.
///
/// An `flock` on the hidden file `.lede-feeds.lock` at the library's root: the kernel drops it when the
/// holder exits or is killed, so a crashed fetch never leaves the library locked. A second writer is
/// refused at once with a message, instead of waiting behind a fetch that may take minutes.
public final class LibraryWriteLock: @unchecked Sendable {
    public static let fileName = ".lede-feeds.lock"
    private let fd: Int32

    /// Takes the lock of the library at `libraryRoot`, or throws when another writer holds it.
    /// A library that does not exist yet is made, as the store's first write would make it.
    public init(libraryRoot: String) throws(StateFailure) {
        do {
            try FileManager.default.createDirectory(atPath: libraryRoot, withIntermediateDirectories: true)
        } catch {
            throw StateFailure(path: libraryRoot, message: "\(libraryRoot): cannot make the library's folder: \(error.localizedDescription)")
        }
        let path = (libraryRoot as NSString).appendingPathComponent(Self.fileName)
        guard let fd = try FileLock.acquire(path, waiting: .zero) else {
            throw StateFailure(path: libraryRoot, message: "\(libraryRoot): another lede fetch, sync or save is writing "
                + "to this library; try again when it is done")
        }
        self.fd = fd
    }

    deinit {
        // Closing the descriptor releases the lock.
        close(fd)
    }
}
