import HTMLText

/// Counts over one subtree that the scorer and the cleaner decide by: the length of its text (white
/// space runs counted once), how much of that is link text, its commas, and the elements it holds.
struct NodeTally {
    var text = 0
    var links = 0.0
    var commas = 0
    var headings = 0
    /// Text inside elements that normally hold running text (Readability's "textish" tags).
    var textish = 0
    /// Text inside such elements below this one (not counting the element itself).
    var nestedTextish = 0
    var paragraphs = 0
    var images = 0
    var listItems = 0
    var inputs = 0
    var embeds = 0
    /// Whether the subtree holds a block element (a `div` without one is read as a paragraph).
    var hasBlock = false

    var linkDensity: Double { text == 0 ? 0 : links / Double(text) }

    mutating func add(_ other: NodeTally) {
        text += other.text
        links += other.links
        commas += other.commas
        headings += other.headings
        textish += other.textish
        nestedTextish += other.textish
        paragraphs += other.paragraphs
        images += other.images
        listItems += other.listItems
        inputs += other.inputs
        embeds += other.embeds
        hasBlock = hasBlock || other.hasBlock
    }

    /// The tally of a text node.
    init(text value: String) {
        var inSpace = true
        for scalar in value.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !inSpace { text += 1 }
                inSpace = true
            } else {
                inSpace = false
                text += 1
                if NodeTally.commaScalars.contains(scalar.value) { commas += 1 }
            }
        }
    }

    init() {}

    /// Adds what an element itself contributes, once its children's tallies are in.
    mutating func close(_ node: HTMLNode) {
        let tag = node.name
        switch tag {
        case "a":
            // Links to the same page (footnotes, jumps) count less: Readability's 0.3.
            let href = node["href"] ?? ""
            links = Double(text) * (href.hasPrefix("#") ? 0.3 : 1)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            headings = text
        case "p":
            paragraphs += 1
        case "img":
            images += 1
        case "li":
            listItems += 1
        case "input", "textarea", "select":
            inputs += 1
        case "object", "embed", "iframe":
            embeds += 1
        default:
            break
        }
        if NodeTally.textishTags.contains(tag) { textish = text }
        if NodeTally.blockTags.contains(tag) { hasBlock = true }
    }

    /// Commas of the scripts Readability knows (Latin, Arabic, CJK full width...).
    static let commaScalars: Set<UInt32> = [0x2C, 0x60C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C]
    static let textishTags: Set<String> = [
        "span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
    ]
    /// Elements that make their container more than one paragraph.
    static let blockTags: Set<String> = [
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "main",
        "aside", "figure", "header", "footer", "nav", "form", "fieldset", "h1", "h2", "h3", "h4", "h5", "h6",
        "address", "hr", "center", "picture", "video", "iframe",
    ]
}

/// Tallies of every node of a tree, computed bottom-up in one pass.
struct TreeTallies {
    private var tallies: [ObjectIdentifier: NodeTally] = [:]

    init(_ root: HTMLNode) {
        // Iterative post-order: hostile nesting cannot overflow the stack.
        var stack: [(HTMLNode, Bool)] = [(root, false)]
        while let (node, visited) = stack.popLast() {
            if node.kind == .text {
                tallies[ObjectIdentifier(node)] = NodeTally(text: node.text)
            } else if visited {
                var tally = NodeTally()
                for child in node.children { if let known = tallies[ObjectIdentifier(child)] { tally.add(known) } }
                if node.kind == .element { tally.close(node) }
                tallies[ObjectIdentifier(node)] = tally
            } else {
                stack.append((node, true))
                for child in node.children.reversed() { stack.append((child, false)) }
            }
        }
    }

    subscript(_ node: HTMLNode) -> NodeTally { tallies[ObjectIdentifier(node)] ?? NodeTally() }
}
