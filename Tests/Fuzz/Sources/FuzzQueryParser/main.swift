import Foundation
import FuzzDriver
import LibrarySearch

/// The query language (as typed and as submitted), and snippets of a fixed text for the query.
let status = lede_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    let query = SearchQuery(parsing: text)
    _ = SearchQuery(parsing: text, typing: true)
    _ = MatchFinder.snippets(in: "Đại sứ quán Nga tại Hà Nội: “Chiến tranh lạnh đã qua”, ông Lavrov nói. NATO.", for: query)
    return 0
}
exit(status)
