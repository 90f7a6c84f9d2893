import Foundation

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), leniently: ids may be numbers, and 1.0's
/// `author` is read as well as 1.1's `authors`.
enum JSONFeedParser {
    static func parse(_ bytes: [UInt8], baseURL: URL?) throws -> ParsedFeed {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw FeedParseError.invalidJSON("the JSON is malformed")
        }
        guard let root = object as? [String: Any] else { throw FeedParseError.invalidJSON("the document is not an object") }
        guard let version = root["version"] as? String, version.contains("jsonfeed.org") else {
            throw FeedParseError.invalidJSON("the object has no JSON Feed version")
        }
        let base = (root["feed_url"] as? String).flatMap { URL(string: $0, relativeTo: baseURL)?.absoluteURL } ?? baseURL
        var feed = ParsedFeed(format: .json)
        feed.title = (root["title"] as? String).flatMap { FeedText.nonEmpty(FeedText.line($0)) }
        feed.link = (root["home_page_url"] as? String).flatMap { FeedText.resolve($0, base: base) }
        let feedAuthor = author(in: root)
        for case let entry as [String: Any] in root["items"] as? [Any] ?? [] {
            var item = self.item(entry, base: base)
            if item.author == nil { item.author = feedAuthor }
            feed.items.append(item)
        }
        return feed
    }

    private static func item(_ entry: [String: Any], base: URL?) -> FeedItem {
        var item = FeedItem()
        item.id = string(entry["id"]).flatMap(FeedText.nonEmpty)
        item.title = string(entry["title"]).flatMap { FeedText.nonEmpty(FeedText.line($0)) }
        item.link = (string(entry["url"]) ?? string(entry["external_url"])).flatMap { FeedText.resolve($0, base: base) }
        item.published = string(entry["date_published"]).flatMap(FeedDate.parse)
        item.updated = string(entry["date_modified"]).flatMap(FeedDate.parse)
        item.author = author(in: entry)
        if let html = string(entry["content_html"]), !FeedText.isBlank(html) {
            item.html = html
            item.text = FeedText.render(html: html, base: base)
        } else if let text = string(entry["content_text"]) ?? string(entry["summary"]), !FeedText.isBlank(text) {
            item.html = FeedText.html(fromText: text)
            item.text = FeedText.paragraphs(text)
        }
        for case let attachment as [String: Any] in entry["attachments"] as? [Any] ?? [] {
            if let url = string(attachment["url"]).flatMap({ FeedText.resolve($0, base: base) }) { item.enclosures.append(url) }
        }
        for case let tag as String in entry["tags"] as? [Any] ?? [] {
            if let tag = FeedText.nonEmpty(FeedText.line(tag)), !item.categories.contains(tag) { item.categories.append(tag) }
        }
        return item
    }

    /// The first author's name: 1.1's `authors`, else 1.0's `author`.
    private static func author(in object: [String: Any]) -> String? {
        let authors = (object["authors"] as? [Any] ?? []) + [object["author"] as Any]
        for case let author as [String: Any] in authors {
            if let name = string(author["name"]).flatMap({ FeedText.nonEmpty(FeedText.line($0)) }) { return name }
        }
        return nil
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }
}
