@testable import Feeds
import Foundation

/// One of gofeed's parser fixtures: an input feed and the parse gofeed expects, compared field by field
/// with lede's parse. gofeed keeps content as HTML where lede turns it into text, so expected content is
/// rendered through the same HTML-to-text path before it is compared.
struct GofeedFixture {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/feeds/gofeed").standardizedFileURL

    static var available: Bool { FileManager.default.fileExists(atPath: folder.path) }

    let name: String
    let input: URL
    let expected: URL

    /// Every input with an expected parse, in the rss, atom and json folders.
    static func all() -> [GofeedFixture] {
        var fixtures: [GofeedFixture] = []
        for kind in ["rss", "atom", "json"] {
            let directory = folder.appendingPathComponent(kind)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".xml") || (kind == "json" && name.hasSuffix(".json")) {
                guard !name.hasSuffix("_expected.json") else { continue }
                let stem = (name as NSString).deletingPathExtension
                let expected = directory.appendingPathComponent(kind == "json" ? stem + "_expected.json" : stem + ".json")
                guard FileManager.default.fileExists(atPath: expected.path) else { continue }
                fixtures.append(GofeedFixture(name: "\(kind)/\(stem)", input: directory.appendingPathComponent(name),
                                              expected: expected))
            }
        }
        return fixtures
    }

    /// The fields that differ, as `field: expected … got …`; empty when lede agrees with gofeed.
    func differences() throws -> [String] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: expected)) as? [String: Any] ?? [:]
        let feed: ParsedFeed
        do {
            feed = try FeedParser.parse(Data(contentsOf: input))
        } catch {
            return ["parse: \(error.localizedDescription)"]
        }
        var found: [String] = []
        func checkTitle(_ field: String, _ expected: String?, _ actual: String?) {
            // lede shows an HTML title as text: either form agrees.
            guard let expected, expected != actual, FeedText.title(expected, kind: .html) != actual else { return }
            found.append("\(field): expected \(quoted(expected)) got \(quoted(actual ?? "nil"))")
        }
        func checkDate(_ field: String, _ expected: String?, _ actual: Date?) {
            guard let expected else { return }
            let parsed = Self.parseISO(expected)
            if parsed == nil || actual == nil || abs(parsed!.timeIntervalSince(actual!)) > 0.001 {
                found.append("\(field): expected \(expected) got \(actual.map(Self.iso) ?? "nil")")
            }
        }
        func check(_ field: String, _ expected: String?, _ actual: String?) {
            guard let expected else { return }
            if expected != (actual ?? "") { found.append("\(field): expected \(quoted(expected)) got \(quoted(actual ?? "nil"))") }
        }
        checkTitle("title", (json["title"] as? String).map(FeedText.line), feed.title)
        check("link", json["link"] as? String ?? Self.alternate(json["links"]) ?? json["home_page_url"] as? String, feed.link)
        let entries = json["items"] as? [[String: Any]] ?? json["entries"] as? [[String: Any]] ?? []
        if entries.count != feed.items.count {
            found.append("items: expected \(entries.count) got \(feed.items.count)")
            return found
        }
        for (index, (entry, item)) in zip(entries, feed.items).enumerated() {
            let prefix = "items[\(index)]."
            checkTitle(prefix + "title", (entry["title"] as? String).map(FeedText.line), item.title)
            check(prefix + "link", entry["link"] as? String ?? Self.alternate(entry["links"]) ?? entry["url"] as? String,
                  item.link)
            check(prefix + "id", (entry["guid"] as? [String: Any])?["value"] as? String ?? entry["id"] as? String, item.id)
            checkDate(prefix + "published", entry["pubDateParsed"] as? String ?? entry["publishedParsed"] as? String
                      ?? entry["date_published"] as? String, item.published)
            checkDate(prefix + "updated", entry["updatedParsed"] as? String ?? entry["date_modified"] as? String,
                      item.updated)
            check(prefix + "author", entry["author"] as? String ?? Self.firstName(entry["authors"])
                  ?? (entry["author"] as? [String: Any])?["name"] as? String, item.author)
            check(prefix + "text", Self.expectedText(entry, base: nil), item.text)
        }
        return found
    }

    /// The text lede should make of the entry's content, or of its description or summary.
    private static func expectedText(_ entry: [String: Any], base: URL?) -> String? {
        if let html = entry["content_html"] as? String { return FeedText.render(html: html, base: base) }
        for key in ["content", "summary"] {
            if let body = entry[key] as? [String: Any], let value = body["value"] as? String, !FeedText.isBlank(value) {
                let kind = ContentKind(atomType: body["type"] as? String, mode: nil)
                return kind == .text ? FeedText.paragraphs(value) : FeedText.render(html: value, base: base)
            }
        }
        for key in ["content", "description"] {
            if let html = entry[key] as? String, !FeedText.isBlank(html) { return FeedText.render(html: html, base: base) }
        }
        return nil
    }

    private static func alternate(_ links: Any?) -> String? {
        guard let links = links as? [Any] else { return nil }
        for case let link as [String: Any] in links where (link["rel"] as? String ?? "alternate") == "alternate" {
            if let href = link["href"] as? String { return href }
        }
        return links.first as? String
    }

    private static func firstName(_ people: Any?) -> String? {
        ((people as? [[String: Any]])?.first?["name"] as? String).flatMap { FeedText.nonEmpty($0) }
    }

    static func parseISO(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = date.timeIntervalSince1970.truncatingRemainder(dividingBy: 1) == 0
            ? [.withInternetDateTime] : [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    private func quoted(_ text: String) -> String {
        "\"" + (text.count > 60 ? String(text.prefix(60)) + "…" : text) + "\""
    }
}
