import Foundation

/// Values posted by one thread and taken by another, in order.
final class Mailbox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value] = []

    func post(_ value: Value) {
        lock.withLock { values.append(value) }
    }

    func drain() -> [Value] {
        lock.withLock {
            defer { values = [] }
            return values
        }
    }
}
