import Foundation

/// A record of the browser's searches for benchmarks: when `LEDE_SEARCH_TRACE` names a file, each search
/// asked for, answered and drawn is appended to it as a JSON line, with a monotonic clock in
/// microseconds: `{"us":…,"event":"asked"|"answered"|"drawn","query":…}` (`answered` also gives the
/// search's own time in microseconds and the articles found), and once `"first-frame"` with `cpu_us`,
/// the processor time used until the first frame. What the benchmark reads from it: how long
/// a query's search took, and how long after the last keystroke's answer its results were drawn.
final class SearchTrace: @unchecked Sendable {
    static let variable = "LEDE_SEARCH_TRACE"

    private let lock = NSLock()
    private let handle: FileHandle
    /// The query whose answer was taken and is not drawn yet.
    private var undrawn: String?
    private var firstFrameDrawn = false

    /// The trace the environment asks for; nil (no tracing) when it asks for none or the file cannot be opened.
    static func from(environment: [String: String]) -> SearchTrace? {
        guard let path = environment[variable], !path.isEmpty,
              FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { return nil }
        return SearchTrace(handle: handle)
    }

    private init(handle: FileHandle) { self.handle = handle }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds / 1000 }

    func asked(_ query: String) { write(Record(event: "asked", query: query)) }

    /// From the worker: the search of `query` began at `started` (`now()`) and found `found` articles.
    func answered(_ query: String, started: UInt64, found: Int) {
        write(Record(event: "answered", query: query, searchMicroseconds: Int(Self.now() - started), found: found))
    }

    /// The answer to `query` reached the run loop: the next frame drawn shows it.
    func taken(_ query: String) { lock.withLock { undrawn = query } }

    /// A frame was drawn; records it when it is the first with the last answer taken. The first frame
    /// of all is recorded too, with the processor time the process had used by then (all its threads):
    /// on a busy machine the wall time to the first frame says more about the machine than about lede.
    func drew() {
        if lock.withLock({ () -> Bool in defer { firstFrameDrawn = true }; return !firstFrameDrawn }) {
            var usage = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &usage)
            write(Record(event: "first-frame", query: "",
                         cpuMicroseconds: Int(usage.tv_sec) * 1_000_000 + Int(usage.tv_nsec) / 1000))
        }
        guard let query = lock.withLock({ () -> String? in defer { undrawn = nil }; return undrawn }) else { return }
        write(Record(event: "drawn", query: query))
    }

    private struct Record: Encodable {
        var us = Int(SearchTrace.now())
        var event: String
        var query: String
        var searchMicroseconds: Int?
        var found: Int?
        var cpuMicroseconds: Int?

        enum CodingKeys: String, CodingKey {
            case us, event, query, found
            case searchMicroseconds = "search_us"
            case cpuMicroseconds = "cpu_us"
        }
    }

    private func write(_ record: Record) {
        guard var line = try? JSONEncoder().encode(record) else { return }
        line.append(0x0A)
        lock.withLock { handle.write(line) }
    }
}
