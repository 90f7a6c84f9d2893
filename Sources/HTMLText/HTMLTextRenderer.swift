import Foundation

/// Turns an HTML tree into readable text that keeps the structure a reader needs: paragraphs separated
/// by blank lines, `#` headings, `>` block quotes, `-` and `1.` list items, line breaks, and links as
/// numbered footnote URLs. Scripts, styles, forms, embedded objects and images (tracking pixels among
/// them) are dropped. The output is Markdown-shaped so that lede's Markdown reader reads it back as the
/// same blocks.
public struct HTMLTextRenderer {
    /// Adds `[n]` after a link's words and a list of `[n]: URL` lines at the end.
    public var linkFootnotes: Bool
    /// Resolves relative link targets (`xml:base`, the page's own URL).
    public var baseURL: URL?

    public init(linkFootnotes: Bool = true, baseURL: URL? = nil) {
        self.linkFootnotes = linkFootnotes
        self.baseURL = baseURL
    }

    /// Parses `html` and renders it. Plain paragraphs take a fast path with the same result.
    public func render(html: String) -> String {
        if let text = SimpleHTML.text(html) { return text }
        return render(HTMLParser.parse(html))
    }

    public func render(_ node: HTMLNode) -> String {
        var writer = BlockWriter()
        var links = LinkNotes()
        walk(node, into: &writer, links: &links)
        writer.endBlock()
        var blocks = writer.blocks
        if linkFootnotes, !links.urls.isEmpty {
            blocks.append(links.urls.enumerated().map { "[\($0.offset + 1)]: \($0.element)" }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }

    private func walk(_ node: HTMLNode, into writer: inout BlockWriter, links: inout LinkNotes) {
        switch node.kind {
        case .text:
            writer.addText(node.text)
            return
        case .document:
            for child in node.children { walk(child, into: &writer, links: &links) }
            return
        case .element:
            break
        }
        let tag = node.name
        if HTMLTags.dropped.contains(tag) || node.isHidden { return }
        switch tag {
        case "br":
            writer.lineBreak()
        case "pre":
            writer.endBlock()
            writer.addPreformatted(node.textContent)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            writer.endBlock()
            writer.marker = String(repeating: "#", count: Int(tag.dropFirst()) ?? 2) + " "
            for child in node.children { walk(child, into: &writer, links: &links) }
            writer.endBlock()
        case "blockquote":
            writer.endBlock()
            writer.quoteDepth += 1
            for child in node.children { walk(child, into: &writer, links: &links) }
            writer.endBlock()
            writer.quoteDepth -= 1
        case "ul", "ol", "menu":
            writer.endBlock()
            writer.lists.append(tag == "ol" ? 1 : 0)
            for child in node.children { walk(child, into: &writer, links: &links) }
            writer.endBlock()
            writer.lists.removeLast()
        case "li":
            writer.endBlock()
            writer.startListItem()
            for child in node.children { walk(child, into: &writer, links: &links) }
            writer.endBlock()
        case "a":
            for child in node.children { walk(child, into: &writer, links: &links) }
            if linkFootnotes, let url = footnoteURL(node), !writer.pendingText.isEmpty {
                writer.addText("[\(links.number(for: url))]")
            }
        case "td", "th":
            writer.addText(" ")
            for child in node.children { walk(child, into: &writer, links: &links) }
            writer.addText(" ")
        default:
            let block = HTMLTags.blocks.contains(tag)
            if block { writer.endBlock() }
            for child in node.children { walk(child, into: &writer, links: &links) }
            if block { writer.endBlock() }
        }
    }

    /// The absolute http(s) target of a link whose words are not the URL itself.
    private func footnoteURL(_ node: HTMLNode) -> String? {
        guard let href = node["href"]?.trimmingCharacters(in: .whitespacesAndNewlines), !href.isEmpty,
              !href.hasPrefix("#"),
              let url = URL(string: href, relativeTo: baseURL)?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        let words = node.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
        return words == href || words == url.absoluteString ? nil : url.absoluteString
    }
}

/// Numbers each distinct link target once, in order of first appearance.
private struct LinkNotes {
    var urls: [String] = []
    var numbers: [String: Int] = [:]

    mutating func number(for url: String) -> Int {
        if let known = numbers[url] { return known }
        urls.append(url)
        numbers[url] = urls.count
        return urls.count
    }
}
