import TerminalCanvas

/// Where the panes go for a terminal size: three panes from 100 columns (the sidebar can be hidden),
/// two under 100 (the sidebar can be shown), one at a time under 60, and a one-line message under 20x6.
/// While no article is open (the reading pane only previews the selection), the list takes three fifths
/// of the width and the sidebar waits for an article. The reader moves the borders with `PaneShift`.
/// Plain arithmetic: three panes need no constraint solver.
public struct ScreenLayout: Hashable, Sendable {
    public enum Mode: Hashable, Sendable { case tooSmall, single, multiple }

    public static let minimumSize = Size(width: 20, height: 6)
    /// The narrowest the list, the reading pane and the sidebar may be made with `<` and `>`.
    static let minimumList = 20, minimumReading = 24, minimumSidebar = 16

    public var mode: Mode
    /// The rectangle of each pane on screen (pane borders included); absent panes are not shown.
    public var panes: [Pane: Rect] = [:]
    /// The bottom row.
    public var statusBar: Rect

    /// - Parameters:
    ///   - reading: an article is open for reading (not only previewed): the reading pane gets the room.
    ///   - shift: columns the reader added to (or took from) the list and the sidebar.
    public init(size: Size, sidebarPreference: Bool?, focus: Pane, reading: Bool = true, shift: PaneShift = PaneShift()) {
        let width = size.width, height = size.height
        statusBar = Rect(x: 0, y: max(0, height - 1), width: width, height: height > 0 ? 1 : 0)
        guard width >= Self.minimumSize.width, height >= Self.minimumSize.height else {
            mode = .tooSmall
            return
        }
        let bodyHeight = height - 1
        if width < 60 {
            mode = .single
            panes[focus] = Rect(x: 0, y: 0, width: width, height: bodyHeight)
            return
        }
        mode = .multiple
        var list: Int, sidebar = 0
        if Self.sidebarShown(width: width, preference: sidebarPreference, reading: reading) {
            list = Self.clamp(width * 30 / 100, 24, 56)
            sidebar = Self.clamp(width * 24 / 100, 18, 44)
            if shift.sidebar != 0 {
                sidebar = Self.clamp(sidebar + shift.sidebar, Self.minimumSidebar,
                                     max(Self.minimumSidebar, width - Self.minimumList - Self.minimumReading))
            }
        } else {
            list = Self.clamp(width * 40 / 100, 24, 60)
        }
        if !reading {
            list = max(list, min(Self.clamp(width * 60 / 100, 24, 110), width - sidebar - Self.minimumReading))
        }
        // Unshifted, the proportions above stand as they are (a narrow reading pane included).
        if shift.list != 0 {
            list = Self.clamp(list + shift.list, Self.minimumList,
                              max(Self.minimumList, width - sidebar - Self.minimumReading))
        }
        panes[.list] = Rect(x: 0, y: 0, width: list, height: bodyHeight)
        panes[.reading] = Rect(x: list, y: 0, width: width - list - sidebar, height: bodyHeight)
        if sidebar > 0 { panes[.quotes] = Rect(x: width - sidebar, y: 0, width: sidebar, height: bodyHeight) }
    }

    /// Whether the sidebar is part of the screen: shown side by side when wide and an article is open,
    /// or reachable by Tab when one pane is shown at a time.
    public static func sidebarShown(width: Int, preference: Bool?, reading: Bool = true) -> Bool {
        if width < 60 { return preference ?? true }
        return preference ?? (reading && width >= 100)
    }

    /// The panes Tab moves through.
    public static func focusablePanes(width: Int, preference: Bool?, reading: Bool = true) -> [Pane] {
        sidebarShown(width: width, preference: preference, reading: reading) ? Pane.allCases : [.list, .reading]
    }

    /// The pane at a screen position.
    public func pane(atX x: Int, y: Int) -> Pane? {
        panes.first { _, rect in x >= rect.x && x < rect.maxX && y >= rect.y && y < rect.maxY }?.key
    }

    /// The inside of a pane: its border taken off.
    public func inner(_ pane: Pane) -> Rect? { panes[pane]?.inset(by: 1) }

    static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { min(max(value, low), high) }
}
