import Feeds
import Foundation

/// One input of `lede feeds show`, parsed: the JSON record (every string sanitised) and a readable listing.
/// Every key is written (null when empty), so every line has the same shape; `path` or `url`, as given.
struct FeedRecord: Encodable {
    var path: String?
    var url: String?
    @Nullable var title: String? = nil
    @Nullable var link: String? = nil
    var items: [Item]
    @Nullable var error: String? = nil

    struct Item: Encodable {
        @Nullable var id: String?
        @Nullable var title: String?
        @Nullable var link: String?
        @Nullable var published: String?
        @Nullable var author: String?
        var text: String

        init(_ item: FeedItem) {
            id = item.id.map(Clean.text)
            title = item.title.map(Clean.text)
            link = item.link.map(Clean.text)
            // An Atom entry may carry only `updated`: that is its date then.
            published = (item.published ?? item.updated).map(FeedRecord.iso)
            author = item.author.map(Clean.text)
            text = Clean.lines(item.text)
        }
    }

    /// Parses a file, a `file:` URL or (once fetching lands) an http(s) URL; failures become `error`.
    static func read(_ input: String) -> FeedRecord {
        let isURL = input.contains("://")
        var record = FeedRecord(path: isURL ? nil : Clean.text(input), url: isURL ? Clean.text(input) : nil, items: [])
        do {
            let file: URL
            if isURL {
                guard let url = URL(string: input), url.isFileURL else {
                    // HOOK(feeds-fetch): fetch http(s) URLs with HTTPFetch's fetcher once it has landed, then
                    // `FeedParser.parse(body, httpCharset:, baseURL:)` exactly as for a file.
                    throw FeedParseError.unreadable("fetching http(s) URLs is not available yet; save the feed and name the file")
                }
                file = url
            } else {
                file = URL(fileURLWithPath: input)
            }
            var items: [FeedItem] = []
            try FeedParser.parse(contentsOf: file, header: { header in
                record.title = header.title.map(Clean.text)
                record.link = header.link.map(Clean.text)
            }, item: { items.append($0) })
            record.items = items.map(Item.init)
        } catch {
            record.error = Clean.text((error as? LocalizedError)?.errorDescription ?? "\(error)")
        }
        return record
    }

    /// The feed's title and link, then one line per item (date, title) with its link below.
    func listing() -> String {
        var lines = [[title ?? "(untitled feed)", link].compactMap { $0 }.joined(separator: " · ")]
        lines.append("\(items.count) item\(items.count == 1 ? "" : "s")")
        for item in items {
            let day = item.published.map { String($0.prefix(10)) } ?? "          "
            lines.append("\(day)  \(item.title ?? "(untitled)")")
            if let link = item.link { lines.append("            \(link)") }
        }
        return lines.joined(separator: "\n")
    }

    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
