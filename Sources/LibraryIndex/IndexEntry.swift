import ArticleModel
import ArticleStore

/// What the index keeps about one article file: enough to list it, sort it and tell whether the file
/// changed, without reading the file.
public struct IndexEntry: Sendable, Hashable {
    public var relativePath: String
    public var title: String
    public var source: String?
    public var date: ArticleDate?
    /// `Article.fingerprint`, as 16 hex digits.
    public var fingerprint: String
    public var fileSize: Int
    /// The file's modification time (seconds since 1970) when it was indexed.
    public var modified: Double

    public init(relativePath: String, title: String, source: String?, date: ArticleDate?, fingerprint: String,
                fileSize: Int, modified: Double) {
        self.relativePath = relativePath
        self.title = title
        self.source = source
        self.date = date
        self.fingerprint = fingerprint
        self.fileSize = fileSize
        self.modified = modified
    }

    public var id: ArticleID { ArticleID(relativePath: relativePath) }

    /// True when `stamp` describes the same file contents as when this entry was made.
    public func isCurrent(for stamp: FileStamp) -> Bool {
        stamp.relativePath == relativePath && stamp.size == fileSize && stamp.modified == modified
    }

    /// The list row for this entry, with the path as the user named the library.
    public func summary(root: String) -> ArticleSummary {
        summary(prefix: Self.prefix(of: root))
    }

    /// The library's folder with a slash at its end: what each entry's path is joined to.
    static func prefix(of root: String) -> String {
        root.hasSuffix("/") ? root : root + "/"
    }

    /// The list row, `prefix` being the library's folder with a slash at its end.
    func summary(prefix: String) -> ArticleSummary {
        ArticleSummary(id: id, path: prefix + relativePath, title: title, source: source, date: date,
                       fingerprint: fingerprint)
    }
}

/// What the analysis found in one article, kept in the index for the speakers and entities views
/// and for field searches (`speaker:`, `entity:`), decoded only when asked for.
public struct EntryAnalysis: Sendable, Hashable {
    public struct QuoteDigest: Sendable, Hashable {
        public var text: String
        public var speaker: String?
        public var named: Bool
        public var span: TextSpan
    }

    public struct EntityDigest: Sendable, Hashable {
        public var canonical: String
        public var type: Entity.Kind
        /// Mentions of this entity in the article.
        public var mentions: Int
    }

    public var quotes: [QuoteDigest]
    public var entities: [EntityDigest]

    public init(quotes: [QuoteDigest] = [], entities: [EntityDigest] = []) {
        self.quotes = quotes
        self.entities = entities
    }

    public init(_ analysis: Analysis) {
        quotes = analysis.quotes.map {
            QuoteDigest(text: $0.text, speaker: $0.speaker, named: $0.named, span: $0.span)
        }
        // Each distinct (type, name) once, in order of first mention, with its count. Keyed by the pair
        // itself: a key string made and split again per mention took a thirtieth of indexing time.
        // (Sized once for every mention: growing the table was a third of this.)
        var positions = [EntityKey: Int](minimumCapacity: analysis.entities.count)
        var entities: [EntityDigest] = []
        for entity in analysis.entities {
            let key = EntityKey(type: entity.type, canonical: entity.canonical)
            if let position = positions[key] {
                entities[position].mentions += 1
            } else {
                positions[key] = entities.count
                entities.append(EntityDigest(canonical: entity.canonical, type: entity.type, mentions: 1))
            }
        }
        self.entities = entities
    }

    private struct EntityKey: Hashable {
        var type: Entity.Kind
        var canonical: String
    }
}

/// A file the index tried and could not read, remembered so it is not re-read until it changes.
public struct SkippedFile: Sendable, Hashable {
    public var relativePath: String
    public var fileSize: Int
    public var modified: Double
    public var reason: String
}
