import Foundation
import Testing
import BrowserRuntime

/// The background lanes of the browser: in a lane the latest waiting job replaces the others.
@Suite struct ThreadExecutorTests {
    /// What the jobs did, from their threads.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String] = []
        func add(_ entry: String) { lock.withLock { entries.append(entry) } }
        var all: [String] { lock.withLock { entries } }
    }

    @Test func aJobSubmittedWhileOneRunsReplacesTheOnesWaiting() {
        let executor = ThreadExecutor()
        let log = Log()
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let superseded = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        executor.submit(.search) { isSuperseded in
            started.signal()
            release.wait()
            log.add(isSuperseded() ? "first, superseded" : "first")
            superseded.signal()
        }
        started.wait()
        executor.submit(.search) { _ in log.add("second") }
        executor.submit(.search) { isSuperseded in
            log.add(isSuperseded() ? "third, superseded" : "third")
            done.signal()
        }
        release.signal()
        superseded.wait()
        done.wait()
        // The running job could tell it was no longer wanted; the second never ran.
        #expect(log.all == ["first, superseded", "third"])
        // Another lane runs beside it; the same lane takes new jobs after it went idle.
        executor.submit(.counting) { _ in
            log.add("count")
            done.signal()
        }
        done.wait()
        executor.submit(.search) { _ in
            log.add("fourth")
            done.signal()
        }
        done.wait()
        #expect(log.all == ["first, superseded", "third", "count", "fourth"])
    }

    @Test func theInlineExecutorRunsAtOnceAndNeverSupersedes() {
        let log = Log()
        InlineExecutor().submit(.search) { isSuperseded in log.add(isSuperseded() ? "superseded" : "ran") }
        #expect(log.all == ["ran"])
    }
}
