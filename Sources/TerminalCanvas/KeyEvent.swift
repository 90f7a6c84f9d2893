/// A key press, mouse event or resize, as the backend reports it and the key map reads it.
public enum KeyEvent: Hashable, Sendable {
    case character(Character)
    /// Control plus a letter, e.g. `.control("z")`.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
    case function(Int)
    case mouse(MouseEvent)
    /// The terminal changed size; the backend has the new size.
    case resize
}

/// A mouse click or wheel turn at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
