import ArgumentParser
import FeedStore
import Foundation

/// `lede feeds export`: the subscriptions as OPML 2.0 on standard output.
struct FeedsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Print the subscriptions as OPML 2.0.")

    @OptionGroup var options: SubscriptionOptions

    func run() throws {
        let list = try options.load(try options.root())
        // Escaped XML: the writer drops control characters, so nothing reaches the terminal raw.
        FileHandle.standardOutput.write(Data(OPMLWriter.document(list).utf8))
    }
}
