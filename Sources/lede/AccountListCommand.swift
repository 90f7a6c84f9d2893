import ArgumentParser
import FeedSync
import Foundation
import TerminalCanvas

/// `lede account list`: every library's account (never a token).
struct AccountListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts of every library.")

    @Flag(help: "One JSON object per account per line: account, url, user, library, password_command.") var json = false
    @OptionGroup var options: SyncOptions

    func run() throws {
        var records: [AccountRecord] = []
        for file in AccountFile.all(in: options.stateFolder) {
            do {
                if let account = try file.load() { records.append(AccountRecord(account)) }
            } catch {
                Output.error(error.words)
            }
        }
        if json {
            try Output.jsonLines(records)
        } else if records.isEmpty {
            Output.line("No accounts; add one with `lede account add URL --user USER --password-stdin`.")
        } else {
            Output.lines(records.map { "\($0.account)  \($0.url)  \($0.library)" })
        }
    }
}

/// One line of `lede account list --json`.
struct AccountRecord: Encodable {
    var account: String
    var url: String
    var user: String
    var library: String
    var passwordCommand: String?

    init(_ account: SyncAccount) {
        self.account = TextSanitizer.sanitize(account.name)
        url = TextSanitizer.sanitize(account.url)
        user = TextSanitizer.sanitize(account.user)
        library = TextSanitizer.sanitize(account.library)
        passwordCommand = account.passwordCommand.map(TextSanitizer.sanitize)
    }

    enum CodingKeys: String, CodingKey {
        case account, url, user, library
        case passwordCommand = "password_command"
    }
}
