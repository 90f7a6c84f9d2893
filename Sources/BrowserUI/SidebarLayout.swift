import ArticleModel
import TerminalCanvas

/// The quote sidebar laid out for a width: each quotation as a speaker line and at most
/// `maxQuoteLines` lines of its words, the last one elided with `…` when the quote is longer.
public struct SidebarLayout: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public var speaker: [Glyph]
        public var named: Bool
        public var lines: [[Glyph]]
        /// Rows on screen: the speaker, the quote, and a blank row after it.
        public var height: Int { 1 + lines.count + 1 }
    }

    public static let maxQuoteLines = 4

    public let width: Int
    public var items: [Item]

    public init(quotes: [Quote], width: Int) {
        self.width = width
        items = quotes.map { quote in
            let speaker = quote.speaker.map { quote.named ? $0 : "(\($0))" } ?? "(unknown speaker)"
            let glyphs = TextLayout.glyphs(of: "“" + quote.text + "”")
            let wrapped = TextLayout.wrap(glyphs, width: max(1, width - 2))
            var lines = wrapped.prefix(Self.maxQuoteLines).map { Array(glyphs[$0]) }
            if wrapped.count > Self.maxQuoteLines, let last = wrapped.prefix(Self.maxQuoteLines).last {
                // Elide: the last kept line plus the rest, cut to the width with an ellipsis.
                lines[lines.count - 1] = TextLayout.truncate(glyphs[last.lowerBound...], width: max(1, width - 2))
            }
            return Item(speaker: TextLayout.truncate(TextLayout.glyphs(of: speaker), width: width), named: quote.named,
                        lines: lines)
        }
    }

    /// The first item to show so that `selected` is on screen in `height` rows: from the top while it
    /// fits, else the selected item ends at the bottom (or starts at the top, if taller than the pane).
    public func firstItem(showing selected: Int?, height: Int) -> Int {
        guard let selected, items.indices.contains(selected) else { return 0 }
        // The blank row after the selected item may fall off the bottom.
        if items[0...selected].reduce(0, { $0 + $1.height }) - 1 <= height { return 0 }
        var first = selected, used = items[selected].height - 1
        while first > 0, used + items[first - 1].height <= height {
            first -= 1
            used += items[first].height
        }
        return first
    }

    /// The item drawn at row `row` (0 = the pane's first inner row), if any.
    public func item(atRow row: Int, first: Int) -> Int? {
        var top = 0
        for index in items.indices.dropFirst(first) {
            if row >= top && row < top + items[index].height - 1 { return index }
            top += items[index].height
        }
        return nil
    }
}
