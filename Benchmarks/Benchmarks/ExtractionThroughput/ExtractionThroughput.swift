import Benchmark
import Foundation
import WebPages

/// Article extraction speed on the 90 development pages of `../shared/extraction` (real news pages as a
/// browser saved them, 16 MB in all, up to 1.5 MB each): one operation extracts all 90, so pages per
/// second are 90 times the `Throughput (# / s)` row, and the CPU time per page is the `Time (total CPU)`
/// row divided by 90. The pages live beside the repository; without them the benchmark has nothing to
/// measure and says so.
let benchmarks: @Sendable () -> Void = {
    let pages = DevelopmentPages.load()
    guard !pages.isEmpty else {
        print("ExtractionThroughput: ../shared/extraction/html not found next to the repository; nothing to measure")
        return
    }
    let extractor = ArticleExtractor()
    Benchmark.defaultConfiguration = .init(metrics: [.throughput, .wallClock, .cpuTotal, .mallocCountTotal],
                                           maxDuration: .seconds(20), maxIterations: 20)

    Benchmark("Extract the 90 development pages (pages/s = 90 x ops/s)") { benchmark in
        for _ in benchmark.scaledIterations {
            for page in pages { blackHole(try? extractor.extract(page)) }
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
