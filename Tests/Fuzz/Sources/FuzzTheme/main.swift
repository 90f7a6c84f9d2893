import Foundation
import FuzzDriver
import Themes

/// Theme files: TOML (TOMLKit), roles, colours and modifiers, with error lines.
let status = lede_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let roles = ["list.item", "quote", "status", "entity.person", "article.body"]
    _ = ThemeParser.parse(String(decoding: bytes, as: UTF8.self), file: "fuzz.toml", defaultName: "fuzz", validRoles: roles)
    return 0
}
exit(status)
