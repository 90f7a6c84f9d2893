import Foundation

/// Runs each lane's jobs on a background thread of its own (`LatestJobThread`).
public final class ThreadExecutor: WorkExecutor, @unchecked Sendable {
    private let lock = NSLock()
    private var lanes: [WorkLane: LatestJobThread] = [:]

    public init() {}

    public func submit(_ lane: WorkLane, _ job: @escaping @Sendable (_ isSuperseded: @escaping @Sendable () -> Bool) -> Void) {
        let thread = lock.withLock {
            if let thread = lanes[lane] { return thread }
            let thread = LatestJobThread()
            lanes[lane] = thread
            return thread
        }
        thread.submit { job { thread.isSuperseded } }
    }
}
