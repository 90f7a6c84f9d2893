import Foundation

/// The command definitions as swift-argument-parser describes them (`--experimental-dump-help`), decoded
/// for the manual page: the parts of its ToolInfo format that the page shows.
struct CommandHelp: Decodable {
    struct Name: Decodable {
        var kind: String
        var name: String

        var flag: String { kind == "short" ? "-\(name)" : "--\(name)" }
    }

    struct Argument: Decodable {
        var kind: String
        var names: [Name]?
        var valueName: String?
        var abstract: String?
        var discussion: String?
        var isOptional: Bool
        var isRepeating: Bool
        var shouldDisplay: Bool
        var defaultValue: String?

        /// `--help` and `--version`, which every command has and the page says once.
        var isStandard: Bool { ["help", "version"].contains(valueName ?? "") }

        /// Whether the manual lists it under its command.
        var isDocumented: Bool { shouldDisplay && !isStandard }

        /// How the argument is written: `--library <dir>`, `-l, --limit <n>`, `<files> ...`.
        var usage: String {
            let value = valueName.map { "<\($0)>" } ?? ""
            switch kind {
            case "positional": return value + (isRepeating ? " ..." : "")
            case "flag": return (names ?? []).map(\.flag).joined(separator: ", ")
            default: return (names ?? []).map(\.flag).joined(separator: ", ") + " " + value
            }
        }
    }

    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var arguments: [Argument]?
    var subcommands: [CommandHelp]?

    private struct Dump: Decodable {
        var command: CommandHelp
    }

    /// The definitions of `lede` itself, as its `--experimental-dump-help` prints them, so the page always
    /// matches the commands.
    static func current() throws -> CommandHelp {
        try JSONDecoder().decode(Dump.self, from: Data(Lede._dumpHelp().utf8)).command
    }
}
