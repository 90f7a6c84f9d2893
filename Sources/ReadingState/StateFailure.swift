/// Why the state could not be read or written, as a message that names the file and says what to do.
public struct StateFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or folder concerned.
    public var path: String
    /// The whole message, ready for the status bar or standard error.
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { message }
}

/// What `StateStore.save()` did.
public enum SaveOutcome: Sendable, Equatable {
    /// Nothing had changed since the last save.
    case unchanged
    /// The changes are on disk, merged with what other lede processes saved.
    case saved
    /// Nothing was written; the changes are still in memory and the next `save()` tries again.
    /// The failure's message names the file and the system's reason ("Read-only file system",
    /// "No space left on device"); the browser shows it and says the changes are kept.
    case failed(StateFailure)
}
