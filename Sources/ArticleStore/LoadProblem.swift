import RegularFiles

/// Something wrong with one file of a library, said in words a reader understands. The file is named in
/// every message so that the reader can go and look at it.
public struct LoadProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case unreadable(reason: String)
        case unreadableFolder(reason: String)
        /// A FIFO, a device, a socket (named as an article): never opened for reading.
        case notAFile(what: String)
        case binary
        case empty
        case tooLarge(bytes: Int, limit: Int)
        /// Over the limit while being read (a device, a file still growing): its size is unknown.
        case tooLargeToMeasure(limit: Int)
        case invalidBytes(offset: Int)
        case badFrontMatter(reason: String)
        case notFound
    }

    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// True when the file or folder could not be read at all: lede then exits with status 1.
    public var isUnreadable: Bool {
        switch kind {
        case .unreadable, .unreadableFolder, .notFound: true
        default: false
        }
    }

    /// Whether a problem's message (as an index remembers it) says the file could not be read.
    public static func isUnreadable(message: String) -> Bool {
        message.contains(": cannot read the file: ") || message.contains(": cannot list the folder: ")
    }

    /// True when the article still loads despite the problem (a warning, not a skip).
    public var isWarning: Bool {
        switch kind {
        case .invalidBytes, .badFrontMatter: true
        default: false
        }
    }

    public var description: String {
        switch kind {
        case .unreadable(let reason): "\(path): cannot read the file: \(reason)"
        case .unreadableFolder(let reason): "\(path): cannot list the folder: \(reason)"
        case .notAFile(let what): "\(path): skipped: it is \(what), not a regular file"
        case .notFound: "\(path): no such file"
        case .binary: "\(path): skipped: a binary file, not text"
        case .empty: "\(path): skipped: the file is empty"
        case .tooLarge(let bytes, let limit):
            "\(path): skipped: \(ByteCount(bytes)) is over the \(ByteCount(limit)) limit (see --max-size)"
        case .tooLargeToMeasure(let limit):
            "\(path): skipped: more than the \(ByteCount(limit)) limit (see --max-size)"
        case .invalidBytes(let offset):
            "\(path): invalid UTF-8 from byte \(offset) on, shown as \u{FFFD}"
        case .badFrontMatter(let reason): "\(path): front matter ignored: \(reason)"
        }
    }
}
