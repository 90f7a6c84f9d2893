import HTMLText

/// Removes what is never the story before scoring: code, forms' controls, embedded media, hidden parts,
/// image captions, and (unless a relaxed retry asks otherwise) navigation, asides, footers and the
/// parts whose class, id or role say menu, comments, share bar, related articles or cookie notice.
/// Short bylines go too, and the first is kept as the article's byline.
struct PagePruner {
    var stripUnlikely: Bool
    private(set) var byline: String?

    init(stripUnlikely: Bool) {
        self.stripUnlikely = stripUnlikely
    }

    static let alwaysDropped: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "base",
        "input", "button", "select", "option", "textarea", "label", "dialog",
        "iframe", "frame", "frameset", "object", "embed", "applet", "param",
        "svg", "math", "canvas", "video", "audio", "track", "map", "area", "figcaption",
    ]
    /// Sectioning elements that hold a page's furniture rather than its story.
    static let furniture: Set<String> = ["nav", "aside", "footer"]
    /// Elements never removed for their class or id: the page's frame and links inside text.
    static let kept: Set<String> = ["html", "body", "a", "main", "article"]

    mutating func prune(_ root: HTMLNode) {
        var removals: [HTMLNode] = []
        var stack: [(HTMLNode, Bool)] = root.children.reversed().map { ($0, false) }
        while let (node, inTable) = stack.popLast() {
            guard node.kind == .element else { continue }
            if shouldDrop(node, inTable: inTable) {
                removals.append(node)
                continue
            }
            let table = inTable || node.name == "table" || node.name == "code" || node.name == "pre"
            for child in node.children.reversed() { stack.append((child, table)) }
        }
        for node in removals { node.remove() }
    }

    private mutating func shouldDrop(_ node: HTMLNode, inTable: Bool) -> Bool {
        let tag = node.name
        if Self.alwaysDropped.contains(tag) || node.isHidden { return true }
        if isByline(node) { return true }
        guard stripUnlikely, !Self.kept.contains(tag) else { return false }
        if Self.furniture.contains(tag) { return true }
        return !inTable && ElementHints.isUnlikely(node)
    }

    /// A short element marked as the author or dateline; the first one's text becomes the byline.
    private mutating func isByline(_ node: HTMLNode) -> Bool {
        let signature = ElementHints.signature(node)
        let author = node["rel"] == "author" || (node["itemprop"]?.contains("author") ?? false)
            || ElementHints.matches(signature, ElementHints.byline)
        let dateline = !author && ElementHints.hasWord(signature, in: ElementHints.dateline)
        guard author || dateline, !Self.kept.contains(node.name) else { return false }
        let text = node.collapsedText
        guard text.count < 100 else { return false }
        if author, byline == nil, !text.isEmpty { byline = text }
        return true
    }
}
