import Foundation

/// Why the index could not be saved, in plain words with the file: "No space left on device", "the
/// cache folder ... is a file, not a folder", never a Foundation error domain and code.
public struct IndexSaveError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }

    public var description: String { "\(path): cannot save the index: \(reason)" }
}
