/// Where the browser's background work runs: on threads in the terminal (`ThreadExecutor`), on the
/// caller's thread in tests (`InlineExecutor`), so that a test sees the answer as soon as the key that
/// asked for it is handled, without waiting. Jobs answer through the `Inbox`, never by return value.
public protocol WorkExecutor: Sendable {
    /// Runs `job` away from the run loop in `lane`. In a lane jobs run one at a time, and one submitted
    /// while another runs replaces any still waiting (typing a query never queues a search per letter).
    /// The job's argument tells it whether a newer job is waiting: its answer would not be wanted.
    func submit(_ lane: WorkLane, _ job: @escaping @Sendable (_ isSuperseded: @escaping @Sendable () -> Bool) -> Void)
}
