import Foundation

/// Work spread over every core, results kept in input order: reading and analysing articles is
/// independent per file and dominates the time to open a library.
public enum Parallel {
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, body(index))
        }
        return slots.values
    }

    /// `0..<count` cut into consecutive runs for workers: two per core, none shorter than about
    /// `minimum` items (fewer runs for small counts: starting a worker costs more than a few items).
    public static func runs(of count: Int, minimum: Int = 4096) -> [Range<Int>] {
        let runs = min(ProcessInfo.processInfo.activeProcessorCount * 2, count / minimum + 1)
        return (0..<runs).map { run in count * run / runs..<count * (run + 1) / runs }
    }
}

/// Results written by concurrent workers, one slot each.
private final class Slots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.withLock { slots[index] = value }
    }

    var values: [T] { lock.withLock { slots.map { $0! } } }
}
