/// One node of a parsed HTML document: an element with its children, or a run of text.
///
/// The tree is plain Swift, detached from libxml2 once parsing ends, so that renderers and the article
/// extractor can walk, score and prune it freely without touching C memory.
public final class HTMLNode {
    public enum Kind: Sendable, Equatable {
        case document, element, text
    }

    public let kind: Kind
    /// The lowercased tag name of an element; empty for text and the document.
    public let name: String
    /// Attributes by lowercased name; the first occurrence of a repeated attribute wins.
    public private(set) var attributes: [String: String]
    /// The text of a text node (entities already decoded); empty for elements.
    public let text: String
    public private(set) var children: [HTMLNode] = []
    public private(set) weak var parent: HTMLNode?

    public init(kind: Kind, name: String = "", attributes: [String: String] = [:], text: String = "") {
        self.kind = kind
        self.name = name
        self.attributes = attributes
        self.text = text
    }

    public func append(_ child: HTMLNode) {
        child.parent = self
        children.append(child)
    }

    /// Detaches this node from its parent (the extractor drops boilerplate this way).
    public func remove() {
        guard let parent else { return }
        parent.children.removeAll { $0 === self }
        self.parent = nil
    }

    public subscript(_ attribute: String) -> String? { attributes[attribute] }

    /// Every element below this node, depth first in document order, that satisfies `matching`.
    public func descendants(where matching: (HTMLNode) -> Bool) -> [HTMLNode] {
        var found: [HTMLNode] = []
        var stack: [HTMLNode] = children.reversed()
        while let node = stack.popLast() {
            if node.kind == .element, matching(node) { found.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return found
    }

    /// Elements below this node with the given lowercased tag name.
    public func descendants(named tag: String) -> [HTMLNode] {
        descendants { $0.name == tag }
    }

    /// All the text below this node, concatenated as it stands in the source (no layout).
    public var textContent: String {
        if kind == .text { return text }
        var result = ""
        var stack: [HTMLNode] = children.reversed()
        while let node = stack.popLast() {
            if node.kind == .text { result += node.text } else { stack.append(contentsOf: node.children.reversed()) }
        }
        return result
    }
}
