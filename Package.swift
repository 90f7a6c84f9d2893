// swift-tools-version: 6.1
import PackageDescription

// Layers point down only: the executable holds the commands; BrowserRuntime runs the browser (effects,
// background work, one inbox); BrowserUI renders into memory;
// only CursesTerminal talks to ncurses; ArticleModel knows nothing but values.
let package = Package(
    name: "lede",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lede", targets: ["lede"]),
        // For the Benchmarks/ package, which can only depend on products.
        .library(name: "BrowserUI", targets: ["BrowserUI"]),
        .library(name: "TerminalCanvas", targets: ["TerminalCanvas"]),
        .library(name: "ArticleModel", targets: ["ArticleModel"]),
        .library(name: "TextKit", targets: ["TextKit"]),
        .library(name: "XDGFolders", targets: ["XDGFolders"]),
        .library(name: "TextAnalysis", targets: ["TextAnalysis"]),
        .library(name: "ArticleStore", targets: ["ArticleStore"]),
        .library(name: "LibraryIndex", targets: ["LibraryIndex"]),
        .library(name: "LibrarySearch", targets: ["LibrarySearch"]),
        .library(name: "CorpusGenerator", targets: ["CorpusGenerator"]),
        .library(name: "Feeds", targets: ["Feeds"]),
        .library(name: "WebPages", targets: ["WebPages"]),
        // For the Tests/Fuzz package.
        .library(name: "Themes", targets: ["Themes"]),
        .library(name: "RegularFiles", targets: ["RegularFiles"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .target(name: "TextKit"),
        .target(name: "XDGFolders"),
        .target(name: "ArticleModel"),
        .target(name: "RegularFiles"),
        .target(
            name: "TextAnalysis",
            dependencies: ["ArticleModel", "TextKit"],
            exclude: ["Gazetteers", "Models"],
            plugins: ["EmbedFiles"]
        ),
        .target(
            name: "ArticleStore",
            dependencies: ["ArticleModel", "RegularFiles", "TextKit", "Charsets", "XDGFolders", .product(name: "Yams", package: "Yams")],
            exclude: ["SampleLibrary"],
            plugins: ["EmbedFiles"]
        ),
        .target(name: "LibraryIndex", dependencies: ["ArticleModel", "ArticleStore", "CMalloc", "TextAnalysis", "TextKit", "XDGFolders"]),
        .systemLibrary(name: "CMalloc"),
        .target(name: "LibrarySearch", dependencies: ["LibraryIndex", "TextKit", "ArticleModel"]),
        .target(name: "ReadingState", dependencies: ["ArticleModel", "RegularFiles", "XDGFolders"]),
        .target(name: "TerminalCanvas"),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "HTMLText", dependencies: ["CLibXML2"]),
        .target(name: "Charsets"),
        .target(name: "Feeds", dependencies: ["CLibXML2", "HTMLText", "Charsets", "TextKit"]),
        // The only target (with what must use it) that links async-http-client and SwiftNIO.
        .target(
            name: "HTTPFetch",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(name: "FeedStore", dependencies: ["ReadingState"]),
        // Fetch, parse and store: what `lede fetch` and the browser's `r` run.
        .target(name: "FeedUpdate", dependencies: ["Feeds", "FeedStore", "HTTPFetch", "ReadingState", "WebPages"]),
        // Sync with a feed server through the Google Reader API: what `lede sync` and the browser's `r` run.
        .target(name: "FeedSync", dependencies: ["FeedStore", "HTTPFetch", "ReadingState", "ArticleStore", "ArticleModel", "HTMLText"]),
        .target(name: "WebPages", dependencies: ["HTMLText", "Charsets"]),
        .target(name: "Themes", dependencies: ["TerminalCanvas", "RegularFiles", .product(name: "TOMLKit", package: "TOMLKit")]),
        .target(
            name: "BrowserUI",
            dependencies: ["ArticleModel", "TerminalCanvas", "TextKit"]
        ),
        .target(
            name: "BrowserRuntime",
            dependencies: [
                "ArticleModel", "ArticleStore", "LibraryIndex", "LibrarySearch", "ReadingState", "TerminalCanvas",
                "TextAnalysis", "TextKit", "Themes", "BrowserUI", "FeedStore", "FeedUpdate", "FeedSync", "HTTPFetch",
                "RegularFiles",
            ]
        ),
        .systemLibrary(name: "CNcursesw"),
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "TerminalCanvas"]),
        .executableTarget(
            name: "lede",
            dependencies: [
                "ArticleModel", "TextAnalysis", "ArticleStore", "LibraryIndex", "LibrarySearch", "ReadingState",
                "TerminalCanvas", "Themes", "BrowserUI", "BrowserRuntime", "CursesTerminal", "WebPages", "XDGFolders",
                "Feeds", "FeedStore", "FeedUpdate", "FeedSync", "HTTPFetch", "RegularFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            plugins: ["EmbedFiles"]
        ),
        // Builds data files (gazetteers, the sample library, the git commit) into the binary, so that an
        // installed lede is one self-contained file.
        .executableTarget(name: "embed-files"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["embed-files"], path: "Sources/EmbedFilesPlugin"),
        .target(name: "CorpusGenerator"),
        .executableTarget(
            name: "lede-corpus",
            dependencies: ["CorpusGenerator", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "LedeTestSupport", dependencies: ["TerminalCanvas", "BrowserUI"], path: "Tests/LedeTestSupport"),
        .testTarget(name: "ArticleModelTests", dependencies: ["ArticleModel"]),
        .testTarget(name: "HTMLTextTests", dependencies: ["HTMLText"]),
        .testTarget(name: "CharsetsTests", dependencies: ["Charsets"]),
        .testTarget(name: "WebPagesTests", dependencies: ["WebPages", "HTMLText"], exclude: ["Fixtures"]),
        .testTarget(
            name: "FeedsTests",
            dependencies: ["Feeds", "HTMLText", "ArticleStore", "ArticleModel", "TextAnalysis", "CorpusGenerator"]
        ),
        .testTarget(name: "HTTPFetchTests", dependencies: ["HTTPFetch", "LoopbackServer"]),
        .testTarget(name: "FeedStoreTests", dependencies: ["FeedStore", "ArticleStore", "ReadingState", "LedeTestSupport"]),
        .testTarget(
            name: "FeedSyncTests",
            dependencies: ["FeedSync", "FeedStore", "FeedUpdate", "HTTPFetch", "ReadingState", "ArticleStore", "ArticleModel",
                           "FeedServers", "LedeTestSupport"]
        ),
        // A real FreshRSS and a folder of feeds on 127.0.0.1, each its own process, for the sync tests.
        .target(name: "FeedServers", path: "Tests/FeedServers"),
        .testTarget(name: "FeedUpdateTests", dependencies: ["FeedUpdate", "FeedStore", "LoopbackServer", "ArticleStore", "LedeTestSupport"]),
        // A loopback HTTP server for the tests that fetch, on SwiftNIO's own thread (see LoopbackServer.swift).
        .target(
            name: "LoopbackServer",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            path: "Tests/LoopbackServer"
        ),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis", "ArticleModel", "TextKit"]),
        .testTarget(name: "TextKitTests", dependencies: ["TextKit"]),
        .testTarget(name: "XDGFoldersTests", dependencies: ["XDGFolders", "LedeTestSupport"]),
        .testTarget(name: "ArticleStoreTests", dependencies: ["ArticleStore", "ArticleModel", "LedeTestSupport"]),
        .testTarget(name: "TerminalCanvasTests", dependencies: ["TerminalCanvas", "LedeTestSupport"]),
        .testTarget(
            name: "BrowserUITests",
            dependencies: ["BrowserUI", "TerminalCanvas", "ArticleModel", "ArticleStore", "LedeTestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "ReadingStateTests", dependencies: ["ReadingState", "ArticleModel", "LedeTestSupport"]),
        .testTarget(
            name: "LedeCLITests",
            dependencies: ["lede", "BrowserUI", "LedeTestSupport", "LoopbackServer", "FeedServers"]
        ),
        .testTarget(
            name: "BrowserRuntimeTests",
            dependencies: [
                "BrowserRuntime", "BrowserUI", "ArticleModel", "ArticleStore", "LibraryIndex", "ReadingState",
                "TerminalCanvas", "Themes", "LedeTestSupport",
            ]
        ),
        .testTarget(name: "LibraryIndexTests", dependencies: ["LibraryIndex", "ArticleStore", "ArticleModel", "TextKit", "LedeTestSupport"]),
        .testTarget(name: "LibrarySearchTests", dependencies: ["LibrarySearch", "LibraryIndex", "ArticleStore", "LedeTestSupport"]),
        .testTarget(
            name: "ThemesTests",
            dependencies: ["Themes", "TerminalCanvas", "LedeTestSupport", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .testTarget(name: "CorpusGeneratorTests", dependencies: ["CorpusGenerator", "ArticleStore", "LedeTestSupport"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "TerminalCanvas"]),
        .testTarget(name: "RegularFilesTests", dependencies: ["RegularFiles"]),
        // Drives the built `lede` in tmux; depends on no target so that it tests the real executable.
        // The tmux tests run the binary; FeedServers only lends them its port helpers.
        .testTarget(name: "EndToEndTests", dependencies: ["FeedServers"]),
    ],
    swiftLanguageModes: [.v6]
)
