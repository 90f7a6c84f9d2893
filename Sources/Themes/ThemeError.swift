/// A problem in a theme file, said with the file, the line and the key, and what would be valid.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var key: String?
    public var message: String

    public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let key { place += ": \(key)" }
        return "\(place): \(message)"
    }
}

/// The problems found in a theme (a file can have several), as one error.
public struct ThemeProblems: Error, Hashable, Sendable {
    public var errors: [ThemeError]

    public init(_ errors: [ThemeError]) { self.errors = errors }

    /// The most errors reported for one file: a theme of 10,000 unknown roles printed 4 MB of them.
    public static let maxReported = 10

    /// The first `maxReported` errors, then one saying how many more there are.
    public init(capping errors: [ThemeError], file: String) {
        guard errors.count > Self.maxReported else { self.init(errors); return }
        self.init(Array(errors.prefix(Self.maxReported))
            + [ThemeError(file: file, message: "\(errors.count - Self.maxReported) more mistakes not shown")])
    }
}
