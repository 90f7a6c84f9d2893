import ArgumentParser
import FeedSync
import Foundation

/// `lede account add URL --user USER`: log in to a feed server and keep its token for the library.
struct AccountAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Log in to a feed server's Google Reader API and keep its token for the library.",
        discussion: """
            URL is the API root, such as https://rss.example.net/api/greader.php (FreshRSS) or \
            https://miniflux.example.net (Miniflux). The password is never stored: only the server's token, in \
            the state folder, readable by you alone. Exit codes: 0 logged in, 1 the server refused or could not \
            be reached, 2 a usage error.
            """
    )

    @Argument(help: "The API root.") var url: String
    @Option(help: "The user name on the server.") var user: String
    @Flag(name: .customLong("password-stdin"), help: "Read the password (its first line) from standard input.")
    var passwordStdin = false
    @Option(name: .customLong("password-command"),
            help: "A command that prints the password (run without a shell), also run when the token expires.")
    var passwordCommand: String?
    @Option(help: "Seconds to wait for the server.") var timeout = 30
    @OptionGroup var options: SyncOptions

    func validate() throws {
        guard let scheme = URL(string: url)?.scheme?.lowercased(), ["http", "https"].contains(scheme) else {
            throw ValidationError("\(url): not an http or https URL")
        }
        guard passwordStdin != (passwordCommand != nil) else {
            throw ValidationError("give the password with either --password-stdin or --password-command CMD")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be at least 1 (second)") }
    }

    func run() throws {
        let root = try options.root()
        var account = SyncAccount(url: url, user: user, passwordCommand: passwordCommand, library: root)
        let password: String
        do throws(SyncError) {
            if let passwordCommand { password = try PasswordCommand.run(passwordCommand) } else { password = try Self.readPassword() }
        } catch {
            throw FileFailure("\(account.name): \(error.words)")
        }
        let (fetcher, user, url) = (SyncOptions.fetcher(timeout: timeout), user, url)
        let result = Blocking.run { () async -> Result<String, SyncError> in
            let outcome = await SyncLogin.token(url: url, user: user, password: password, fetcher: fetcher)
            await fetcher.shutdown()
            return outcome
        }
        switch result {
        case .success(let token): account.token = token
        case .failure(let error): throw FileFailure("\(account.name): \(error.words)")
        }
        let file = options.accountFile(root)
        do {
            try file.save(account)
        } catch {
            throw FileFailure(error.words)
        }
        Output.line("Logged in as \(account.name) for the library \(root); `lede sync` syncs it.")
    }

    /// The first line of standard input.
    static func readPassword() throws(SyncError) -> String {
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw .passwordCommand("no password on standard input")
        }
        return line
    }
}
