import ArgumentParser
import FeedSync
import Foundation
import TerminalCanvas

/// `lede sync`: push the library's local changes to its feed server and pull its subscriptions, new
/// items and read and starred states.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Sync the library with its feed server: push read marks, bookmarks and subscriptions; pull new items and states.",
        discussion: """
            Changes made while the server cannot be reached stay queued and are pushed by a later sync. \
            Exit codes: 0 synced, 1 the sync failed (one line naming the account and why; queued changes are kept), \
            2 a usage error.
            """
    )

    @Flag(help: "One JSON object: account, new, updated, read, unread, starred, unstarred, pushed, pending, error.")
    var json = false
    @Option(help: "Seconds to wait for each answer of the server.") var timeout = 30
    @OptionGroup var options: SyncOptions

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be at least 1 (second)") }
    }

    func run() throws {
        let root = try options.root()
        let (folder, timeout) = (options.stateFolder, timeout)
        let onTerminal = !json && isatty(STDERR_FILENO) == 1
        let outcome = Blocking.run { () async -> Result<SyncReport?, SyncError> in
            let fetcher = SyncOptions.fetcher(timeout: timeout)
            let result: Result<SyncReport?, SyncError>
            do throws(SyncError) {
                let engine = try SyncEngine(libraryRoot: root, stateFolder: folder, fetcher: fetcher) { step in
                    if onTerminal { StandardStream.err("\r\u{1B}[Ksync: " + TextSanitizer.sanitize(step)) }
                }
                result = .success(await engine?.run())
            } catch {
                result = .failure(error)
            }
            await fetcher.shutdown()
            return result
        }
        if onTerminal { StandardStream.err("\r\u{1B}[K") }
        let report: SyncReport
        switch outcome {
        case .success(let done?): report = done
        case .success(nil):
            throw FileFailure("the library \(root) has no account; add one with `lede account add URL --user USER --password-stdin`")
        case .failure(let error): throw FileFailure(error.words)
        }
        if json {
            try Output.json(SyncRecord(report))
        } else if report.error == nil {
            Output.line(report.line)
        }
        report.problems.forEach { Output.error("\(report.account): \($0)") }
        if report.error != nil {
            Output.error(report.line)
            throw ExitCode(1)
        }
    }
}

/// `lede sync --json`.
struct SyncRecord: Encodable {
    var account: String
    var new, updated, read, unread, starred, unstarred, pushed, pending: Int
    var subscriptionsAdded, subscriptionsRemoved: Int
    @Nullable var error: String?

    init(_ report: SyncReport) {
        account = TextSanitizer.sanitize(report.account)
        new = report.new
        updated = report.updated
        read = report.markedRead
        unread = report.markedUnread
        starred = report.starred
        unstarred = report.unstarred
        pushed = report.pushed
        pending = report.pending
        subscriptionsAdded = report.subscriptionsAdded
        subscriptionsRemoved = report.subscriptionsRemoved
        error = report.error.map { TextSanitizer.sanitize($0.words) }
    }

    enum CodingKeys: String, CodingKey {
        case account, new, updated, read, unread, starred, unstarred, pushed, pending, error
        case subscriptionsAdded = "subscriptions_added", subscriptionsRemoved = "subscriptions_removed"
    }
}
