import TerminalCanvas

/// The boxes drawn over the panes, and how far a page moves anywhere: the views draw into these boxes
/// and the reducer pages and hit-tests with the same numbers, without asking a view for its geometry.
extension ScreenLayout {
    /// The bookmarks (`B`) and feeds (`f`) views: the screen less a one-cell margin, above the status bar.
    static func overlayBox(_ size: Size) -> Rect {
        Rect(x: 1, y: 1, width: max(0, size.width - 2), height: max(0, size.height - 2))
    }

    /// The entities (`e`) and speakers (`S`) views: the whole screen above the status bar.
    static func browserBox(_ size: Size) -> Rect {
        Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - 1))
    }

    /// The rows of the entities and speakers views: the box's inside less its header row.
    static func browserRows(_ size: Size) -> Int {
        browserBox(size).inset(by: 1).height - 1
    }

    /// The widest the help box gets: wider lines read worse, and every help text fits on one line there.
    static let helpMaxWidth = 96

    /// The help (`?`): as wide as the screen allows up to `helpMaxWidth`, as tall as `keyMap`'s help
    /// lines at that width up to the screen less two rows, centred.
    static func helpBox(_ keyMap: KeyMap, size: Size) -> Rect {
        let width = min(size.width - 2, helpMaxWidth)
        let height = min(size.height - 2, keyMap.helpLines(width: width).count + 2)
        return Rect(x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height)
    }

    /// The furthest the help can scroll: its lines less the rows its box shows.
    static func helpMaxScroll(_ keyMap: KeyMap, size: Size) -> Int {
        let box = helpBox(keyMap, size: size)
        return max(0, keyMap.helpLines(width: box.width).count - max(0, box.height - 2))
    }

    /// The rows of help text a help box as tall as the screen allows shows: what PgDn pages by.
    static func helpRows(_ size: Size) -> Int {
        max(0, size.height - 4)
    }

    /// How far PgDn and PgUp move where `rows` rows show: all but one, kept in sight for context.
    static func page(rows: Int) -> Int {
        max(1, rows - 1)
    }
}
