import ArticleModel
import ArticleStore
import BrowserUI
import Foundation
import LibraryIndex

/// The browser's library: brought up to date by background indexing whose progress, batches and result
/// reach the run loop through the inbox.
extension BrowserApp {
    /// Brings the index up to date in the background; progress and the result arrive in the inbox.
    public func startIndexing() {
        guard !indexingRunning else { return }
        indexingRunning = true
        let (root, options) = (libraryRoot, options)
        let library = IndexedLibrary(root: root, store: indexStore)
        // The index as it is when the work starts: read at the first tick when the first frame drew only
        // the newest rows.
        afterFirstFrame { [self, executor, inbox] in
            let previous = index
            executor.submit(.indexing) { _ in Self.index(library, from: previous, options: options, into: inbox) }
        }
    }

    /// On the indexing thread: `previous` brought up to date and saved; progress, batches and the
    /// result go to `inbox`.
    private static func index(_ library: IndexedLibrary, from previous: LibraryIndex, options: LoadOptions,
                              into inbox: Inbox) {
        ArticleLoader.warmUp()
        let root = library.root
        do {
            let updated = try library.update(
                previous, options: options,
                progress: { progress in
                    inbox.post(.indexProgress(IndexingStatus(done: progress.done, total: progress.total,
                                                               rate: progress.rate, remaining: progress.remaining)))
                },
                batchRead: { entries in inbox.post(.articlesIndexed(entries.map { $0.summary(root: root) })) })
            if let damaged = updated.damaged { inbox.post(.problem(damaged)) }
            inbox.post(.indexed(.finished(updated.index, updated.report, saveProblem: updated.saveProblem)))
        } catch {
            inbox.post(.indexed(.failed("\(error)")))
        }
    }

    /// The indexing ended: the new index is the browser's, and the list shows it.
    func indexingEnded(_ outcome: IndexingOutcome) {
        switch outcome {
        case .finished(let updated, let report, let saveProblem):
            indexingRunning = false
            defer { indexAgainIfAsked() }
            // An unchanged library is the index already shown, already attached: attaching it again
            // took the run loop most of a second at 100,000 articles.
            let changed = !report.isNoChange || index.count != updated.count
            index = updated
            if changed { summaries = index.summaries() }
            searchWork.indexChanged()
            announce(report, requested: reloadRequested)
            if changed { attachLibrary(summaries) }
            reloadRequested = false
            if let saveProblem { dispatch(.problem(saveProblem)) }
        case .failed(let message):
            indexingRunning = false
            reloadRequested = false
            dispatch(.problem(message))
        }
    }

    /// Shows the updated list: with a message when the reader asked for it (`r`), quietly when the
    /// files changed while lede was closed.
    func announce(_ report: IndexUpdate, requested: Bool) {
        let problems = index.skipped.count
        if requested {
            dispatch(.libraryLoaded(summaries, problems: problems))
        } else if !report.isNoChange || problems > 0 {
            dispatch(.libraryUpdated(summaries, problems: problems))
        } else {
            dispatch(.indexProgress(nil))
        }
    }
}

/// How the background indexing ended.
enum IndexingOutcome: Sendable {
    case finished(LibraryIndex, IndexUpdate, saveProblem: String?)
    case failed(String)
}
