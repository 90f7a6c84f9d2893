import TerminalCanvas

/// Where the panes go for a terminal size: three panes from 100 columns (the sidebar can be hidden),
/// two under 100 (the sidebar can be shown), one at a time under 60, and a one-line message under 20x6.
/// Plain arithmetic: three panes need no constraint solver.
public struct ScreenLayout: Hashable, Sendable {
    public enum Mode: Hashable, Sendable { case tooSmall, single, multiple }

    public static let minimumSize = Size(width: 20, height: 6)

    public var mode: Mode
    /// The rectangle of each pane on screen (pane borders included); absent panes are not shown.
    public var panes: [Pane: Rect] = [:]
    /// The bottom row.
    public var statusBar: Rect

    public init(size: Size, sidebarPreference: Bool?, focus: Pane) {
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
        if Self.sidebarShown(width: width, preference: sidebarPreference) {
            let list = Self.clamp(width * 30 / 100, 24, 56), sidebar = Self.clamp(width * 24 / 100, 18, 44)
            panes[.list] = Rect(x: 0, y: 0, width: list, height: bodyHeight)
            panes[.reading] = Rect(x: list, y: 0, width: width - list - sidebar, height: bodyHeight)
            panes[.quotes] = Rect(x: width - sidebar, y: 0, width: sidebar, height: bodyHeight)
        } else {
            let list = Self.clamp(width * 40 / 100, 24, 60)
            panes[.list] = Rect(x: 0, y: 0, width: list, height: bodyHeight)
            panes[.reading] = Rect(x: list, y: 0, width: width - list, height: bodyHeight)
        }
    }

    /// Whether the sidebar is part of the screen: shown side by side when wide, or reachable by Tab
    /// when one pane is shown at a time.
    public static func sidebarShown(width: Int, preference: Bool?) -> Bool {
        if width < 60 { return preference ?? true }
        return preference ?? (width >= 100)
    }

    /// The panes Tab moves through.
    public static func focusablePanes(width: Int, preference: Bool?) -> [Pane] {
        sidebarShown(width: width, preference: preference) ? Pane.allCases : [.list, .reading]
    }

    /// The pane at a screen position.
    public func pane(atX x: Int, y: Int) -> Pane? {
        panes.first { _, rect in x >= rect.x && x < rect.maxX && y >= rect.y && y < rect.maxY }?.key
    }

    /// The inside of a pane: its border taken off.
    public func inner(_ pane: Pane) -> Rect? { panes[pane]?.inset(by: 1) }

    static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { min(max(value, low), high) }
}
