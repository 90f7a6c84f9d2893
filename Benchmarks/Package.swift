// swift-tools-version: 6.1
import PackageDescription

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
        .executableTarget(
            name: "AnalysisThroughput",
            dependencies: [
                .product(name: "TextAnalysis", package: "lede"),
                .product(name: "ArticleModel", package: "lede"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/AnalysisThroughput",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "package-benchmark"),
            ]
        ),
        .executableTarget(
            name: "RenderFrame",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "BrowserUI", package: "lede"),
                .product(name: "TerminalCanvas", package: "lede"),
                .product(name: "ArticleModel", package: "lede"),
            ],
            path: "Benchmarks/RenderFrame",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "package-benchmark"),
            ]
        ),
        .executableTarget(
            name: "LibraryScale",
            dependencies: [
                .product(name: "ArticleModel", package: "lede"),
                .product(name: "ArticleStore", package: "lede"),
                .product(name: "LibraryIndex", package: "lede"),
                .product(name: "LibrarySearch", package: "lede"),
                .product(name: "CorpusGenerator", package: "lede"),
                .product(name: "BrowserUI", package: "lede"),
                .product(name: "TerminalCanvas", package: "lede"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/LibraryScale",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "package-benchmark"),
            ]
        ),
    ]
)
