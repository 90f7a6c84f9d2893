/// One terminal cell: a single grapheme cluster (or nothing, when it is the right half of a wide one).
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; empty for the second column of a double-width grapheme.
    public var grapheme: String
    public var style: Style

    public init(_ grapheme: String = " ", style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
    }

    public static let blank = Cell()

    /// True for the right half of a double-width grapheme, which the terminal fills by itself.
    public var isContinuation: Bool { grapheme.isEmpty }
}
