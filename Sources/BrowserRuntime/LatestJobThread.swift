import Foundation

/// Runs jobs one at a time on a background thread where only the latest waiting job counts: a job
/// submitted while another runs replaces any job still waiting, so typing a query never queues
/// searches for the letters typed before. The thread ends when there is nothing left to do.
final class LatestJobThread: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: (@Sendable () -> Void)?
    private var running = false

    func submit(_ job: @escaping @Sendable () -> Void) {
        let start = lock.withLock { () -> Bool in
            waiting = job
            defer { running = true }
            return !running
        }
        guard start else { return }
        let thread = Thread { [self] in
            while let next = take() { next() }
        }
        thread.stackSize = 4 << 20  // as the indexer: reading article files parses them
        thread.start()
    }

    /// True while a newer job waits: the running one may stop, its result would not be wanted.
    var isSuperseded: Bool {
        lock.withLock { waiting != nil }
    }

    private func take() -> (@Sendable () -> Void)? {
        lock.withLock {
            let next = waiting
            waiting = nil
            if next == nil { running = false }
            return next
        }
    }
}
