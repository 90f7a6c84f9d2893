import ArgumentParser
import FeedSync
import Foundation
import HTTPFetch
import ReadingState

/// The library and state folder that `lede account` and `lede sync` work on.
struct SyncOptions: ParsableArguments {
    @OptionGroup var library: SubscriptionOptions

    @Option(name: .customLong("state-dir"),
            help: "Where the account and its token are kept; default: $LEDE_STATE_DIR, else $XDG_DATA_HOME/lede, else ~/.local/share/lede.")
    var stateDirectory: String?

    func root() throws -> String { try library.root() }

    var stateFolder: String { StateLocation.folder(explicit: stateDirectory) }

    func accountFile(_ root: String) -> AccountFile {
        AccountFile(libraryRoot: root, stateFolder: stateFolder)
    }

    /// The fetcher for API calls: lede's user agent, `seconds` for a whole answer.
    static func fetcher(timeout seconds: Int) -> HTTPFetcher {
        HTTPFetcher(policy: FetchPolicy(userAgent: "lede/\(Lede.version)", connectTimeout: .seconds(min(10, seconds)),
                                        totalTimeout: .seconds(seconds), maxBodyBytes: 64 << 20))
    }
}
