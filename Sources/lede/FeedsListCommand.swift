import ArgumentParser
import FeedStore
import Foundation
import ReadingState

/// `lede feeds list [--json]`: the subscriptions with their article counts and last fetch.
struct FeedsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the subscriptions.")

    @Flag(help: "One JSON object per feed per line: url, title, folder, articles, unread, last_fetch, error.")
    var json = false
    @OptionGroup var options: SubscriptionOptions
    @Option(name: .customLong("state-dir"), help: "Where read state is kept; default: $LEDE_STATE_DIR, else $XDG_DATA_HOME/lede.")
    var stateDirectory: String?

    func run() throws {
        let root = try options.root()
        let list = try options.load(root)
        let rows = try FeedRow.rows(list, root: root, stateDirectory: stateDirectory)
        if json {
            try Output.jsonLines(rows)
            return
        }
        Output.lines(rows.map(\.line))
    }
}

/// One subscription as `feeds list` shows it: every field present in JSON (null when empty), strings
/// sanitised.
struct FeedRow: Encodable, Equatable {
    var url: String
    @Nullable var title: String?
    @Nullable var folder: String?
    var articles: Int
    var unread: Int
    /// ISO 8601.
    @Nullable var lastFetch: String?
    @Nullable var error: String?

    enum CodingKeys: String, CodingKey {
        case url, title, folder, articles, unread, error
        case lastFetch = "last_fetch"
    }

    var line: String {
        let fetched = lastFetch.map { "fetched " + $0 } ?? "never fetched"
        let place = folder.map { " [\($0)]" } ?? ""
        return "\(title ?? url)\(place)  \(url)  \(articles) articles, \(unread) unread, \(fetched)"
            + (error.map { "  error: \($0)" } ?? "")
    }

    static func rows(_ list: SubscriptionList, root: String, stateDirectory: String?) throws -> [FeedRow] {
        let store: FeedStore
        do {
            store = try FeedStore(libraryRoot: root)
        } catch {
            throw FileFailure(error.message)
        }
        let reading = StateStore(libraryRoot: root, stateDirectory: stateDirectory)
        return list.subscriptions.map { subscription in
            let state = store.state(of: subscription.url)
            let files = (state?.items.values.map(\.file) ?? [])
                .filter { FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent($0)) }
            let unread = files.filter { reading.document.read[$0]?.read != true }.count
            return FeedRow(url: Clean.text(subscription.url), title: subscription.title.map(Clean.text),
                           folder: subscription.folder.isEmpty ? nil : Clean.text(subscription.folder.joined(separator: "/")),
                           articles: files.count, unread: unread, lastFetch: state?.lastFetch?.formatted(.iso8601),
                           error: state?.lastError.map(Clean.text))
        }
    }
}
