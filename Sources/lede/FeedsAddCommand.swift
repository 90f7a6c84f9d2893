import ArgumentParser
import FeedStore
import Foundation

/// `lede feeds add URL [--name NAME]`: subscribe the library to a feed.
struct FeedsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Subscribe to a feed (http, https or file URL).")

    @Argument(help: "The feed's URL.") var url: String
    @Option(help: "The name to show for it; default: the feed's own title.") var name: String?
    @Flag(name: .customLong("full-text"),
          help: "Store each new item's web page article instead of the feed's summary (fullText=\"true\" in feeds.opml).")
    var fullText = false
    @OptionGroup var options: SubscriptionOptions

    func validate() throws {
        guard let scheme = URL(string: url)?.scheme?.lowercased(), ["http", "https", "file"].contains(scheme) else {
            throw ValidationError("\(url): not an http, https or file URL")
        }
    }

    func run() throws {
        let root = try options.root()
        var list = try options.load(root)
        guard list.add(Subscription(url: url, title: name, attributes: fullText ? ["fullText": "true"] : [:])) else {
            Output.line("Already subscribed: \(url)")
            return
        }
        try options.save(list, root)
        Output.line("Subscribed to \(name ?? url) in \(root); `lede fetch` fetches it.")
    }
}
