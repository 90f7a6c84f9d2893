import Foundation

/// An in-memory screen: rows of cells that views draw into and tests read back as text.
/// The backend compares two grids and sends the terminal only the cells that changed.
public struct Grid: Hashable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    private var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set {
            guard contains(x: x, y: y) else { return }
            let index = y * width + x
            // Overwriting half of a wide grapheme blanks the other half, so no row ever holds half a
            // character (which would shift everything after it on the terminal).
            if cells[index].isContinuation, !newValue.isContinuation, x > 0 { cells[index - 1].grapheme = " " }
            if x + 1 < width, cells[index + 1].isContinuation, !cells[index].isContinuation {
                cells[index + 1].grapheme = " "
            }
            cells[index] = newValue
        }
    }

    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Fills `rect` (clipped to the grid) with `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { cells[y * width + x] = cell }
            // A wide grapheme cut by either edge loses its other half too.
            if area.x > 0, !cell.isContinuation, cells[y * width + area.x - 1].grapheme.isEmpty == false,
               DisplayWidth.of(cells[y * width + area.x - 1].grapheme) == 2 {
                cells[y * width + area.x - 1].grapheme = " "
            }
            if area.maxX < width, cells[y * width + area.maxX].isContinuation { cells[y * width + area.maxX].grapheme = " " }
        }
    }

    /// Sets the style of every cell in `rect`, keeping the text.
    public mutating func restyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { transform(&cells[y * width + x].style) }
        }
    }

    /// Writes `text` on row `y` from column `x`, using at most `maxWidth` columns (default: to the edge).
    /// The text is sanitised and drawn one terminal grapheme per cell; a double-width grapheme that would
    /// straddle the limit is not split but replaced by a space. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(x + (maxWidth ?? width), width)
        var column = x
        for character in Grid.displayText(text) {
            // Most characters are one scalar: no array of graphemes needed (this is the hot path).
            if let single = TerminalGrapheme.single(character) {
                if !place(single, at: &column, y: y, limit: limit, style: style) { return max(0, min(column + 1, limit) - x) }
                continue
            }
            for grapheme in TerminalGrapheme.split(character)
            where !place(grapheme, at: &column, y: y, limit: limit, style: style) {
                return max(0, min(column + 1, limit) - x)
            }
        }
        return column - x
    }

    /// Draws one grapheme at `column` and moves past it; false (after blanking the last column) when it
    /// does not fit before `limit`.
    private mutating func place(_ grapheme: TerminalGrapheme, at column: inout Int, y: Int, limit: Int, style: Style) -> Bool {
        if column + grapheme.width > limit {
            if column < limit, column >= 0 { self[column, y] = Cell(" ", style: style) }
            return false
        }
        if column >= 0 {
            self[column, y] = Cell(grapheme.text, style: style)
            if grapheme.width == 2 { self[column + 1, y] = Cell("", style: style) }
        }
        column += grapheme.width
        return true
    }

    /// Text as it is drawn: sanitised, then NFC so that NFC and NFD input give identical cells.
    static func displayText(_ text: String) -> String {
        Normalization.nfc(TextSanitizer.sanitize(text))
    }

    /// Row `y` as text: continuation cells omitted, trailing spaces kept.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        for x in 0..<width where !cells[y * width + x].isContinuation {
            text += cells[y * width + x].grapheme
        }
        return text
    }

    /// Every row as text, for whole-screen comparisons in tests.
    public var lines: [String] { (0..<height).map(line) }

    /// A grid built from rows of text (unstyled), the expected side of a snapshot comparison.
    public init(lines: [String]) {
        let width = lines.map(DisplayWidth.of).max() ?? 0
        self.init(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { put(line, x: 0, y: y) }
    }

    /// The cells whose contents differ from `previous` (all of them when the sizes differ), row by row:
    /// what a backend needs to redraw.
    public func changes(since previous: Grid?) -> [(x: Int, y: Int, cell: Cell)] {
        var result: [(x: Int, y: Int, cell: Cell)] = []
        let sameSize = previous?.width == width && previous?.height == height
        for y in 0..<height {
            for x in 0..<width {
                let cell = cells[y * width + x]
                if !sameSize || previous?.cells[y * width + x] != cell { result.append((x, y, cell)) }
            }
        }
        return result
    }
}
