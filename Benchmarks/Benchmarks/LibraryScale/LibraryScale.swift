import ArticleModel
import ArticleStore
import Benchmark
import BrowserUI
import CorpusGenerator
import Foundation
import LibraryIndex
import LibrarySearch
import TerminalCanvas

/// Issues 8 and 17: lede at 10,000 and 100,000 articles, of real news text when `LEDE_BENCH_CORPORA`
/// names the folder `run-all.sh` makes them in (`real-10000`, `real-100000`), else generated. Targets of
/// issue 17 (real text, release, 2 cores): cold indexing at least 3,000 articles per CPU second and at
/// most 300 MB; a key press to the next frame at most 5 ms; a query's search at most 20 ms.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident], timeUnits: .milliseconds,
        warmupIterations: 1, maxDuration: .seconds(60), maxIterations: 20)

    for count in [10_000, 100_000] {
        // Reads, analyses and saves every article of a fresh library, as `lede index` does on first use.
        Benchmark("cold indexing \(count)",
                  configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .throughput],
                                       timeUnits: .milliseconds, warmupIterations: 0,
                                       maxDuration: .seconds(120), maxIterations: count > 10_000 ? 1 : 5)) { benchmark in
            let corpus = ScaleFixture.corpus(count)
            let store = IndexStore(path: ScaleFixture.folder + "/cold-\(count).idx")
            benchmark.startMeasurement()
            let (index, _) = try Indexer.update(nil, root: corpus)
            try store.save(index)
            benchmark.stopMeasurement()
            precondition(index.count == count, "indexed \(index.count) of \(count)")
        }
    }

    // From the saved index to the first frame drawn into a grid: what the reader waits for at start.
    Benchmark("warm start to first frame 100000") { benchmark in
        let store = ScaleFixture.savedIndex(100_000)
        benchmark.startMeasurement()
        guard case .loaded(let index) = store.load() else { fatalError("no saved index at \(store.path)") }
        var state = AppState(articles: index.summaries(), size: ScaleFixture.size)
        _ = reduce(&state, .resize(ScaleFixture.size))
        var grid = Grid(width: ScaleFixture.size.width, height: ScaleFixture.size.height)
        Screen.render(state, theme: .defaultDark, into: &grid)
        benchmark.stopMeasurement()
        blackHole(grid)
    }

    Benchmark("index load 100000") { benchmark in
        let store = ScaleFixture.savedIndex(100_000)
        benchmark.startMeasurement()
        guard case .loaded(let index) = store.load() else { fatalError("no saved index at \(store.path)") }
        benchmark.stopMeasurement()
        blackHole(index)
    }

    // A key press in the list of 100,000 (down, and to the end) through the reducer to a drawn frame.
    Benchmark("key press to next frame 100000",
              configuration: .init(metrics: [.wallClock, .cpuTotal], timeUnits: .microseconds,
                                   scalingFactor: .kilo, maxDuration: .seconds(10))) { benchmark in
        var state = ScaleFixture.browsing
        var grid = Grid(width: ScaleFixture.size.width, height: ScaleFixture.size.height)
        benchmark.startMeasurement()
        for step in benchmark.scaledIterations {
            let key: KeyEvent = step % 500 == 499 ? .character("g") : .character("j")
            blackHole(reduce(&state, .key(key)))
            Screen.render(state, theme: .defaultDark, into: &grid)
            blackHole(grid)
        }
    }

    // Search at 100,000: words (folded, no diacritics typed), a phrase (from the word sequences), a field.
    // Typing: the first letter of a word is a prefix of dozens of words, found in most articles.
    for (query, typing) in ScaleFixture.queries {
        Benchmark("search 100000 \(query)\(typing ? " (typing)" : "")",
                  configuration: .init(metrics: [.wallClock, .cpuTotal], timeUnits: .milliseconds,
                                       maxDuration: .seconds(20), maxIterations: 50)) { benchmark in
            let engine = ScaleFixture.engine
            let parsed = SearchQuery(parsing: query, typing: typing)
            benchmark.startMeasurement()
            let results = engine.search(parsed)
            benchmark.stopMeasurement()
            precondition(!results.isEmpty, "no results for \(query)")
            blackHole(results)
        }
    }
}

/// Generated libraries and their saved indexes, kept between runs in the temporary folder so that
/// only the first run pays for writing 100,000 files.
enum ScaleFixture {
    static let size = Size(width: 200, height: 60)
    static let folder: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lede-benchmarks").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// The real-text corpora made by `run-all.sh`, if asked for.
    static let realCorpora = ProcessInfo.processInfo.environment["LEDE_BENCH_CORPORA"]

    /// What is searched: words (one common, one a name), a phrase, a field, a letter being typed.
    static let queries: [(String, Bool)] = realCorpora != nil
        ? [("khong", false), ("Blair", false), ("giao thong", false), ("\"Hà Nội\"", false), ("entity:Blair", false),
           ("g", true)]
        : [("giao thong", false), ("\"giao thông công cộng\"", false), ("source:\"tin pho\"", false), ("g", true)]

    /// The library of `count` articles: real text when `LEDE_BENCH_CORPORA` is set, else generated
    /// (seed 1) and written on first use.
    static func corpus(_ count: Int) -> String {
        if let realCorpora {
            let path = realCorpora + "/real-\(count)/lib"
            precondition(FileManager.default.fileExists(atPath: path), "no corpus at \(path): run Benchmarks/run-all.sh")
            return path
        }
        let path = folder + "/corpus-\(count)"
        let done = path + ".complete"
        if !FileManager.default.fileExists(atPath: done) {
            try? FileManager.default.removeItem(atPath: path)
            do {
                try CorpusGenerator(seed: 1).write(count: count, to: path)
                try Data().write(to: URL(fileURLWithPath: done))
            } catch {
                fatalError("cannot write the corpus at \(path): \(error)")
            }
        }
        return path
    }

    /// The saved index of the `count` library, built on first use.
    static func savedIndex(_ count: Int) -> IndexStore {
        let store = IndexStore(path: folder + (realCorpora != nil ? "/warm-real-" : "/warm-") + "\(count).idx")
        if case .loaded(let index) = store.load(), index.count == count { return store }
        do {
            let (index, _) = try Indexer.update(nil, root: corpus(count))
            try store.save(index)
        } catch {
            fatalError("cannot index \(count) articles: \(error)")
        }
        return store
    }

    static let index: LibraryIndex = {
        guard case .loaded(let index) = savedIndex(100_000).load() else { fatalError("no saved index") }
        return index
    }()

    static let engine = SearchEngine(index: index)

    /// The browser at 200x60 on the list of 100,000.
    static let browsing: AppState = {
        var state = AppState(articles: index.summaries(), size: size)
        _ = reduce(&state, .resize(size))
        return state
    }()
}
