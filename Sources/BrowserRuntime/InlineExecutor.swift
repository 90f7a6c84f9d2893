/// Runs every job at once on the caller's thread: for tests, which then need no waiting.
public struct InlineExecutor: WorkExecutor {
    public init() {}

    public func submit(_ lane: WorkLane, _ job: @escaping @Sendable (_ isSuperseded: @escaping @Sendable () -> Bool) -> Void) {
        job { false }
    }
}
