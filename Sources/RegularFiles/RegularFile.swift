import Foundation

/// Reads a file that must be an ordinary file of bounded size, safely against whatever the path really
/// is: a FIFO never blocks (opened `O_NONBLOCK`), a device such as `/dev/zero` is refused before a byte
/// is read, and no file is read past its cap even if it grows meanwhile. The descriptor is
/// close-on-exec, so it never reaches a child.
public enum RegularFile {
    /// Why a file could not be read; `description` is plain words without the path (callers name it).
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case notFound
        case unreadable(reason: String)
        case notRegular(kind: String)
        case tooLarge(bytes: Int, limit: Int, atLeast: Bool)
        case binary

        public var description: String {
            switch self {
            case .notFound: "no such file"
            case .unreadable(let reason): "cannot read it: \(reason)"
            case .notRegular(let kind): "it is \(kind), not a regular file"
            case .binary: "it is not text (it has NUL bytes or is not UTF-8)"
            case let .tooLarge(bytes, limit, atLeast):
                "\(atLeast ? "more than" : "its") \(ByteCount(atLeast ? limit : bytes)) is over the \(ByteCount(limit)) limit"
            }
        }
    }

    /// What was read, with the file's status (size and times as `fstat` gave them).
    public struct Contents: Sendable {
        public var bytes: [UInt8]
        public var status: stat
    }

    /// The whole file at `path` if it is a regular file of at most `limit` bytes.
    public static func contents(of path: String, limit: Int) throws(Failure) -> Contents {
        let descriptor = FileName.withSystemPath(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .notFound }
            throw .unreadable(reason: code == EACCES ? "permission denied" : String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(reason: String(cString: strerror(errno))) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegular(kind: kind(of: status.st_mode)) }
        let size = Int(status.st_size)
        if size > limit { throw .tooLarge(bytes: size, limit: limit, atLeast: false) }
        // Read at most one byte past the cap: a file that grew after the size check is still refused.
        let cap = limit + 1
        var bytes = [UInt8](repeating: 0, count: min(cap, max(size + 1, 4096)))
        var filled = 0
        while filled < cap {
            if filled == bytes.count {
                bytes.append(contentsOf: repeatElement(0, count: min(cap, bytes.count * 2) - bytes.count))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        if filled > limit { throw .tooLarge(bytes: filled, limit: limit, atLeast: true) }
        bytes.removeSubrange(filled...)
        return Contents(bytes: bytes, status: status)
    }

    /// The file at `path` as UTF-8 text (a settings file, a theme): as `contents(of:limit:)`, and
    /// refused when it has a NUL byte or is not valid UTF-8, rather than read as replacement characters.
    public static func text(of path: String, limit: Int) throws(Failure) -> String {
        let bytes = try contents(of: path, limit: limit).bytes
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else { throw .binary }
        return text
    }

    /// "a folder", "a FIFO", ... for a file mode.
    public static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "something else"
        }
    }
}

/// A byte count in the units people read: "20.0 MiB".
public struct ByteCount: CustomStringConvertible, Sendable {
    public var bytes: Int
    public init(_ bytes: Int) { self.bytes = bytes }

    public var description: String {
        let units = ["bytes", "KiB", "MiB", "GiB"]
        var value = Double(bytes), unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(bytes) bytes" : "\(String(format: "%.1f", value)) \(units[unit])"
    }
}
