#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TerminalCanvas

extension CursesTerminal {
    /// Draws a frame: only the cells that differ from the last frame are sent, one terminal grapheme
    /// per cell with `setcchar` + `mvwadd_wch`. The right half of a wide character is never drawn
    /// (the terminal fills it); a wide cell without its right half, or a right half without its wide
    /// cell, is drawn as a space so that lede's grid and the screen cannot drift apart.
    public func draw(_ grid: Grid) {
        guard isActive, let window = lede_stdscr() else { return }
        let screenSize = size
        for change in grid.changes(since: previous) {
            guard change.x < screenSize.width, change.y < screenSize.height else { continue }
            let cell = change.cell
            var text = Self.drawable(cell.grapheme)
            if cell.isContinuation {
                if isWide(grid[change.x - 1, change.y]) { continue }
                text = (" ", 1)
            } else if text.width == 2, !grid[change.x + 1, change.y].isContinuation || change.x + 1 >= screenSize.width {
                text = (" ", 1)
            }
            put(text.text, at: change.x, change.y, style: cell.style, in: window)
        }
        previous = grid
        wnoutrefresh(window)
        doupdate()
        updateTitle()
    }

    /// Forgets what is on screen, so that the next `draw` repaints every cell (after a suspend, or
    /// when something else may have written to the terminal).
    public func invalidate() {
        previous = nil
        if isActive { clearok(lede_curscr(), true) }
    }

    /// Forgets the colour pairs and what is on screen, for a new theme: the next `draw` repaints every
    /// cell with pairs defined afresh, so themes cycled one after another never run out of pairs, and a
    /// pair number reused with new colours is never left on a cell that is not redrawn.
    public func resetColors() {
        pairs = [:]
        nextPair = 1
        invalidate()
    }

    /// How many colours the terminal shows: 256, 16, 8, or 0 (none, or not started).
    public var colorDepth: Int { palette.depth }

    private func isWide(_ cell: Cell) -> Bool {
        !cell.isContinuation && Self.drawable(cell.grapheme).width == 2
    }

    /// The grapheme reduced to what one cell can hold, with its width: sanitised (a view may have set
    /// a cell directly, bypassing `Grid.put`), one terminal grapheme, at most `CCHARW_MAX` scalars.
    static func drawable(_ grapheme: String) -> (text: String, width: Int) {
        if grapheme.utf8.count == 1, let byte = grapheme.utf8.first, byte >= 0x20, byte < 0x7F {
            return (grapheme, 1)  // the common case, without the Unicode work
        }
        let clean = TextSanitizer.sanitize(grapheme)
        guard let character = clean.first, let first = TerminalGrapheme.split(character).first,
              first.width > 0 else { return (" ", 1) }
        return (first.text, first.width)
    }

    private func put(_ text: String, at x: Int, _ y: Int, style: Style, in window: UnsafeMutablePointer<WINDOW>) {
        var characters = text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var cell = cchar_t()
        let (attributes, pair) = rendition(of: style)
        setcchar(&cell, characters, attributes, pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }

    /// Curses attributes and colour pair for a style. Without colours, a style that has a background
    /// colour (a selection, a highlight) is shown reversed so that it stays visible.
    func rendition(of style: Style) -> (attr_t, Int16) {
        var attributes = lede_a_normal()
        if style.attributes.contains(.bold) { attributes |= lede_a_bold() }
        if style.attributes.contains(.dim) { attributes |= lede_a_dim() }
        if style.attributes.contains(.italic) { attributes |= lede_a_italic() }
        if style.attributes.contains(.underline) { attributes |= lede_a_underline() }
        if style.attributes.contains(.reverse) { attributes |= lede_a_reverse() }
        guard palette.hasColors else {
            if style.background != .default, !style.attributes.contains(.reverse) { attributes |= lede_a_reverse() }
            return (attributes, 0)
        }
        return (attributes, pair(foreground: palette.number(for: style.foreground),
                                 background: palette.number(for: style.background)))
    }

    /// A colour pair for two colour numbers, defined on first use and cached. When the terminal's
    /// pairs run out, later combinations fall back to the default pair rather than redefining a pair
    /// that is on screen.
    private func pair(foreground: Int32, background: Int32) -> Int16 {
        var key = PairKey(foreground: foreground, background: background)
        if defaultFallback {
            if key.foreground < 0 { key.foreground = 7 }
            if key.background < 0 { key.background = 0 }
        }
        if key.foreground < 0, key.background < 0 { return 0 }
        if let known = pairs[key] { return known }
        guard nextPair < pairLimit else { return 0 }
        let number = Int16(nextPair)
        init_pair(number, Int16(key.foreground), Int16(key.background))
        nextPair += 1
        pairs[key] = number
        return number
    }
}
