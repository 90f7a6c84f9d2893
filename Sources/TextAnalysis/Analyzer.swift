import ArticleModel

/// Finds quotations, their speakers, and named entities in an article's blocks.
/// Pure: no I/O, no shared state, safe to call from any thread.
public struct Analyzer: Sendable {
    public init() {}

    public func analyze(_ blocks: [Block]) -> Analysis {
        Analysis()
    }
}
