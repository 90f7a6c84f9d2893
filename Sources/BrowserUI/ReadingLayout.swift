import ArticleModel
import TerminalCanvas

/// An article laid out for a reading pane of one width: every line's glyphs with their roles, worked
/// out once per article and width so that drawing a frame only copies cells.
public struct ReadingLayout: Hashable, Sendable {
    /// Where a line starts in the article, to keep the reading position when the width changes.
    public struct Anchor: Hashable, Comparable, Sendable {
        /// The block index; -2 for the title, -1 for the line of source and date.
        public var block: Int
        /// The scalar offset in the block's text (`Int.max` for the blank line after a block).
        public var offset: Int

        public static func < (lhs: Anchor, rhs: Anchor) -> Bool { (lhs.block, lhs.offset) < (rhs.block, rhs.offset) }
    }

    public struct Line: Hashable, Sendable {
        public var glyphs: [Glyph]
        public var roles: [Role]
        /// For each glyph, the index of the quotation it belongs to, or -1.
        public var quotes: [Int32]
        public var anchor: Anchor
    }

    public let width: Int
    public private(set) var lines: [Line] = []
    /// The first line of each quotation of the article, in the order of `Analysis.quotes`.
    public private(set) var quoteLines: [Int] = []

    public init(article: Article, width: Int) {
        self.width = max(1, width)
        append(article.title, role: .articleTitle, block: -2, marks: [])
        let date = article.date.map { $0.knownDay ?? "date unknown" }
        let tags = article.tags.isEmpty ? nil : "tags: " + article.tags.joined(separator: ", ")
        let meta = [article.source, article.author, date, tags].compactMap { $0 }.filter { !$0.isEmpty }
        if !meta.isEmpty { append(meta.joined(separator: " · "), role: .articleMeta, block: -1, marks: []) }
        let marks = Self.marks(article.analysis, blockCount: article.blocks.count)
        var firstLine = [Int: Int]()
        for (index, block) in article.blocks.enumerated() {
            lines.append(Line(glyphs: [], roles: [], quotes: [], anchor: Anchor(block: index, offset: -1)))
            let start = lines.count
            append(block.text, role: Self.role(for: block.kind), block: index, marks: marks[index])
            for line in start..<lines.count {
                for quote in lines[line].quotes where quote >= 0 && firstLine[Int(quote)] == nil {
                    firstLine[Int(quote)] = line
                }
            }
        }
        quoteLines = article.analysis.quotes.indices.map { quote in
            firstLine[quote] ?? line(at: Anchor(block: article.analysis.quotes[quote].span.block, offset: 0))
        }
    }

    /// The text width for a pane of `inner` columns: a margin of one column each side when there is room.
    public static func textWidth(forPane inner: Int) -> Int { inner >= 24 ? inner - 2 : max(inner, 1) }
    public static func margin(forPane inner: Int) -> Int { inner >= 24 ? 1 : 0 }

    /// The last line that starts at or before `anchor`.
    public func line(at anchor: Anchor) -> Int {
        var low = 0, high = lines.count - 1, found = 0
        while low <= high {
            let middle = (low + high) / 2
            if lines[middle].anchor <= anchor {
                found = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return found
    }

    private struct Mark {
        var start: Int, end: Int, role: Role, quote: Int32, rank: Int
    }

    /// The highlighted spans of each block. A higher rank wins where spans overlap: a speaker's name
    /// over an entity, an entity over the quotation around it, a quotation over a term.
    private static func marks(_ analysis: Analysis, blockCount: Int) -> [[Mark]] {
        var marks = Array(repeating: [Mark](), count: blockCount)
        func add(_ span: TextSpan, _ role: Role, quote: Int32 = -1, rank: Int) {
            guard marks.indices.contains(span.block) else { return }
            marks[span.block].append(Mark(start: span.start, end: span.end, role: role, quote: quote, rank: rank))
        }
        for term in analysis.terms { add(term.span, .term, rank: 0) }
        for (index, quote) in analysis.quotes.enumerated() {
            add(quote.span, .quotation, quote: Int32(index), rank: 1)
            if let speaker = quote.speakerSpan { add(speaker, .quoteSpeaker, rank: 3) }
        }
        for entity in analysis.entities { add(entity.span, Theme.role(for: entity.type), rank: 2) }
        return marks
    }

    private static func role(for kind: Block.Kind) -> Role {
        switch kind {
        case .lede: .lede
        case .heading: .heading
        case .paragraph: .bodyText
        }
    }

    /// Gives each glyph the role of the highest-ranked mark over it (the first such mark on a tie) and
    /// the quotation of the last quotation mark over it. Each mark paints only its own glyphs, found by
    /// binary search (glyphs are in source order), so the cost is the glyphs plus the marks' lengths,
    /// not glyphs times marks: a paragraph of 20,000 quotations took 10 s that way.
    private static func paint(_ marks: [Mark], over glyphs: [Glyph], roles: inout [Role], quotes: inout [Int32]) {
        guard !marks.isEmpty, !glyphs.isEmpty else { return }
        func covered(_ mark: Mark) -> Range<Int> {
            func firstGlyph(atOrAfter offset: Int) -> Int {
                var low = 0, high = glyphs.count
                while low < high {
                    let middle = (low + high) / 2
                    if glyphs[middle].sourceOffset < offset { low = middle + 1 } else { high = middle }
                }
                return low
            }
            let start = firstGlyph(atOrAfter: mark.start)
            return start..<max(start, firstGlyph(atOrAfter: mark.end))
        }
        // Lower ranks first so higher ones overwrite them; within a rank, later marks first so that
        // the first one in the list is painted last and wins, as it always has.
        let order = marks.indices.sorted { (marks[$0].rank, $1) < (marks[$1].rank, $0) }
        for index in order {
            for glyph in covered(marks[index]) { roles[glyph] = marks[index].role }
        }
        for mark in marks where mark.quote >= 0 {
            for glyph in covered(mark) { quotes[glyph] = mark.quote }
        }
    }

    private mutating func append(_ text: String, role: Role, block: Int, marks: [Mark]) {
        let glyphs = TextLayout.glyphs(of: text)
        var roles = Array(repeating: role, count: glyphs.count)
        var quotes = Array(repeating: Int32(-1), count: glyphs.count)
        Self.paint(marks, over: glyphs, roles: &roles, quotes: &quotes)
        for range in TextLayout.wrap(glyphs, width: width) {
            let offset = range.isEmpty ? 0 : glyphs[range.lowerBound].sourceOffset
            lines.append(Line(glyphs: Array(glyphs[range]), roles: Array(roles[range]), quotes: Array(quotes[range]),
                              anchor: Anchor(block: block, offset: offset)))
        }
    }
}
