import TerminalCanvas

/// A one-line text editor for the search box and bookmark notes. The cursor moves by grapheme, so
/// Backspace removes a whole Vietnamese letter with its marks, a CJK character or an emoji; a combining
/// mark typed after a letter joins it, as it does on screen.
public struct LineEditor: Hashable, Sendable {
    public private(set) var text: String
    /// The cursor, in characters (grapheme clusters) from the start.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = TextSanitizer.sanitize(text)
        cursor = self.text.count
    }

    public var isEmpty: Bool { text.isEmpty }

    private var cursorIndex: String.Index { text.index(text.startIndex, offsetBy: cursor) }

    public mutating func insert(_ string: String) {
        let clean = TextSanitizer.sanitize(string)
        guard !clean.isEmpty else { return }
        let before = String(text[..<cursorIndex]) + clean
        text = before + text[cursorIndex...]
        cursor = before.count  // a mark joining the previous letter adds no character
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        let start = text.index(before: cursorIndex)
        text.removeSubrange(start..<cursorIndex)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: cursorIndex)
    }

    /// Ctrl-W: the word before the cursor, with the spaces after it.
    public mutating func deleteWordBackward() {
        var start = cursor
        let characters = Array(text)
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        text = String(characters[..<start]) + String(characters[cursor...])
        cursor = start
    }

    /// Ctrl-U: everything before the cursor.
    public mutating func deleteToStart() {
        text = String(text[cursorIndex...])
        cursor = 0
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = text.count }

    public mutating func replace(with text: String) {
        self = LineEditor(text)
    }

    /// Applies an editing key. Returns false for keys that are not editing (Enter, Esc, Up, ...), which
    /// the caller handles.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        switch key {
        case .character(let character): insert(String(character))
        case .backspace: backspace()
        case .delete: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .control("a"): moveHome()
        case .end, .control("e"): moveEnd()
        case .control("w"): deleteWordBackward()
        case .control("u"): deleteToStart()
        case .control("h"): backspace()
        default: return false
        }
        return true
    }

    /// Draws `prompt` and the text on one row of `area`, scrolled so that the cursor shows, the cursor
    /// as a reversed cell (lede keeps the terminal's own cursor hidden).
    public func render(prompt: String, in area: Rect, style: Style, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), with: Cell(" ", style: style))
        let promptWidth = min(DisplayWidth.of(prompt), max(0, area.width - 2))
        grid.put(prompt, x: area.x, y: area.y, maxWidth: promptWidth, style: style)
        let room = area.width - promptWidth - 1
        guard room > 0 else { return }
        let characters = Array(text)
        // Start far enough right that the cursor fits.
        var start = 0
        var widthBeforeCursor = characters[..<cursor].reduce(0) { $0 + DisplayWidth.of(String($1)) }
        while widthBeforeCursor >= room, start < cursor {
            widthBeforeCursor -= DisplayWidth.of(String(characters[start]))
            start += 1
        }
        let visible = String(characters[start...])
        grid.put(visible, x: area.x + promptWidth, y: area.y, maxWidth: room, style: style)
        var cursorStyle = style
        cursorStyle.attributes.formSymmetricDifference(.reverse)
        let cursorX = area.x + promptWidth + widthBeforeCursor
        let under = cursor < characters.count ? String(characters[cursor]) : " "
        grid.put(under, x: cursorX, y: area.y, maxWidth: area.maxX - cursorX, style: cursorStyle)
    }
}
