/// A stable identifier for an article: a hash of its path inside the library, so that the same file
/// keeps the same id across runs and machines. Renames are followed through `Article.fingerprint`.
public struct ArticleID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// The id of the article stored at `relativePath` inside its library.
    public init(relativePath: String) {
        self.rawValue = StableHash.hex(of: relativePath)
    }

    public var description: String { rawValue }

    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
