/// A line of background work, where the latest waiting job wins.
public struct WorkLane: Hashable, Sendable {
    public var name: String

    public init(_ name: String) {
        self.name = name
    }

    /// Bringing the library's index up to date.
    public static let indexing = WorkLane("indexing")
    /// The library search of the list's filter.
    public static let search = WorkLane("search")
    /// Reading and analysing the article the reading pane shows (a preview at each selection move).
    public static let reading = WorkLane("reading")
    /// Counting the entities and speakers of the library.
    public static let counting = WorkLane("counting")
}
