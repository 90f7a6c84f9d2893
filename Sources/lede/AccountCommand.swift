import ArgumentParser

/// `lede account`: the library's account on a feed server. Each subcommand lives in its own file.
struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: "The library's account on a feed server (Google Reader API: FreshRSS, Miniflux, Inoreader...).",
        subcommands: [AccountAddCommand.self, AccountListCommand.self, AccountRemoveCommand.self]
    )
}
