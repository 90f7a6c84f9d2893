import ArticleModel
import Foundation

/// What a format reader found in a file's text, before the library gives it an id and a date.
public struct ParsedArticle: Sendable, Equatable {
    public var title: String
    public var source: String?
    /// The source as the text itself names it at its head (`(VOV) - ...`), not a metadata field: a name
    /// written in the article, which the analysis may count among its entities.
    public var wireSource: String?
    public var author: String?
    public var date: Date?
    public var url: String?
    public var tags: [String] = []
    public var blocks: [Block]
    /// Problems that did not stop the article from loading (bad front matter, ...).
    public var warnings: [String] = []

    public init(title: String, source: String? = nil, blocks: [Block]) {
        self.title = title
        self.source = source
        self.blocks = blocks
    }
}
