import BrowserUI
import FeedSync
import Foundation
import HTTPFetch
import ReadingState

/// `r` in a library with an account on a feed server: after the feeds are fetched, the same background
/// job syncs with the server, its steps in the status bar; then the read marks and bookmarks it took
/// from the server are shown and its new articles indexed.
extension BrowserApp {
    /// The library's account file, when it has an account (and the browser keeps reading state).
    var syncAccountFile: AccountFile? {
        guard let folder = stateStore?.file.folder else { return nil }
        let file = AccountFile(libraryRoot: libraryRoot, stateFolder: folder)
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
    }

    func syncStep(_ step: String) {
        guard var progress = feedFetch else { return }
        progress.syncing = step
        feedFetch = progress
        dispatch(.feedsProgress(progress))
    }

    /// The sync's outcome into the progress, and the state it changed into the browser.
    func syncDone(_ report: SyncReport, into progress: inout FeedFetchProgress) {
        progress.syncing = nil
        progress.synced = report.line
        progress.syncFailed = report.error != nil
        guard let store = stateStore else { return }
        store.reload()
        attachLibrary(summaries)
    }
}

/// The sync itself, off the run loop.
enum FeedSyncing {
    /// Syncs the library at `root` with its account, handing each step to `step`; nil when it has none.
    static func run(root: String, stateFolder: String, userAgent: String, step: @escaping @Sendable (String) -> Void)
        -> SyncReport?
    {
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task {
            let fetcher = HTTPFetcher(policy: FetchPolicy(userAgent: userAgent, maxBodyBytes: 64 << 20))
            do throws(SyncError) {
                if let engine = try SyncEngine(libraryRoot: root, stateFolder: stateFolder, fetcher: fetcher, progress: step) {
                    step(engine.accountName)
                    outcome.report = await engine.run()
                }
            } catch {
                var report = SyncReport(account: root)
                report.error = error
                outcome.report = report
            }
            await fetcher.shutdown()
            done.signal()
        }
        done.wait()
        return outcome.report
    }

    private final class Outcome: @unchecked Sendable {
        var report: SyncReport?
    }
}
