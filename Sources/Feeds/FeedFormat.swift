/// The family of syndication format a feed is written in, detected from its content.
public enum FeedFormat: String, Sendable, Codable {
    /// RSS 0.9x and 2.0 (`<rss>`).
    case rss
    /// RSS 1.0 and 0.90 (`<rdf:RDF>`).
    case rdf
    /// Atom 0.3 and 1.0 (`<feed>`).
    case atom
    /// JSON Feed 1.0 and 1.1.
    case json
}
