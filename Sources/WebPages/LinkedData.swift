import Foundation

/// What a page's JSON-LD (schema.org) says about its article: the first `Article`, `NewsArticle`,
/// `BlogPosting` or similar object, found at the top, in an array or in an `@graph`.
struct LinkedData {
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var articleBody: String?
    var language: String?
    var url: String?
    var publisher: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "report",
        "scholarlyarticle", "techarticle", "socialmediaposting",
    ]

    /// Reads the first article object among the page's JSON-LD scripts; nil when there is none.
    static func read(scripts: [String]) -> LinkedData? {
        for script in scripts {
            // Raw line breaks and tabs inside strings are a common fault; outside strings they are space.
            let cleaned = script.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
                .replacingOccurrences(of: "\t", with: " ")
            guard let data = cleaned.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
                  let article = findArticle(in: json, depth: 0) else { continue }
            return LinkedData(article)
        }
        return nil
    }

    private static func findArticle(in json: Any, depth: Int) -> [String: Any]? {
        guard depth < 8 else { return nil }
        if let list = json as? [Any] {
            for item in list { if let found = findArticle(in: item, depth: depth + 1) { return found } }
            return nil
        }
        guard let object = json as? [String: Any] else { return nil }
        if types(of: object).contains(where: articleTypes.contains) { return object }
        for key in ["@graph", "mainEntity"] {
            if let inner = object[key], let found = findArticle(in: inner, depth: depth + 1) { return found }
        }
        return nil
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        return (object["@type"] as? [Any])?.compactMap { ($0 as? String)?.lowercased() } ?? []
    }

    private init(_ object: [String: Any]) {
        headline = Self.string(object["headline"]) ?? Self.string(object["name"])
        authors = Self.names(object["author"]) ?? []
        datePublished = Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"])
        articleBody = Self.string(object["articleBody"]) ?? Self.string(object["text"])
        language = Self.string(object["inLanguage"])
        publisher = Self.string(object["publisher"])
        url = Self.string(object["url"]) ?? Self.string((object["mainEntityOfPage"] as? [String: Any])?["@id"])
            ?? Self.string(object["mainEntityOfPage"])
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let list = value as? [Any], let first = list.first { return string(first) }
        if let object = value as? [String: Any] { return string(object["name"]) ?? string(object["@value"]) }
        return nil
    }

    /// Author names: a string, a person or organisation object, or a list of either.
    private static func names(_ value: Any?) -> [String]? {
        if let list = value as? [Any] {
            let found = list.compactMap { string($0) }
            return found.isEmpty ? nil : found
        }
        return string(value).map { [$0] }
    }
}
