// swift-tools-version: 6.0
import PackageDescription

// Layers point down only: the executable wires everything; BrowserUI renders into memory;
// only CursesTerminal talks to ncurses; ArticleModel knows nothing but values.
let package = Package(
    name: "lede",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lede", targets: ["lede"]),
        // For the Benchmarks/ package, which measures the analysis from outside.
        .library(name: "TextAnalysis", targets: ["TextAnalysis", "ArticleModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "ArticleModel"),
        .target(
            name: "TextAnalysis",
            dependencies: ["ArticleModel"],
            resources: [.copy("Gazetteers")]
        ),
        .target(
            name: "ArticleStore",
            dependencies: ["ArticleModel", "TextAnalysis", .product(name: "Yams", package: "Yams")],
            resources: [.copy("SampleLibrary")]
        ),
        .target(name: "TerminalCanvas"),
        .target(
            name: "BrowserUI",
            dependencies: ["ArticleModel", "TerminalCanvas", "TextAnalysis",
                           .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .systemLibrary(name: "CNcursesw"),
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "TerminalCanvas"]),
        .executableTarget(
            name: "lede",
            dependencies: [
                "ArticleModel", "TextAnalysis", "ArticleStore", "TerminalCanvas", "BrowserUI", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "LedeTestSupport", dependencies: ["TerminalCanvas"], path: "Tests/LedeTestSupport"),
        .testTarget(name: "ArticleModelTests", dependencies: ["ArticleModel"]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis", "ArticleModel"]),
        .testTarget(name: "ArticleStoreTests", dependencies: ["ArticleStore", "ArticleModel"]),
        .testTarget(name: "TerminalCanvasTests", dependencies: ["TerminalCanvas", "LedeTestSupport"]),
        .testTarget(name: "BrowserUITests", dependencies: ["BrowserUI", "TerminalCanvas", "ArticleModel", "LedeTestSupport"]),
        .testTarget(name: "LedeCLITests", dependencies: ["lede"]),
    ],
    swiftLanguageModes: [.v6]
)
