import BrowserRuntime
import Foundation

/// Background work that waits until the test lets it run (`runAll`): shows the browser while an answer
/// is still to come, with no thread and no waiting.
final class HeldExecutor: WorkExecutor, @unchecked Sendable {
    private let lock = NSLock()
    private var jobs: [(WorkLane, @Sendable (@escaping @Sendable () -> Bool) -> Void)] = []

    func submit(_ lane: WorkLane, _ job: @escaping @Sendable (_ isSuperseded: @escaping @Sendable () -> Bool) -> Void) {
        lock.withLock {
            // As in a real lane: a newer job replaces one still waiting.
            jobs.removeAll { $0.0 == lane }
            jobs.append((lane, job))
        }
    }

    /// Runs the jobs held so far, in order; `superseded` tells them a newer job waits (their answer
    /// is then not wanted).
    func runAll(superseded: Bool = false) {
        let held = lock.withLock {
            defer { jobs = [] }
            return jobs
        }
        for (_, job) in held { job { superseded } }
    }

    /// The lanes of the jobs held, in order.
    var lanes: [WorkLane] {
        lock.withLock { jobs.map(\.0) }
    }
}
