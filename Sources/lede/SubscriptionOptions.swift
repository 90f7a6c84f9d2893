import ArgumentParser
import FeedStore
import Foundation

/// The library whose subscriptions a command reads or changes.
struct SubscriptionOptions: ParsableArguments {
    @Option(name: .customLong("library"),
            help: "The library folder; default: $LEDE_LIBRARY, the config's library, else your own library in $XDG_DATA_HOME/lede/library.")
    var library: String?

    func root() throws -> String {
        try LibraryLocator.resolveForSubscriptions(library)
    }

    /// The library's `feeds.opml`, or an error naming it.
    func load(_ root: String) throws -> SubscriptionList {
        do {
            return try SubscriptionList.load(libraryRoot: root)
        } catch {
            throw FileFailure(error.localizedDescription)
        }
    }

    func save(_ list: SubscriptionList, _ root: String) throws {
        do {
            try list.save(libraryRoot: root)
        } catch {
            throw FileFailure(error.message + "; the subscriptions were not changed")
        }
    }
}
