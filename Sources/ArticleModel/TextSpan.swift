/// A range of text inside one block: `start..<end` counted in Unicode scalars of the block's NFC text.
/// Scalars (not UTF-16 units, not graphemes) because they are what both the analysis and JSON readers
/// in other languages count the same way.
public struct TextSpan: Codable, Sendable, Hashable, Comparable {
    public var block: Int
    public var start: Int
    public var end: Int

    public init(block: Int, start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.block = block
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: TextSpan) -> Bool {
        block == other.block && start <= other.start && other.end <= end
    }

    public func overlaps(_ other: TextSpan) -> Bool {
        block == other.block && start < other.end && other.start < end
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.block, lhs.start, lhs.end) < (rhs.block, rhs.start, rhs.end)
    }
}
