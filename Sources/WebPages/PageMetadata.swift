import Foundation
import HTMLText

/// A page's title, byline, date, canonical URL and language, from its JSON-LD first, then OpenGraph
/// and other `<meta>` tags, then the document itself (`<title>`, `<html lang>`, `<time>`).
struct PageMetadata {
    var title = ""
    var byline: String?
    var date: String?
    var canonicalURL: String?
    var language: String?
    /// The site's own name (`og:site_name`, the JSON-LD publisher), for an article's `source`.
    var siteName: String?
    var linkedData: LinkedData?

    static let dateKeys = [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
        "article.published", "published_time",
    ]
    static let readTags: Set<String> = ["meta", "script", "title", "link", "time", "html"]
    static let authorKeys = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"]

    init(document: HTMLNode, pageURL: URL?) {
        var meta: [String: String] = [:]
        var scripts: [String] = []
        var documentTitle = ""
        var canonical: String?
        var firstTime: String?
        for node in document.descendants(where: { Self.readTags.contains($0.name) }) {
            switch node.name {
            case "meta":
                guard let content = node["content"]?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty,
                      let key = (node["property"] ?? node["name"] ?? node["itemprop"] ?? node["http-equiv"])?
                          .lowercased()
                else { continue }
                if meta[key] == nil { meta[key] = content }
            case "script" where node["type"]?.lowercased().contains("ld+json") == true:
                scripts.append(node.textContent)
            case "title" where documentTitle.isEmpty:
                documentTitle = node.collapsedText
            case "link" where canonical == nil:
                if node["rel"]?.lowercased().split(separator: " ").contains("canonical") == true {
                    canonical = node["href"]
                }
            case "time" where firstTime == nil:
                firstTime = node["datetime"]
            case "html" where language == nil:
                language = node["lang"] ?? node["xml:lang"]
            default:
                break
            }
        }
        let linked = LinkedData.read(scripts: scripts)
        linkedData = linked
        title = linked?.headline ?? meta["og:title"] ?? meta["twitter:title"] ?? Self.cleanTitle(documentTitle)
        byline = linked?.authors.isEmpty == false ? linked?.authors.joined(separator: ", ")
            : Self.authorKeys.lazy.compactMap { meta[$0] }.first { !$0.contains("://") }
        date = linked?.datePublished ?? Self.dateKeys.lazy.compactMap { meta[$0] }.first ?? firstTime
        language = Self.nonEmpty(language) ?? meta["content-language"] ?? meta["language"] ?? linked?.language
            ?? meta["og:locale"].map { $0.replacingOccurrences(of: "_", with: "-") }
        siteName = meta["og:site_name"] ?? linked?.publisher ?? meta["application-name"]
        let declared = Self.nonEmpty(canonical) ?? meta["og:url"] ?? linked?.url
        canonicalURL = declared.flatMap { URL(string: $0, relativeTo: pageURL)?.absoluteURL.absoluteString }
            ?? pageURL?.absoluteString
        title = WhiteSpace.collapse(title)
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// A `<title>` without the site's name: the longest part around ` | `, ` - `, ` – ` or ` — `.
    static func cleanTitle(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · "] where title.contains(separator) {
            let parts = title.components(separatedBy: separator)
            if let longest = parts.max(by: { $0.count < $1.count }), longest.split(separator: " ").count >= 3 {
                return longest
            }
        }
        return title
    }
}

/// Titles compared loosely: lowercased letters and digits, single spaces.
enum TitleText {
    static func fold(_ text: String) -> String {
        var result = ""
        var space = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if space, !result.isEmpty { result.append(" ") }
                space = false
                result.append(character)
            } else {
                space = true
            }
        }
        return result
    }
}
