/// Columns the reader gave to (or took from) the list and the quote sidebar with `>` and `<`; the
/// reading pane has the rest.
public struct PaneShift: Hashable, Sendable {
    public var list = 0
    public var sidebar = 0

    public init(list: Int = 0, sidebar: Int = 0) {
        self.list = list
        self.sidebar = sidebar
    }
}
