/// The box-drawing characters of a pane border.
public struct BorderSet: Hashable, Sendable {
    public var horizontal: String, vertical: String
    public var topLeft: String, topRight: String, bottomLeft: String, bottomRight: String

    public init(horizontal: String, vertical: String, topLeft: String, topRight: String,
                bottomLeft: String, bottomRight: String) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
    }

    public static let light = BorderSet(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                        bottomLeft: "└", bottomRight: "┘")
    /// Heavy lines: the focused pane, so that focus shows even without colour.
    public static let heavy = BorderSet(horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓",
                                        bottomLeft: "┗", bottomRight: "┛")
}

extension Grid {
    /// Draws a border just inside `rect`. Rectangles under 2x2 get none.
    public mutating func drawBorder(_ rect: Rect, _ set: BorderSet, style: Style = .plain) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        for x in rect.x + 1..<right {
            self[x, rect.y] = Cell(set.horizontal, style: style)
            self[x, bottom] = Cell(set.horizontal, style: style)
        }
        for y in rect.y + 1..<bottom {
            self[rect.x, y] = Cell(set.vertical, style: style)
            self[right, y] = Cell(set.vertical, style: style)
        }
        self[rect.x, rect.y] = Cell(set.topLeft, style: style)
        self[right, rect.y] = Cell(set.topRight, style: style)
        self[rect.x, bottom] = Cell(set.bottomLeft, style: style)
        self[right, bottom] = Cell(set.bottomRight, style: style)
    }

    /// Writes one grapheme already made safe (from `TextLayout.glyphs`). A wide grapheme that does not
    /// fit before `limit` (default: the grid's edge) becomes a space. Returns the columns used.
    @discardableResult
    public mutating func put(_ grapheme: TerminalGrapheme, x: Int, y: Int, limit: Int? = nil, style: Style) -> Int {
        let edge = min(limit ?? width, width)
        guard y >= 0, y < height, x >= 0, x < edge else { return 0 }
        if x + grapheme.width > edge {
            self[x, y] = Cell(" ", style: style)
            return 1
        }
        self[x, y] = Cell(grapheme.text, style: style)
        if grapheme.width == 2 { self[x + 1, y] = Cell("", style: style) }
        return grapheme.width
    }

    /// Writes glyphs from `TextLayout` in one style, stopping at `limit`. Returns the columns used.
    @discardableResult
    public mutating func put<C: Collection>(glyphs: C, x: Int, y: Int, limit: Int? = nil, style: Style) -> Int
    where C.Element == Glyph {
        let edge = min(limit ?? width, width)
        var column = x
        for glyph in glyphs {
            guard column < edge else { break }
            column += put(glyph.grapheme, x: column, y: y, limit: edge, style: style)
        }
        return column - x
    }
}
