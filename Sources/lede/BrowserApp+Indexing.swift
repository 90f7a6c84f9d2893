import ArticleModel
import ArticleStore
import BrowserUI
import Foundation
import LibraryIndex

/// The browser's library: brought up to date by a background indexer whose progress, batches and result
/// reach the run loop through a mailbox drained in `tick`.
extension BrowserApp {
    /// Brings the index up to date on a background thread; progress and the result arrive in `tick`.
    func startIndexing() {
        guard !indexingRunning else { return }
        indexingRunning = true
        let (previous, root, options, store, mailbox) = (index, libraryRoot, options, indexStore, indexing)
        let thread = Thread {
            ArticleLoader.warmUp()
            do {
                let (updated, report) = try Indexer.update(
                    previous, root: root, options: options,
                    progress: { mailbox.post(.progress($0)) },
                    batchRead: { entries in mailbox.post(.read(entries.map { $0.summary(root: root) })) })
                var saveProblem: String?
                if !report.isNoChange || previous.count == 0, let store {
                    do { try store.save(updated) } catch {
                        saveProblem = "\(error)"
                    }
                }
                mailbox.post(.finished(updated, report, saveProblem: saveProblem))
            } catch {
                mailbox.post(.failed("\(error)"))
            }
        }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// Hands what the background indexer reported to the reducer.
    func receiveIndexing() {
        for news in indexing.drain() {
            switch news {
            case .read(let summaries):
                dispatch(.articlesIndexed(summaries))
            case .progress(let progress):
                dispatch(.indexProgress(IndexingProgress(done: progress.done, total: progress.total,
                                                         rate: progress.rate, remaining: progress.remaining)))
            case .finished(let updated, let report, let saveProblem):
                indexingRunning = false
                // An unchanged library is the index already shown, already attached: attaching it again
                // took the run loop most of a second at 100,000 articles.
                let changed = !report.isNoChange || index.count != updated.count
                index = updated
                if changed { summaries = index.summaries() }
                searchWork.indexChanged()
                announce(report, requested: reloadRequested)
                if changed { attachLibrary(summaries) }
                reloadRequested = false
                if let saveProblem { dispatch(.effectFailed(saveProblem)) }
            case .failed(let message):
                indexingRunning = false
                reloadRequested = false
                dispatch(.effectFailed(message))
            }
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

/// What the background indexer tells the run loop.
enum IndexingNews: Sendable {
    /// Articles read from new or changed files, for the list to take in before the run ends.
    case read([ArticleSummary])
    case progress(IndexProgress)
    case finished(LibraryIndex, IndexUpdate, saveProblem: String?)
    case failed(String)
}
