import Feeds
import Foundation

/// Stores a streamed feed's items on a thread of its own while the parser reads on. Reading a
/// 100,000-item file and writing its 100,000 article files are each about half the work; on two cores
/// they then overlap instead of taking turns. At most `capacity` items wait, so memory stays constant;
/// the first failure stops the writer and is thrown to the parser at its next item.
final class ItemWriter: @unchecked Sendable {
    typealias Store = @Sendable (FeedItem, inout FeedReport) throws -> Void

    private let condition = NSCondition()
    private var pending: [FeedItem] = []
    private var closed = false
    private var finished = false
    private var failure: (any Error)?
    /// Touched only by the writer's thread until `finished`.
    private var report: FeedReport
    private let store: Store
    static let capacity = 256

    init(report: FeedReport, store: @escaping Store) {
        self.report = report
        self.store = store
        Thread.detachNewThread { [self] in work() }
    }

    /// Queues an item, waiting while `capacity` items are already queued.
    func submit(_ item: FeedItem) throws {
        condition.lock()
        defer { condition.unlock() }
        while pending.count >= Self.capacity, failure == nil, !finished { condition.wait() }
        if let failure { throw failure }
        pending.append(item)
        condition.broadcast()
    }

    /// Waits until every queued item is stored; the report counting them, or the first failure.
    func finish() throws -> FeedReport {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        while !finished { condition.wait() }
        if let failure { throw failure }
        return report
    }

    /// Drops what is queued and waits for the item being stored (the parse failed).
    func cancel() {
        condition.lock()
        closed = true
        pending = []
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while pending.isEmpty, !closed { condition.wait() }
            let batch = pending
            pending = []
            if batch.isEmpty {
                finished = true
                condition.broadcast()
                condition.unlock()
                return
            }
            condition.broadcast()
            condition.unlock()
            do {
                for item in batch { try store(item, &report) }
            } catch {
                condition.lock()
                failure = error
                pending = []
                finished = true
                condition.broadcast()
                condition.unlock()
                return
            }
        }
    }
}
