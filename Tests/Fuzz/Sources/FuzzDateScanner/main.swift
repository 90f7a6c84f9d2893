import ArticleStore
import Foundation
import FuzzDriver

/// The date scanner over article text, and the front-matter date parser.
let status = lede_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    _ = DateFinder.firstDate(in: text)
    _ = DateFinder.parseDate(text)
    return 0
}
exit(status)
