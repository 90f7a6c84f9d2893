import Foundation
import Testing

/// The state file against the worst: writers killed at random moments, and two writers at once.
/// Both run the real `lede` binary in child processes.
@Suite struct StateDurabilityTests {
    let scratch: StateScratch

    init() throws { scratch = try StateScratch() }

    /// Starts `lede` with the arguments, output discarded, and returns the running process.
    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = LedeBinary.url
        process.arguments = arguments + scratch.stateOptions
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "LEDE_LIBRARY")
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func writerKilledAtRandomMomentsLeavesTheOldOrTheNewState() throws {
        let kills = 200
        for index in 0...kills {
            try scratch.write("article-\(index).txt", "Article \(index)\n\nBody of article number \(index).\n")
        }
        // A state file large enough (about a megabyte) that a kill often lands while it is being written.
        let seed = (0..<2000).map { StateScratch.bookmark(path: "seed-\($0).txt", title: "Seed bookmark \($0)") }
        let seedFile = try scratch.exportFile(named: "seed.json", bookmarks: seed)
        #expect(try scratch.lede(["bookmarks", "import", seedFile]).status == 0)

        // One whole run, to learn how long a writer lives on this machine.
        let clock = ContinuousClock()
        let started = clock.now
        let first = try start(["bookmarks", "add", scratch.library + "/article-0.txt"])
        first.waitUntilExit()
        let lifetime = clock.now - started
        #expect(first.terminationStatus == 0)
        var ids = try scratch.bookmarkIDs()
        #expect(ids.count == 2001)

        var keptOld = 0, gotNew = 0
        let window = Int(lifetime.components.seconds * 1_000_000 + lifetime.components.attoseconds / 1_000_000_000_000)
        for index in 1...kills {
            let writer = try start(["bookmarks", "add", scratch.library + "/article-\(index).txt"])
            // Half the kills anywhere in the writer's life, half in its last third, where it saves.
            let span = max(window, 1_000)
            usleep(UInt32(index.isMultiple(of: 2) ? Int.random(in: 0...span * 6 / 5) : Int.random(in: span * 2 / 3...span * 11 / 10)))
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()
            // Whatever the moment, the file parses and holds the old bookmarks, plus at most the new one.
            let now = try scratch.bookmarkIDs()
            #expect(now.isSuperset(of: ids))
            #expect(now.count == ids.count || now.count == ids.count + 1)
            if now.count == ids.count { keptOld += 1 } else { gotNew += 1 }
            ids = now
        }
        print("state kill test: writer lifetime \(lifetime), \(kills) kills: \(keptOld) left the old state, \(gotNew) the new")
        // Both outcomes happened, so kills landed before and after the rename, not all on one side.
        #expect(keptOld > 0)
        #expect(gotNew > 0)

        // The next writer clears what the killed ones left behind.
        #expect(try scratch.lede(["bookmarks", "add", scratch.library + "/article-0.txt", "--note", "after"]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.stateFolder).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func twoProcessesAddingAHundredEachKeepAllTwoHundred() throws {
        for writer in 0..<2 {
            for index in 0..<100 {
                try scratch.write("w\(writer)/\(index).txt", "Writer \(writer) article \(index)\n\nText \(writer)-\(index).\n")
            }
        }
        let failures = Failures()
        let scratch = self.scratch
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            for index in 0..<100 {
                do {
                    let run = try scratch.lede(["bookmarks", "add", scratch.library + "/w\(writer)/\(index).txt"])
                    if run.status != 0 { failures.add("w\(writer)/\(index): \(run.stderr)") }
                } catch {
                    failures.add("w\(writer)/\(index): \(error)")
                }
            }
        }
        #expect(failures.all.isEmpty)
        let ids = try scratch.bookmarkIDs()
        #expect(ids.count == 200)
        let records = try #require(try scratch.stateObject()["bookmarks"] as? [[String: Any]])
        #expect(Set(records.compactMap { $0["path"] as? String }).count == 200)
    }

    @Test func concurrentDeletesAndAddsBothSurvive() throws {
        let seed = (0..<60).map { StateScratch.bookmark(path: "seed-\($0).txt", title: "Seed \($0)") }
        #expect(try scratch.lede(["bookmarks", "import", try scratch.exportFile(named: "seed.json", bookmarks: seed)]).status == 0)
        let seeded = try scratch.bookmarkIDs()
        let doomed = Array(seeded.sorted().prefix(30))
        for index in 0..<30 {
            try scratch.write("new-\(index).txt", "New \(index)\n\nFresh text \(index).\n")
        }
        let failures = Failures()
        let scratch = self.scratch
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for index in 0..<30 {
                let arguments = worker == 0 ? ["bookmarks", "delete", doomed[index]]
                    : ["bookmarks", "add", scratch.library + "/new-\(index).txt"]
                do {
                    let run = try scratch.lede(arguments)
                    if run.status != 0 { failures.add("\(arguments): \(run.stderr)") }
                } catch {
                    failures.add("\(arguments): \(error)")
                }
            }
        }
        #expect(failures.all.isEmpty)
        let ids = try scratch.bookmarkIDs()
        #expect(ids.count == 60)
        #expect(ids.isDisjoint(with: doomed))
        #expect(seeded.subtracting(doomed).isSubset(of: ids))
        let deleted = try #require(try scratch.stateObject()["deleted"] as? [[String: Any]])
        #expect(Set(deleted.compactMap { $0["id"] as? String }) == Set(doomed))
    }
}

/// Failures collected from concurrent workers.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
