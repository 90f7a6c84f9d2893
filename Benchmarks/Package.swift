// swift-tools-version: 6.1
import PackageDescription

/// A benchmark executable in Benchmarks/NAME, on the given products of lede and on package-benchmark.
func benchmark(_ name: String, using products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: products.map { .product(name: $0, package: "lede") }
            + [.product(name: "Benchmark", package: "package-benchmark")],
        path: "Benchmarks/\(name)",
        plugins: [
            .plugin(name: "BenchmarkPlugin", package: "package-benchmark"),
        ]
    )
}

// Benchmarks live in their own package so that `swift build` / `swift test` of lede never build
// package-benchmark. Run from this folder: `swift package --disable-sandbox benchmark`.
let package = Package(
    name: "lede-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "lede", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        benchmark("AnalysisThroughput", using: ["TextAnalysis", "ArticleModel", "ArticleStore"]),
        benchmark("RenderFrame", using: ["BrowserUI", "TerminalCanvas", "ArticleModel"]),
        benchmark("LibraryScale", using: ["ArticleModel", "ArticleStore", "LibraryIndex", "LibrarySearch",
                                          "CorpusGenerator", "BrowserUI", "TerminalCanvas"]),
        benchmark("ExtractionThroughput", using: ["WebPages"]),
    ]
)
