import Foundation

/// Whether the reader has read one article. Keyed by library-relative path (a lightly edited file keeps
/// it) and carrying the content fingerprint (a renamed file is still recognised by it).
public struct ReadMark: Codable, Sendable, Hashable {
    public var path: String
    public var fingerprint: String
    /// False records an explicit "mark unread", which must win a merge against an older "read".
    public var read: Bool
    public var modified: Date

    public init(path: String, fingerprint: String, read: Bool, modified: Date) {
        self.path = path
        self.fingerprint = fingerprint
        self.read = read
        self.modified = modified
    }
}
