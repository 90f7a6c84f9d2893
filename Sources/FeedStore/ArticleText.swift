import Foundation

/// An item as the text of its article file: front matter, a blank line, the body.
struct ArticleText {
    var text: String
    /// Tells one version of the item from another (FNV-1a, 64 bits, in hex).
    var digest: String
    /// The front-matter line that identifies the item (`id`, else `url`, else `title`), to recognise
    /// its file.
    var identityLine: String

    static let noDateNote = "the feed gave no date; this is when lede first fetched the item"

    static func render(_ item: StoredItem, feed: FeedIdentity, firstFetched: Date) -> ArticleText {
        let id = FrontMatterValue.text(item.id)
        let url = FrontMatterValue.text(item.link)
        let title = FrontMatterValue.text(item.title)
        var fields: [(key: String, value: FrontMatterValue?)] = [
            ("title", title),
            ("source", .text(feed.title)),
            ("author", .text(item.author)),
            ("date", .date(item.date ?? firstFetched)),
            ("url", url),
            ("id", id),
            ("feed", .text(feed.url)),
            ("tags", FrontMatterValue.list(item.tags)),
        ]
        if item.date == nil {
            fields.append(("date_fetched", .date(firstFetched)))
            fields.append(("date_note", .text(noDateNote)))
        }
        let body = item.text.trimmed
        let text = FrontMatterText.block(fields) + "\n" + body + "\n"
        let identity: String
        if let id {
            identity = "id: " + id.yaml
        } else if let url {
            identity = "url: " + url.yaml
        } else {
            identity = "title: " + (title?.yaml ?? "")
        }
        return ArticleText(text: text, digest: fnv1a(text), identityLine: identity)
    }

    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}
