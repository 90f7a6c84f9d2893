import ArgumentParser
import FeedStore
import Foundation

/// `lede feeds import FILE.opml`: subscribe to every feed of another reader's export.
struct FeedsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Subscribe to the feeds of an OPML file (nested outlines become folders).")

    @Argument(help: "An OPML file.") var file: String
    @OptionGroup var options: SubscriptionOptions

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw FileFailure("cannot read \(file)") }
        let imported: SubscriptionList
        do {
            imported = try OPMLReader.parse(data)
        } catch {
            throw FileFailure("\(file): \(error.localizedDescription)")
        }
        let root = try options.root()
        var list = try options.load(root)
        let added = imported.subscriptions.filter { list.add($0) }.count
        try options.save(list, root)
        Output.line("Imported \(added) of \(imported.subscriptions.count) feeds into \(root).")
    }
}
