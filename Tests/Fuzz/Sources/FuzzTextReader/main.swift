import ArticleModel
import ArticleStore
import Foundation
import FuzzDriver

/// Plain-text articles, decoded, split into blocks and dated, as the library reads them.
let status = lede_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = UnsafeBufferPointer(start: data, count: size)
    _ = try? ArticleLoader.parse(Data(bytes), path: "fuzz.txt", relativePath: "fuzz.txt", modified: Date(timeIntervalSince1970: 0))
    return 0
}
exit(status)
