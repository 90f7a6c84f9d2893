@testable import Feeds
import Foundation
import Testing

/// The second thread that renders items while the parser reads on: items come back in document order
/// whatever the thread's pace, and after `cancel` returns the caller's closure never runs again.
@Suite struct ItemPipelineTests {
    /// A draft known by its title.
    func draft(_ number: Int) -> ItemDraft {
        var draft = ItemDraft()
        draft.title = "item \(number)"
        return draft
    }

    @Test func itemsComeBackInOrderThroughAFullQueue() {
        let pipeline = ItemPipeline { $0.title ?? "" }
        var out: [String] = []
        // Several times the queue's capacity: `submit` waits for room while the worker drains it.
        for number in 0..<(ItemPipeline<String>.capacity * 5) {
            pipeline.submit(draft(number))
            if number % 7 == 0 { out += pipeline.take() }
        }
        out += pipeline.finish()
        #expect(out == (0..<(ItemPipeline<String>.capacity * 5)).map { "item \($0)" })
    }

    @Test func cancelWaitsForTheItemInHandAndDropsTheRest() {
        let calls = Calls()
        let inTransform = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let pipeline = ItemPipeline { draft -> String in
            if calls.start() == 1 {
                inTransform.signal()
                _ = release.wait(timeout: .now() + 10)
            }
            calls.end()
            return draft.title ?? ""
        }
        for number in 0..<10 { pipeline.submit(draft(number)) }
        #expect(inTransform.wait(timeout: .now() + 10) == .success)
        let cancelled = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            pipeline.cancel()
            cancelled.signal()
        }
        // The first item is still being rendered: cancel cannot have returned.
        #expect(cancelled.wait(timeout: .now() + 0.2) == .timedOut)
        #expect(calls.ended == 0)
        release.signal()
        #expect(cancelled.wait(timeout: .now() + 10) == .success)
        // Once cancel returned, the item in hand was finished and the nine queued ones were dropped.
        #expect(calls.started == 1 && calls.ended == 1)
        #expect(pipeline.finish().count <= 1)
        #expect(calls.started == 1)
    }
}

/// Counts the transform's calls from the worker thread.
private final class Calls: @unchecked Sendable {
    private let lock = NSLock()
    private var startedCount = 0, endedCount = 0

    /// Counts a call begun; returns how many have begun.
    func start() -> Int { lock.withLock { startedCount += 1; return startedCount } }
    func end() { lock.withLock { endedCount += 1 } }
    var started: Int { lock.withLock { startedCount } }
    var ended: Int { lock.withLock { endedCount } }
}
