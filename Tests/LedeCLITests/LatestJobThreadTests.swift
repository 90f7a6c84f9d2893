import Foundation
import Testing
@testable import lede

/// The background lane of the library search: the latest waiting job replaces the others.
@Suite struct LatestJobThreadTests {
    /// What the jobs did, from their thread.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String] = []
        func add(_ entry: String) { lock.withLock { entries.append(entry) } }
        var all: [String] { lock.withLock { entries } }
    }

    @Test func aJobSubmittedWhileOneRunsReplacesTheOnesWaiting() throws {
        let lane = LatestJobThread()
        let log = Log()
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        lane.submit {
            started.signal()
            release.wait()
            log.add("first")
        }
        started.wait()
        #expect(!lane.isSuperseded)
        lane.submit { log.add("second") }
        lane.submit { log.add("third") }
        #expect(lane.isSuperseded)  // the running job can tell it is no longer wanted
        release.signal()
        let deadline = Date().addingTimeInterval(10)
        while log.all.count < 2, Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        Thread.sleep(forTimeInterval: 0.05)
        #expect(log.all == ["first", "third"])
        #expect(!lane.isSuperseded)
        // The thread ended with nothing to do; a new job starts another.
        lane.submit { log.add("fourth") }
        while log.all.count < 3, Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        #expect(log.all == ["first", "third", "fourth"])
    }
}
