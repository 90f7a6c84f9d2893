/// The XML vocabularies feeds mix, by namespace URI.
enum FeedNamespace {
    case rss, atom, content, dublinCore, dublinCoreTerms, rdf, media, xml, other

    init(_ uri: String) {
        switch uri {
        case "", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss2",
             "http://blogs.law.harvard.edu/tech/rss":
            self = .rss
        case "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#": self = .atom
        case "http://purl.org/rss/1.0/modules/content/": self = .content
        case "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/elements/1.0/": self = .dublinCore
        case "http://purl.org/dc/terms/": self = .dublinCoreTerms
        case "http://www.w3.org/1999/02/22-rdf-syntax-ns#": self = .rdf
        case "http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss": self = .media
        case "http://www.w3.org/XML/1998/namespace": self = .xml
        default: self = .other
        }
    }
}
