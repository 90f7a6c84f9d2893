import ArgumentParser

/// `lede feeds`: the feed commands. Each subcommand lives in its own file.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Work with RSS, Atom and JSON feeds.",
        subcommands: [FeedsAddCommand.self, FeedsRemoveCommand.self, FeedsListCommand.self,
                      FeedsImportCommand.self, FeedsExportCommand.self]
    )
}
