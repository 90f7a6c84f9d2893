import HTMLText

/// Scores the containers of a page's paragraphs in the manner of Mozilla's Readability: each paragraph
/// of at least 25 characters scores one point, one per comma and one per 100 characters (up to three),
/// and passes its score to its container in full, to the next one up by half, and to three more
/// levels by a third of their distance. A container starts from its tag and its class and id words,
/// and ends multiplied by the share of its text that is not link text.
struct ContentScorer {
    let tallies: TreeTallies
    let weightClasses: Bool
    private(set) var scores: [ObjectIdentifier: Double] = [:]
    /// Scored containers, in the order they were first scored.
    private(set) var candidates: [HTMLNode] = []

    /// Elements scored as paragraphs on their own.
    static let paragraphTags: Set<String> = ["p", "td", "pre", "h2", "h3", "h4", "h5", "h6"]
    /// Elements scored as one paragraph when they hold no block element.
    static let leafContainers: Set<String> = ["div", "section", "article", "main"]
    static let ancestorLevels = 5
    static let minimumParagraph = 25

    init(root: HTMLNode, tallies: TreeTallies, weightClasses: Bool) {
        self.tallies = tallies
        self.weightClasses = weightClasses
        var stack: [HTMLNode] = [root]
        while let node = stack.popLast() {
            guard node.kind != .text else { continue }
            if node.kind == .element { scoreElement(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        for candidate in candidates {
            scores[ObjectIdentifier(candidate), default: 0] *= 1 - tallies[candidate].linkDensity
        }
    }

    func score(of node: HTMLNode) -> Double? { scores[ObjectIdentifier(node)] }

    private mutating func scoreElement(_ node: HTMLNode) {
        let tag = node.name
        if Self.paragraphTags.contains(tag) {
            let tally = tallies[node]
            scoreParagraph(length: tally.text, commas: tally.commas, container: node.parent)
            return
        }
        let blockChildren = node.children.contains { tallies[$0].hasBlock }
        if !blockChildren {
            if Self.leafContainers.contains(tag) {
                let tally = tallies[node]
                scoreParagraph(length: tally.text, commas: tally.commas, container: node.parent)
            }
            return
        }
        scoreInlineRuns(of: node)
    }

    /// Text standing directly in a container beside its blocks (or split by two line breaks) is
    /// scored as paragraphs of that container, as Readability does after wrapping it in `<p>`s.
    private mutating func scoreInlineRuns(of node: HTMLNode) {
        var length = 0
        var commas = 0
        var lastWasBreak = false
        for child in node.children {
            let tally = tallies[child]
            let isBreak = child.kind == .element && child.name == "br"
            if tally.hasBlock || (isBreak && lastWasBreak) {
                scoreParagraph(length: length, commas: commas, container: node)
                length = 0
                commas = 0
            } else {
                length += tally.text
                commas += tally.commas
            }
            if isBreak { lastWasBreak = true } else if tally.text > 0 || tally.hasBlock { lastWasBreak = false }
        }
        scoreParagraph(length: length, commas: commas, container: node)
    }

    private mutating func scoreParagraph(length: Int, commas: Int, container: HTMLNode?) {
        guard length >= Self.minimumParagraph else { return }
        let points = 1 + Double(commas) + Double(min(length / 100, 3))
        var level = 0
        var ancestor = container
        while let node = ancestor, level < Self.ancestorLevels, node.kind == .element, node.name != "html" {
            ancestor = node.parent
            if Self.isWrapper(node) { continue }
            let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
            add(points / divider, to: node)
            level += 1
        }
    }

    private mutating func add(_ points: Double, to node: HTMLNode) {
        let key = ObjectIdentifier(node)
        if scores[key] == nil {
            scores[key] = Self.tagScore(node.name) + (weightClasses ? ElementHints.weight(node) : 0)
            candidates.append(node)
        }
        scores[key, default: 0] += points
    }

    /// A `div` around a single element and no text of its own passes scores through, as Readability
    /// replaces such a `div` by its child.
    static func isWrapper(_ node: HTMLNode) -> Bool {
        guard node.name == "div" || node.name == "section", node.children.count <= 3 else { return false }
        var elements = 0
        for child in node.children {
            if child.kind == .element { elements += 1 } else if !child.text.allSatisfy(\.isWhitespace) { return false }
        }
        return elements == 1
    }

    static func tagScore(_ tag: String) -> Double {
        switch tag {
        case "div": 5
        case "pre", "td", "blockquote": 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
        default: 0
        }
    }
}
