import Foundation

/// Turns items' HTML into text on a second thread while the parser reads on, and hands the finished items
/// back in document order, each passed through the caller's `transform` there too (the store prepares
/// its article text). Rendering is a third of the work of reading a big feed; on two cores this
/// overlaps it with parsing. At most `capacity` items wait, so memory stays constant.
final class ItemPipeline<Output>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Dropped once the pipeline is finished or cancelled: it may hold the caller's non-escaping closure.
    private var transform: ((ItemDraft) -> Output)?
    private var pending: [ItemDraft] = []
    private var done: [Output] = []
    /// Items the worker has taken but not yet finished.
    private var working = 0
    /// No more drafts will come: the worker ends once it has rendered the rest.
    private var closed = false
    static var capacity: Int { 64 }

    init(transform: @escaping (ItemDraft) -> Output) {
        self.transform = transform
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
    func take() -> [Output] {
        condition.lock()
        defer { condition.unlock() }
        let items = done
        done = []
        return items
    }

    /// Waits until every queued item is finished and returns the rest; the worker then ends.
    func finish() -> [Output] {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        while !pending.isEmpty || working > 0 { condition.wait() }
        transform = nil
        let items = done
        done = []
        return items
    }

    /// Drops whatever is queued and ends the worker (the parse failed or was abandoned), waiting for the
    /// item it is working on so that nothing runs the caller's closure after this returns.
    func cancel() {
        condition.lock()
        closed = true
        pending = []
        condition.broadcast()
        while working > 0 { condition.wait() }
        transform = nil
        condition.unlock()
    }

    /// The transform of one draft; the closure is held only while this runs. Called while `working`
    /// counts the draft, so the transform is still there.
    private func run(_ draft: ItemDraft) -> Output {
        condition.lock()
        let transform = transform!
        condition.unlock()
        return transform(draft)
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
            let item = run(draft)
            condition.lock()
            done.append(item)
            working -= 1
            condition.broadcast()
            condition.unlock()
        }
    }
}
