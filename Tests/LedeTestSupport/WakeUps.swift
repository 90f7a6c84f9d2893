import Foundation

/// The wake-ups a run loop receives from background work, for tests of work on real threads: instead
/// of sleeping and polling, a test ticks whenever a wake-up came (`tick(until:_:)`).
public final class WakeUps: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)

    public init() {}

    /// Hand this to the program as its wake-up closure. Safe from any thread.
    public func post() {
        semaphore.signal()
    }

    /// Calls `tick` until `condition` holds, waiting for a wake-up before each further tick. The wait
    /// for one wake-up is bounded (`patience`) only so that a lost answer fails the test instead of
    /// hanging it; no result depends on the time. Returns whether `condition` came to hold.
    @discardableResult
    public func tick(until condition: () -> Bool, _ tick: () -> Void,
                     patience: DispatchTimeInterval = .seconds(60)) -> Bool {
        tick()
        while !condition() {
            guard semaphore.wait(timeout: .now() + patience) == .success else { return false }
            tick()
        }
        return true
    }
}
