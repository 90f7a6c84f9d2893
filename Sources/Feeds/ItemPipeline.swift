import Foundation

/// Turns items' HTML into text on a second thread while the parser reads on, and hands the finished items
/// back in document order. Rendering is a third of the work of reading a big feed; on two cores this
/// overlaps it with parsing. At most `capacity` items wait, so memory stays constant.
final class ItemPipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [ItemDraft] = []
    private var done: [FeedItem] = []
    /// Items the worker has taken but not yet finished.
    private var working = 0
    /// No more drafts will come: the worker ends once it has rendered the rest.
    private var closed = false
    static let capacity = 64

    init() {
        Thread.detachNewThread { [self] in work() }
    }

    /// Queues an item, waiting while `capacity` items are already queued.
    func submit(_ draft: ItemDraft) {
        condition.lock()
        defer { condition.unlock() }
        while pending.count >= Self.capacity, !closed { condition.wait() }
        guard !closed else { return }
        pending.append(draft)
        condition.broadcast()
    }

    /// The items finished so far, in order.
    func take() -> [FeedItem] {
        condition.lock()
        defer { condition.unlock() }
        let items = done
        done = []
        return items
    }

    /// Waits until every queued item is finished and returns the rest; the worker then ends.
    func finish() -> [FeedItem] {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        while !pending.isEmpty || working > 0 { condition.wait() }
        let items = done
        done = []
        return items
    }

    /// Drops whatever is queued and ends the worker (the parse failed or was abandoned).
    func cancel() {
        condition.lock()
        closed = true
        pending = []
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while pending.isEmpty, !closed { condition.wait() }
            guard !pending.isEmpty else {
                condition.unlock()
                return
            }
            let draft = pending.removeFirst()
            working += 1
            condition.broadcast()
            condition.unlock()
            let item = draft.item()
            condition.lock()
            done.append(item)
            working -= 1
            condition.broadcast()
            condition.unlock()
        }
    }
}
