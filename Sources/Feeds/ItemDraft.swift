import Foundation

/// An item as its fields arrive, turned into a `FeedItem` when the item ends.
struct ItemDraft {
    var id: String?
    var title: String?
    var link: String?
    var published: Date?
    var updated: Date?
    var author: String?
    var enclosures: [String] = []
    var categories: [String] = []
    /// Whether an RSS `guid` is the item's address (`isPermaLink` is true unless it says otherwise).
    var guidIsLink = false
    /// The item's own `xml:base`, for links in its content.
    var base: URL?
    private var content: Body?
    private var summary: Body?

    /// Content as written, with how to read it and the base its links are relative to.
    private struct Body {
        var value: String
        var kind: ContentKind
        var base: URL?
    }

    mutating func setContent(_ value: String, kind: ContentKind, base: URL?) {
        guard !FeedText.isBlank(value) else { return }
        content = Body(value: value, kind: kind, base: base)
    }

    mutating func setSummary(_ value: String, kind: ContentKind, base: URL?) {
        guard !FeedText.isBlank(value) else { return }
        summary = Body(value: value, kind: kind, base: base)
    }

    mutating func addEnclosure(_ url: String, base: URL?) {
        guard let resolved = FeedText.resolve(url, base: base), !enclosures.contains(resolved) else { return }
        enclosures.append(resolved)
    }

    mutating func addCategory(_ value: String) {
        guard let name = FeedText.nonEmpty(FeedText.line(value)), !categories.contains(name) else { return }
        categories.append(name)
    }

    /// The finished item: the fullest content as HTML and as text, a permalink guid as the link if there
    /// is no other.
    func item() -> FeedItem {
        var item = FeedItem(id: id, title: title, link: link, published: published, updated: updated, author: author,
                            enclosures: enclosures, categories: categories)
        if item.link == nil, guidIsLink, let id, id.hasPrefix("http://") || id.hasPrefix("https://") {
            item.link = FeedText.resolve(id, base: base)
        }
        if let body = content ?? summary {
            switch body.kind {
            case .html, .xhtml:
                item.html = body.value
                item.text = FeedText.render(html: body.value, base: body.base)
            case .text:
                item.html = FeedText.html(fromText: body.value)
                item.text = FeedText.paragraphs(body.value)
            }
        }
        return item
    }
}
