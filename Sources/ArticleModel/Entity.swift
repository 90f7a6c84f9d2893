/// A mention of a named entity in an article.
public struct Entity: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        case person, organization, place, date
    }

    /// The mention as written.
    public var text: String
    public var type: Kind
    /// The form that groups mentions of the same entity ("Lavrov" and "Sergei Lavrov" share one).
    public var canonical: String
    public var span: TextSpan

    public init(text: String, type: Kind, canonical: String, span: TextSpan) {
        self.text = text
        self.type = type
        self.canonical = canonical
        self.span = span
    }
}
