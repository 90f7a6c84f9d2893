/// A row of the speakers view: a named speaker and how often they are quoted across the library.
public struct SpeakerTally: Hashable, Sendable {
    public var name: String
    public var quotations: Int
    public var articles: Int

    public init(name: String, quotations: Int, articles: Int) {
        self.name = name
        self.quotations = quotations
        self.articles = articles
    }
}
