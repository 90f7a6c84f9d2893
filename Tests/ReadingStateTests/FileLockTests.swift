import Foundation
@testable import ReadingState
import Testing

@Suite struct FileLockTests {
    @Test func aLockHeldTooLongFailsInsteadOfHanging() throws {
        let scratch = try Scratch()
        let path = scratch.root + "/held.lock"
        var inner: Result<Int, StateFailure>?
        try FileLock.withExclusiveLock(path) { () throws(StateFailure) in
            // A second descriptor on the same file, as another process would open it.
            inner = Result { () throws(StateFailure) in
                try FileLock.withExclusiveLock(path, timeout: .milliseconds(100)) { () throws(StateFailure) in 1 }
            }
        }
        guard case .failure(let failure) = inner else {
            Issue.record("the inner lock must not be granted while the outer one is held")
            return
        }
        #expect(failure.message.contains("another lede process has held the lock"))
        // Released: the next taker gets it at once.
        #expect(try FileLock.withExclusiveLock(path, timeout: .milliseconds(100)) { () throws(StateFailure) in 2 } == 2)
    }
}
