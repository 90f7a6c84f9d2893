@testable import BrowserRuntime
import Foundation
import LedeTestSupport
import Testing

/// The search trace the benchmarks read (`LEDE_SEARCH_TRACE`): one JSON line per event, the first frame
/// once with its processor time, an answer drawn once, and nothing at all when no file is named.
@Suite struct SearchTraceTests {
    let scratch: TemporaryFolder

    init() throws {
        scratch = try TemporaryFolder("lede-trace")
    }

    func events(_ path: String) throws -> [[String: Any]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func noFileNamedMeansNoTrace() {
        #expect(SearchTrace.from(environment: [:]) == nil)
        #expect(SearchTrace.from(environment: [SearchTrace.variable: ""]) == nil)
        #expect(SearchTrace.from(environment: [SearchTrace.variable: scratch.path("missing/trace.jsonl")]) == nil)
    }

    @Test func aSearchIsAskedAnsweredAndDrawnOnce() throws {
        let path = scratch.path("trace.jsonl")
        let trace = try #require(SearchTrace.from(environment: [SearchTrace.variable: path]))
        trace.drew()
        trace.asked("giao thông")
        trace.answered("giao thông", started: SearchTrace.now(), found: 3)
        trace.taken("giao thông")
        trace.drew()
        trace.drew()  // a later frame draws no answer it has not taken
        let lines = try events(path)
        #expect(lines.map { $0["event"] as? String } == ["first-frame", "asked", "answered", "drawn"])
        #expect(lines.dropFirst().allSatisfy { $0["query"] as? String == "giao thông" })
        #expect((lines[0]["cpu_us"] as? Int).map { $0 > 0 } == true)
        #expect(lines[2]["found"] as? Int == 3)
        #expect(lines[2]["search_us"] is Int)
        let times = lines.compactMap { $0["us"] as? Int }
        #expect(times.count == 4 && times == times.sorted())
    }
}
