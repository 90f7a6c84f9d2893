/// One news article: its metadata, its body as blocks, and what the analysis found in it.
public struct Article: Codable, Sendable, Hashable, Identifiable {
    public var id: ArticleID
    /// The file's path as given to lede (absolute or relative to the working directory).
    public var path: String
    public var title: String
    public var source: String?
    public var author: String?
    public var date: ArticleDate?
    public var url: String?
    public var tags: [String]
    public var blocks: [Block]
    /// A hash of the body text, which follows the article when its file is renamed or moved.
    public var fingerprint: String
    public var analysis: Analysis

    public init(
        id: ArticleID, path: String, title: String, source: String? = nil, author: String? = nil,
        date: ArticleDate? = nil, url: String? = nil, tags: [String] = [], blocks: [Block],
        analysis: Analysis = .empty
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.source = source
        self.author = author
        self.date = date
        self.url = url
        self.tags = tags
        self.blocks = blocks
        self.fingerprint = Article.fingerprint(of: blocks)
        self.analysis = analysis
    }

    /// The body as plain text, blocks separated by blank lines.
    public var bodyText: String {
        blocks.map(\.text).joined(separator: "\n\n")
    }

    public var quotes: [Quote] { analysis.quotes }
    public var entities: [Entity] { analysis.entities }

    /// The text a span covers.
    public func text(of span: TextSpan) -> String {
        guard blocks.indices.contains(span.block) else { return "" }
        let scalars = blocks[span.block].text.unicodeScalars
        guard span.end <= scalars.count else { return "" }
        let start = scalars.index(scalars.startIndex, offsetBy: span.start)
        let end = scalars.index(start, offsetBy: span.length)
        return String(scalars[start..<end])
    }

    static func fingerprint(of blocks: [Block]) -> String {
        // The blocks joined by newlines, hashed piece by piece rather than joined first.
        var hash = StableHash.seed
        for (position, block) in blocks.enumerated() {
            if position > 0 { hash = StableHash.value(of: "\n", continuing: hash) }
            hash = StableHash.value(of: block.text, continuing: hash)
        }
        return StableHash.hex(hash)
    }
}
