import Foundation

extension FeedBuilder {
    /// The way an element that may hold markup is read, or nil for a plain field.
    func markupKind(_ frame: Frame, depth: Int) -> ContentKind? {
        let local = frame.name.local
        let atomKind = { ContentKind(atomType: frame.attribute("type"), mode: frame.attribute("mode")) }
        switch frame.namespace {
        case .rss where local == "description": return .html
        case .content where local == "encoded": return .html
        case .other where local == "encoded": return .html
        case .atom where ["content", "summary", "title", "subtitle", "tagline", "rights"].contains(local):
            return atomKind()
        default: return nil
        }
    }

    /// Reads a field of the open item; `depth` is 1 for the item's children, 2 for their children.
    func itemField(_ frame: Frame, value: String, kind: ContentKind?, depth: Int) {
        let local = frame.name.local
        if depth == 2, let parent = stack.last {
            if parent.namespace == .atom, parent.name.local == "author", local == "name", draft.author == nil {
                draft.author = FeedText.line(value)
            } else if frame.namespace == .media, local == "content", let url = frame.attribute("url") {
                draft.addEnclosure(url, base: frame.base)
            }
            return
        }
        guard depth == 1 else { return }
        switch frame.namespace {
        case .rss: rssItemField(frame, value: value, kind: kind)
        case .atom: atomItemField(frame, value: value, kind: kind)
        case .content where local == "encoded", .other where local == "encoded":
            draft.setContent(value, kind: kind ?? .html, base: frame.base)
        case .dublinCore:
            switch local {
            case "creator" where draft.author == nil: draft.author = FeedText.line(value)
            case "date" where draft.published == nil: draft.published = FeedDate.parse(value)
            case "subject": draft.addCategory(value)
            default: break
            }
        case .dublinCoreTerms:
            switch local {
            case "modified": draft.updated = FeedDate.parse(value)
            case "issued", "created": draft.published = draft.published ?? FeedDate.parse(value)
            default: break
            }
        case .media where local == "content":
            if let url = frame.attribute("url") { draft.addEnclosure(url, base: frame.base) }
        default: break
        }
    }

    private func rssItemField(_ frame: Frame, value: String, kind: ContentKind?) {
        switch frame.name.local {
        case "title": draft.title = FeedText.line(value)
        case "link" where draft.link == nil: draft.link = FeedText.resolve(value, base: frame.base)
        case "guid":
            draft.id = FeedText.nonEmpty(value)
            draft.guidIsLink = frame.attribute("isPermaLink")?.lowercased() != "false"
        case "description": draft.setSummary(value, kind: kind ?? .html, base: frame.base)
        case "pubDate": draft.published = FeedDate.parse(value)
        case "author": draft.author = FeedText.author(value)
        case "category": draft.addCategory(value)
        case "enclosure": if let url = frame.attribute("url") { draft.addEnclosure(url, base: frame.base) }
        default: break
        }
    }

    private func atomItemField(_ frame: Frame, value: String, kind: ContentKind?) {
        switch frame.name.local {
        case "title": draft.title = FeedText.title(value, kind: kind ?? .text)
        case "link": atomLink(frame, item: true)
        case "id": draft.id = FeedText.nonEmpty(value)
        case "published", "issued": draft.published = FeedDate.parse(value)
        case "created" where draft.published == nil: draft.published = FeedDate.parse(value)
        case "updated", "modified": draft.updated = FeedDate.parse(value)
        case "content":
            if let source = frame.attribute("src"), draft.link == nil { draft.link = FeedText.resolve(source, base: frame.base) }
            draft.setContent(value, kind: kind ?? .text, base: frame.base)
        case "summary": draft.setSummary(value, kind: kind ?? .text, base: frame.base)
        case "category":
            draft.addCategory(frame.attribute("term") ?? frame.attribute("label") ?? value)
        default: break
        }
    }

    /// An Atom `link`: the alternate one is the page, an enclosure an attachment.
    private func atomLink(_ frame: Frame, item: Bool) {
        guard let href = frame.attribute("href").flatMap({ FeedText.resolve($0, base: frame.base) }) else { return }
        switch frame.attribute("rel")?.lowercased() ?? "alternate" {
        case "alternate" where item && draft.link == nil: draft.link = href
        case "alternate" where !item && link == nil: link = href
        case "enclosure" where item: draft.enclosures.append(href)
        default: break
        }
    }

    /// Reads a field that describes the feed itself.
    func feedField(_ frame: Frame, value: String, kind: ContentKind?) {
        switch (frame.namespace, frame.name.local) {
        case (.rss, "title"): title = title ?? FeedText.line(value)
        case (.rss, "link"): link = link ?? FeedText.resolve(value, base: frame.base)
        case (.atom, "title"): title = title ?? FeedText.title(value, kind: kind ?? .text)
        case (.atom, "link"): atomLink(frame, item: false)
        default: break
        }
    }
}
