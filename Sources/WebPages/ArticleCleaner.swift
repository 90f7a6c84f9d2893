import HTMLText

/// Clears what is left of the page's furniture out of the chosen article, bottom-up, in the manner of
/// Readability's "clean conditionally": a list, table, form or `div` goes when its class says
/// boilerplate, or when, with few commas, it is mostly links, images without text, form fields or
/// list items. Share bars, headings that repeat the title and empty paragraphs go too.
struct ArticleCleaner {
    var cleanConditionally: Bool
    var weightClasses: Bool
    /// The page's title, folded for comparison, to drop a heading that repeats it.
    var foldedTitle: String

    static let conditionalTags: Set<String> = ["form", "fieldset", "table", "ul", "ol", "div", "section", "dl"]
    /// The whole text of an advertisement's or a loading spinner's label, in the languages lede meets
    /// (Readability's ad and loading words, with Vietnamese).
    static let markers: Set<String> = [
        "ad", "ads", "advert", "advertising", "advertisement", "sponsored", "pub", "publicité", "werbung",
        "anuncio", "publicidad", "loading", "chargement", "cargando", "quảng cáo", "广告", "реклама",
        "загрузка",
        "continue reading below", "story continues below", "article continues below", "continue reading",
        "this slideshow requires javascript",
    ]
    static let longestMarker = 40
    /// Below this many commas, a container is judged by its make-up.
    static let commaThreshold = 10
    /// Nesting beyond this is left as it is (libxml2 stops well before).
    static let maximumDepth = 512

    /// Cleans below `node` and returns the tally of what is left.
    @discardableResult
    func clean(_ node: HTMLNode, context: Context = Context(), depth: Int = 0) -> NodeTally {
        if node.kind == .text { return NodeTally(text: node.text) }
        var inner = context
        switch node.name {
        case "figure": inner.inFigure = true
        case "code", "pre": inner.inCode = true
        case "table" where isDataTable(node): inner.inDataTable = true
        default: break
        }
        var tally = NodeTally()
        var removals: [HTMLNode] = []
        for child in node.children {
            let childTally = depth < Self.maximumDepth ? clean(child, context: inner, depth: depth + 1) : NodeTally()
            if child.kind == .element, shouldRemove(child, tally: childTally, context: inner) {
                removals.append(child)
            } else {
                tally.add(childTally)
            }
        }
        for child in removals { child.remove() }
        if node.kind == .element { tally.close(node) }
        return tally
    }

    struct Context {
        var inFigure = false
        var inCode = false
        var inDataTable = false
    }

    private func shouldRemove(_ node: HTMLNode, tally: NodeTally, context: Context) -> Bool {
        let tag = node.name
        let signature = ElementHints.signature(node)
        if ElementHints.matches(signature, ElementHints.share), tally.text < 500 { return true }
        if tally.text <= Self.longestMarker, Self.markers.contains(TitleText.fold(node.collapsedText)) { return true }
        switch tag {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            // A heading that is a link is another story's teaser.
            if tag == "h1" || repeatsTitle(node) || tally.linkDensity > 0.5 { return true }
            guard tag == "h2" || tag == "h3" else { return false }
            return weightClasses && ElementHints.weight(node) < 0
        case "p":
            return tally.text == 0 && tally.images == 0 && tally.embeds == 0 || isLinkLine(tally)
        case "header":
            // An article's own header holds its title, standfirst and byline, which are not its text.
            return tally.headings > 0 && tally.text < 500
        default:
            break
        }
        if ContentScorer.leafContainers.contains(tag),
           !node.children.contains(where: { $0.kind == .element && Self.isBlock($0) }) {
            // A container of text alone is a paragraph (Readability turns it into one).
            return isLinkLine(tally)
        }
        guard cleanConditionally, Self.conditionalTags.contains(tag), !context.inCode, !context.inDataTable
        else { return false }
        if tag == "table", isDataTable(node) { return false }
        return isBoilerplate(node, tally: tally, context: context)
    }

    /// A short paragraph that is mostly a link ("Read more: ...", "Also on ...") points elsewhere.
    private func isLinkLine(_ tally: NodeTally) -> Bool {
        cleanConditionally && tally.text < 250 && tally.linkDensity > 0.6
    }

    static func isBlock(_ node: HTMLNode) -> Bool { NodeTally.blockTags.contains(node.name) }

    /// Readability's judgement of a container with few commas.
    private func isBoilerplate(_ node: HTMLNode, tally: NodeTally, context: Context) -> Bool {
        let weight = weightClasses ? ElementHints.weight(node) : 0
        if weight < 0 { return true }
        guard tally.commas < Self.commaThreshold else { return false }
        let listText = node.name == "ul" || node.name == "ol"
            ? node.children.filter { $0.name == "li" }.reduce(0) { $0 + NodeTally(text: $1.textContent).text } : 0
        let isList = tally.text > 0 && Double(listText) / Double(tally.text) > 0.9
        let paragraphs = Double(tally.paragraphs)
        let images = Double(tally.images)
        let length = tally.text
        let density = tally.linkDensity
        let headingDensity = length == 0 ? 0 : Double(tally.headings) / Double(length)
        let textDensity = length == 0 ? 0 : Double(tally.nestedTextish) / Double(length)
        if !context.inFigure, images > 1, paragraphs / images < 0.5 { return true }
        if !isList, tally.listItems - 100 > tally.paragraphs { return true }
        if Double(tally.inputs) > (paragraphs / 3).rounded(.down) { return true }
        if !isList, !context.inFigure, headingDensity < 0.9, length < 25, images == 0 || images > 2, density > 0 {
            return true
        }
        if !isList, weight < 25, density > 0.2 { return true }
        if weight >= 25, density > 0.5 { return true }
        if (tally.embeds == 1 && length < 75) || tally.embeds > 1 { return true }
        if images == 0, textDensity == 0 { return true }
        return false
    }

    /// A table of data (headers, a caption, or many cells) rather than one used for layout.
    func isDataTable(_ table: HTMLNode) -> Bool {
        if table["role"] == "presentation" || table["datatable"] == "0" { return false }
        if table["summary"] != nil { return true }
        let inner = table.descendants { ["caption", "th", "thead", "tfoot", "colgroup", "table"].contains($0.name) }
        if inner.contains(where: { $0.name == "table" }) { return false }
        if !inner.isEmpty { return true }
        let rows = table.descendants(named: "tr")
        let columns = rows.map { $0.children.filter { $0.name == "td" }.count }.max() ?? 0
        return rows.count >= 10 || columns > 4 || rows.count * columns > 10
    }

    private func repeatsTitle(_ heading: HTMLNode) -> Bool {
        guard !foldedTitle.isEmpty else { return false }
        let text = TitleText.fold(heading.collapsedText)
        return !text.isEmpty && (foldedTitle.contains(text) || text.contains(foldedTitle))
            && Double(text.count) > Double(foldedTitle.count) * 0.5
    }
}
