import ArticleModel
import ArticleStore
import BrowserUI
import LibraryIndex
import LibrarySearch

/// The browser's searches and counts, off the run loop: the library search in a lane where the latest
/// query wins, the counts of the entities and speakers views in another. Answers go to the inbox: a
/// search's as an action, a count's as a message that `counted` turns into actions. Used from the run
/// loop only.
final class SearchWork {
    private let inbox: Inbox
    private let executor: WorkExecutor
    private var tallies: LibraryTallies?
    /// Requests waiting for the count to finish.
    private var wanted: [LibraryTally] = []
    private var counting = false
    /// Bumped when the index changes, so that a count of an older index is not used.
    private var generation = 0
    /// The text of the library search asked for last: answers to other texts come from keystrokes
    /// already superseded.
    private(set) var latestQuery: String?

    /// Where searches are recorded for benchmarks (`LEDE_SEARCH_TRACE`), if anywhere.
    let trace: SearchTrace?

    init(inbox: Inbox, executor: WorkExecutor, trace: SearchTrace? = nil) {
        self.inbox = inbox
        self.executor = executor
        self.trace = trace
    }

    /// Searches `index` in the background; the answer arrives in the inbox. `summaries` are the
    /// index's, by position: making them anew for each letter typed took 100 ms at 100,000 articles.
    func search(_ text: String, typing: Bool, in index: LibraryIndex, summaries: [ArticleSummary],
                read: Set<ArticleID>, bookmarked: Set<ArticleID>) {
        latestQuery = text
        trace?.asked(text)
        executor.submit(.search) { [inbox, trace] isSuperseded in
            let started = SearchTrace.now()
            let results = LibraryQuery.results(for: text, typing: typing, in: index, read: read, bookmarked: bookmarked)
            trace?.answered(text, started: started, found: results.count)
            // A newer query is waiting: this answer would be dropped anyway.
            guard !isSuperseded() else { return }
            let hits = results.map { SearchHit(summary: summaries[$0.position], matches: $0.matches) }
            inbox.post(.search(.results(query: text, hits)))
        }
    }

    /// Whether `message` is the answer to a library search other than the latest: the reducer would
    /// drop it, and the frame would be drawn again for nothing, once per keystroke typed ahead.
    func isStale(_ message: Inbox.Message) -> Bool {
        guard case .action(.search(.results(let query, _))) = message, let latestQuery else { return false }
        return query != latestQuery
    }

    /// Answers at once when the library is already counted; else the count starts, and the answer
    /// follows it into the inbox.
    func tally(_ request: LibraryTally, in index: LibraryIndex) {
        if let tallies { return inbox.post(.search(tallies.answer(request))) }
        wanted.append(request)
        startCounting(index)
    }

    /// The index changed: counts made from the old one are dropped.
    func indexChanged() {
        tallies = nil
        generation += 1
    }

    private func startCounting(_ index: LibraryIndex) {
        guard !counting else { return }
        counting = true
        executor.submit(.counting) { [inbox, generation] _ in
            do {
                inbox.post(.counted(try LibraryTallies(index: index), generation: generation, failure: nil))
            } catch {
                inbox.post(.counted(nil, generation: generation, failure: "Cannot count the library: \(error)"))
            }
        }
    }

    /// A count finished: the answers it was waiting for, as actions for the reducer.
    func counted(_ result: LibraryTallies?, generation from: Int, failure: String?, index: LibraryIndex) -> [Action] {
        counting = false
        if let failure {
            wanted = []
            return [.problem(failure)]
        }
        guard from == generation else {
            if !wanted.isEmpty { startCounting(index) }  // counted an older index: again
            return []
        }
        guard let result else { return [] }
        tallies = result
        defer { wanted = [] }
        return wanted.map { .search(result.answer($0)) }
    }
}
