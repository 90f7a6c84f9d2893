import HTMLText

extension ContentScorer {
    /// How many high-scoring containers, sharing an ancestor, make that ancestor the article instead.
    static let minimumTopCandidates = 3

    /// The container of the story: the best-scoring one, moved up to an ancestor when several near-best
    /// candidates sit under it or when its parent scores better, and up through parents it is the only
    /// child of. Nil when nothing scored.
    func topCandidate() -> HTMLNode? {
        let ranked = candidates.sorted { (score(of: $0) ?? 0) > (score(of: $1) ?? 0) }
        guard var top = ranked.first, let topScore = score(of: top) else { return nil }
        if top.name == "body" { return top }
        top = commonAncestor(of: top, topScore: topScore, among: Array(ranked.dropFirst().prefix(4))) ?? top
        top = betterParent(of: top)
        while let parent = top.parent, parent.kind == .element, parent.name != "body", parent.name != "html",
              parent.children.filter({ $0.kind == .element }).count == 1 {
            top = parent
        }
        return top
    }

    /// When three or more of the runners-up score within 75% of the best and share an ancestor with it,
    /// the story is split across them: the nearest such ancestor holds it all.
    private func commonAncestor(of top: HTMLNode, topScore: Double, among others: [HTMLNode]) -> HTMLNode? {
        let close = others.filter { (score(of: $0) ?? 0) / topScore >= 0.75 }
        guard close.count >= Self.minimumTopCandidates else { return nil }
        let closeAncestors = close.map { Set(Self.ancestors(of: $0).map(ObjectIdentifier.init)) }
        var parent = top.parent
        while let node = parent, node.kind == .element, node.name != "body" {
            let containing = closeAncestors.filter { $0.contains(ObjectIdentifier(node)) }.count
            if containing >= Self.minimumTopCandidates { return node }
            parent = node.parent
        }
        return nil
    }

    /// Readability's climb: a parent whose score is above the candidate's (while scores stay above a
    /// third of it) holds more of the story.
    private func betterParent(of top: HTMLNode) -> HTMLNode {
        guard var lastScore = score(of: top) else { return top }
        let threshold = lastScore / 3
        var parent = top.parent
        while let node = parent, node.kind == .element, node.name != "body" {
            guard let parentScore = score(of: node) else {
                parent = node.parent
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore { return node }
            lastScore = parentScore
            parent = node.parent
        }
        return top
    }

    static func ancestors(of node: HTMLNode) -> [HTMLNode] {
        var found: [HTMLNode] = []
        var parent = node.parent
        while let next = parent {
            found.append(next)
            parent = next.parent
        }
        return found
    }

    /// The top candidate and those of its siblings that belong to the story: siblings scoring at least
    /// a fifth of it (more easily when they share its class), and unscored paragraphs that read as text.
    func articleParts(around top: HTMLNode) -> [HTMLNode] {
        guard let parent = top.parent, top.name != "body" else { return [top] }
        let topScore = score(of: top) ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = top["class"] ?? ""
        var parts: [HTMLNode] = []
        for sibling in parent.children where sibling.kind == .element {
            if sibling === top {
                parts.append(sibling)
                continue
            }
            if isLead(sibling) {
                parts.append(Self.asParagraph(sibling))
                continue
            }
            let bonus = !topClass.isEmpty && sibling["class"] == topClass ? topScore * 0.2 : 0
            if let siblingScore = score(of: sibling), siblingScore + bonus >= threshold {
                parts.append(sibling)
            } else if sibling.name == "p" || (Self.leafContainers.contains(sibling.name)
                                               && !sibling.children.contains { tallies[$0].hasBlock }) {
                let tally = tallies[sibling]
                let density = tally.linkDensity
                if tally.text > 80, density < 0.25 {
                    parts.append(sibling)
                } else if tally.text > 0, tally.text <= 80, density == 0, Self.endsSentence(sibling.collapsedText) {
                    parts.append(sibling)
                }
            }
        }
        return parts
    }

    /// A standfirst beside the story (`sapo`, `summary`, `description`...): part of it, though not a
    /// paragraph by its tag.
    func isLead(_ node: HTMLNode) -> Bool {
        guard ElementHints.hasWord(ElementHints.signature(node), in: ElementHints.lead) else { return false }
        let tally = tallies[node]
        return tally.text >= 40 && tally.linkDensity < 0.25
    }

    /// A standfirst set as a heading reads as the paragraph it is.
    static func asParagraph(_ node: HTMLNode) -> HTMLNode {
        guard ["h1", "h2", "h3", "h4", "h5", "h6"].contains(node.name) else { return node }
        let paragraph = HTMLNode(kind: .element, name: "p", attributes: node.attributes)
        for child in node.children { paragraph.append(child) }
        return paragraph
    }

    /// Readability's test for a short paragraph worth keeping: it has a full stop followed by a space or
    /// the end.
    static func endsSentence(_ text: String) -> Bool {
        text.hasSuffix(".") || text.contains(". ")
    }
}
