import ArticleModel

/// A row of the entities view: one entity of the library by its canonical form, and how many articles
/// mention it.
public struct EntityGroup: Hashable, Sendable {
    public var canonical: String
    public var type: Entity.Kind
    public var articles: Int

    public init(canonical: String, type: Entity.Kind, articles: Int) {
        self.canonical = canonical
        self.type = type
        self.articles = articles
    }
}
