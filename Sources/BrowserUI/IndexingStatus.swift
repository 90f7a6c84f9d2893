/// How far background indexing has come, as the status bar shows it while it runs (LibraryIndex's
/// `IndexProgress` counts files; this adds the rate and the time left).
public struct IndexingStatus: Hashable, Sendable {
    public var done: Int
    public var total: Int
    /// Articles per second.
    public var rate: Double
    /// Seconds left, when it can be told.
    public var remaining: Double?

    public init(done: Int, total: Int, rate: Double, remaining: Double?) {
        self.done = done
        self.total = total
        self.rate = rate
        self.remaining = remaining
    }

    /// `Indexing 1,234/10,000 · 2,100/s · 0:04 left`, with a bar when there is room.
    public func text(width: Int) -> String {
        var parts = ["Indexing \(done)/\(total)"]
        if rate > 0 { parts.append("\(Int(rate))/s") }
        if let remaining {
            let seconds = Int(remaining.rounded())
            parts.append("\(seconds / 60):\(String(seconds % 60).leftPadded(to: 2)) left")
        }
        let text = parts.joined(separator: " · ")
        let barWidth = min(20, width - text.count - 3)
        guard barWidth >= 5, total > 0 else { return text }
        let filled = barWidth * min(done, total) / total
        return text + " " + String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
