import Benchmark
import Foundation
import WebPages

/// Article extraction speed on the 90 development pages of `../shared/extraction` (real news pages as a
/// browser saved them, up to 1.5 MB each): one operation extracts one page, cycling through them, so the
/// `Throughput (# / s)` row reads as pages per second. The pages live beside the repository; without them
/// the benchmark has nothing to measure and says so.
let benchmarks: @Sendable () -> Void = {
    let pages = DevelopmentPages.load()
    guard !pages.isEmpty else {
        print("ExtractionThroughput: ../shared/extraction/html not found next to the repository; nothing to measure")
        return
    }
    let extractor = ArticleExtractor()
    Benchmark.defaultConfiguration = .init(metrics: [.throughput, .wallClock, .cpuTotal, .mallocCountTotal],
                                           maxDuration: .seconds(10), maxIterations: 2000)

    Benchmark("Extract one development page (ops/s = pages/s)") { benchmark in
        for iteration in benchmark.scaledIterations {
            blackHole(try? extractor.extract(pages[iteration % pages.count]))
        }
    }
}

enum DevelopmentPages {
    static func load() -> [WebPage] {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("../shared/extraction/html").standardizedFileURL
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".html") }.sorted().compactMap { name in
            FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { WebPage(bytes: Array($0)) }
        }
    }
}
