import ArgumentParser
import FeedStore

/// `lede feeds remove URL|NAME`: unsubscribe; the feed's articles stay in the library.
struct FeedsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Unsubscribe from a feed (its articles stay in the library).")

    @Argument(help: "The feed's URL or name.") var feed: String
    @OptionGroup var options: SubscriptionOptions

    func run() throws {
        let root = try options.root()
        var list = try options.load(root)
        guard let removed = list.remove(feed) else {
            throw ValidationError("no subscription named \(feed); see `lede feeds list`")
        }
        try options.save(list, root)
        Output.line("Unsubscribed from \(removed.displayName); its articles stay in the library.")
    }
}
