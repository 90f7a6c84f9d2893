import ArgumentParser
import FeedSync

/// `lede account remove`: forget the library's account, its token and its sync state.
struct AccountRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Forget the library's account and its token (articles and subscriptions stay).")

    @OptionGroup var options: SyncOptions

    func run() throws {
        let root = try options.root()
        let file = options.accountFile(root)
        let account = (try? file.load()) ?? nil
        guard AccountFile.remove(libraryRoot: root, stateFolder: options.stateFolder) else {
            throw ValidationError("the library \(root) has no account; see `lede account list`")
        }
        Output.line("Removed the account \(account?.name ?? "") of \(root); its articles and subscriptions stay.")
    }
}
