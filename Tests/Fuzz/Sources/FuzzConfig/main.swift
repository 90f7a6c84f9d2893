import Foundation
import FuzzDriver

/// config.toml: lede's own `Config.parse` (Config.swift is linked here from Sources/lede: an
/// executable's code cannot be a dependency).
let status = lede_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = UnsafeBufferPointer(start: data, count: size)
    _ = Config.parse(String(decoding: bytes, as: UTF8.self), file: "config.toml")
    return 0
}
exit(status)
