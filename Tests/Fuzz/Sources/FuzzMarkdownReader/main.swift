import ArticleModel
import ArticleStore
import Foundation
import FuzzDriver

/// Markdown articles with YAML front matter (Yams), decoded and dated.
let status = lede_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = UnsafeBufferPointer(start: data, count: size)
    _ = try? ArticleLoader.parse(Data(bytes), path: "fuzz.md", relativePath: "fuzz.md", modified: Date(timeIntervalSince1970: 0))
    return 0
}
exit(status)
