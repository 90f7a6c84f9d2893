import ArticleModel
import Foundation

/// Everything lede remembers about one library: its bookmarks, the bookmarks deleted (so that a merge
/// with an older copy cannot bring them back), and which articles were read.
///
/// On disk it is one JSON object, `"version": 1`, with arrays sorted so that the file diffs and syncs
/// well. The same shape is the `lede bookmarks --json` export and what `lede bookmarks import` reads.
public struct StateDocument: Sendable, Hashable {
    public static let currentVersion = 1

    public var version: Int
    /// The library's absolute path, for people reading the file; lede finds the file by its name.
    public var library: String?
    /// Bookmarks by id.
    public var bookmarks: [String: Bookmark]
    /// Deleted bookmark ids and when they were deleted.
    public var deleted: [String: Date]
    /// Read marks by library-relative path.
    public var read: [String: ReadMark]

    public init(library: String? = nil, bookmarks: [Bookmark] = [], deleted: [String: Date] = [:],
                read: [ReadMark] = []) {
        self.version = Self.currentVersion
        self.library = library
        self.bookmarks = Dictionary(bookmarks.map { ($0.id, $0) }) { first, _ in first }
        self.deleted = deleted
        self.read = Dictionary(read.map { ($0.path, $0) }) { first, _ in first }
    }

    /// Bookmarks, newest first (ties by id, so every process lists them alike).
    public var bookmarkList: [Bookmark] {
        bookmarks.values.sorted { lhs, rhs in
            let left = StateTime.milliseconds(lhs.created), right = StateTime.milliseconds(rhs.created)
            return left != right ? left > right : lhs.id < rhs.id
        }
    }

    /// The same document with only its bookmarks: what an export carries.
    public var bookmarksOnly: StateDocument {
        var copy = self
        copy.deleted = [:]
        copy.read = [:]
        return copy
    }
}

extension StateDocument: Codable {
    enum CodingKeys: String, CodingKey { case version, library, bookmarks, deleted, read }

    struct Tombstone: Codable {
        var id: String
        var deleted: Date
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        library = try container.decodeIfPresent(String.self, forKey: .library)
        let marks = try container.decodeIfPresent([Bookmark].self, forKey: .bookmarks) ?? []
        bookmarks = Dictionary(marks.map { ($0.id, $0) }) { first, second in Self.newer(first, second) }
        let tombstones = try container.decodeIfPresent([Tombstone].self, forKey: .deleted) ?? []
        deleted = Dictionary(tombstones.map { ($0.id, $0.deleted) }) { first, _ in first }
        let reads = try container.decodeIfPresent([ReadMark].self, forKey: .read) ?? []
        read = Dictionary(reads.map { ($0.path, $0) }) { first, second in Self.newer(first, second) }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encodeIfPresent(library, forKey: .library)
        let byAge = bookmarks.values.sorted { lhs, rhs in
            let left = StateTime.milliseconds(lhs.created), right = StateTime.milliseconds(rhs.created)
            return left != right ? left < right : lhs.id < rhs.id
        }
        try container.encode(byAge, forKey: .bookmarks)
        try container.encode(deleted.map { Tombstone(id: $0.key, deleted: $0.value) }.sorted { $0.id < $1.id },
                             forKey: .deleted)
        try container.encode(read.values.sorted { $0.path < $1.path }, forKey: .read)
    }
}

extension StateDocument {
    /// Pretty, key-sorted JSON with millisecond UTC times.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(StateTime.string(date))
        }
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Parses a state document or export. Throws `StateDocument.ReadError` saying what is wrong.
    public static func decode(_ data: Data) throws(ReadError) -> StateDocument {
        let version = try probeVersion(data)
        guard version <= currentVersion else { throw .newerVersion(version) }
        guard version >= 1 else { throw .corrupt("its version \(version) is unknown") }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = StateTime.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 time: \(text)")
            }
            return date
        }
        do {
            return try decoder.decode(StateDocument.self, from: data)
        } catch let error as DecodingError {
            throw .corrupt("it does not have the expected fields (\(Self.describe(error)))")
        } catch {
            throw .corrupt("it could not be decoded")
        }
    }

    /// The document's `version`, or what is wrong with the bytes before any field is decoded.
    private static func probeVersion(_ data: Data) throws(ReadError) -> Int {
        guard !data.isEmpty else { throw .corrupt("it is empty") }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .corrupt("it is not valid JSON (truncated?)")
        }
        guard let fields = object as? [String: Any] else { throw .corrupt("it is not a JSON object") }
        guard let value = fields["version"] else { throw .corrupt("it has no \"version\"") }
        guard !(value is String), let number = value as? NSNumber, let version = Int(exactly: number.doubleValue) else {
            throw .corrupt("its \"version\" is \(describeJSON(value)), not a whole number")
        }
        return version
    }

    /// "a string (\"1\")", "an array", ... for a message about a JSON value of the wrong type.
    static func describeJSON(_ value: Any) -> String {
        switch value {
        case let text as String: "a string (\"\(text.prefix(20))\")"
        case is NSNumber: "the number \(value)"
        case is [Any]: "an array"
        case is [String: Any]: "an object"
        default: "null"
        }
    }

    /// Why bytes are not a state document this lede can use.
    public enum ReadError: Error, Equatable, Sendable {
        /// Damaged: not JSON, truncated, or missing fields. Safe to set aside.
        case corrupt(String)
        /// Written by a newer lede: must be left alone.
        case newerVersion(Int)
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "top level" : keys.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)): missing \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "unknown"
        }
    }
}
