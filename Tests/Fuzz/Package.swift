// swift-tools-version: 6.0
import PackageDescription

/// A libFuzzer target in Sources/NAME: a main.swift handing one closure to `lede_fuzz_run`, on lede's
/// products. Adding a parser to fuzz is a folder with that file and one line below (see README.md here).
func fuzzer(_ name: String, using products: [String], packages: [Target.Dependency] = []) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzDriver"] + products.map { .product(name: $0, package: "lede") } + packages)
}

// Not part of lede's `swift test`: built and run only by run-fuzzers.sh, with -sanitize=fuzzer.
let package = Package(
    name: "lede-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "lede", path: "../.."),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "FuzzDriver"),
        fuzzer("FuzzTextReader", using: ["ArticleStore", "ArticleModel"]),
        fuzzer("FuzzMarkdownReader", using: ["ArticleStore", "ArticleModel"]),
        fuzzer("FuzzDateScanner", using: ["ArticleStore"]),
        fuzzer("FuzzQueryParser", using: ["LibrarySearch"]),
        fuzzer("FuzzTheme", using: ["Themes"]),
        fuzzer("FuzzConfig", using: ["RegularFiles", "Themes"], packages: [.product(name: "TOMLKit", package: "TOMLKit")]),
    ],
    swiftLanguageModes: [.v6]
)
