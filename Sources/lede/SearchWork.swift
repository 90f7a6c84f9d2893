import ArticleModel
import ArticleStore
import BrowserUI
import CursesTerminal
import LibraryIndex
import LibrarySearch

/// The browser's searches and counts, off the run loop: the library search on a thread where the
/// latest query wins, the counts of the entities and speakers views on another; their answers are
/// taken on the run loop (`drain`, from `BrowserApp.tick`), which each answer wakes. Used from the run
/// loop only.
final class SearchWork {
    private enum News: Sendable {
        case answer(SearchAnswer)
        case counted(LibraryTallies?, generation: Int, failure: String?)
    }

    private let news = Mailbox<News>()
    private let searches = LatestJobThread()
    private let counts = LatestJobThread()
    private var tallies: LibraryTallies?
    /// Requests waiting for the count to finish.
    private var wanted: [LibraryTally] = []
    private var counting = false
    /// Bumped when the index changes, so that a count of an older index is not used.
    private var generation = 0

    /// Searches `index` in the background; the answer arrives through `drain`. `summaries` are the
    /// index's, by position: making them anew for each letter typed took 100 ms at 100,000 articles.
    func search(_ text: String, typing: Bool, in index: LibraryIndex, summaries: [ArticleSummary],
                read: Set<ArticleID>, bookmarked: Set<ArticleID>) {
        let (mailbox, lane) = (news, searches)
        searches.submit {
            let results = LibraryQuery.results(for: text, typing: typing, in: index, read: read, bookmarked: bookmarked)
            // A newer query is waiting: this answer would be dropped anyway.
            guard !lane.isSuperseded else { return }
            let hits = results.map { SearchHit(summary: summaries[$0.position], matches: $0.matches) }
            mailbox.post(.answer(.results(query: text, hits)))
            TerminalWakeup.post()  // drawn now, not at the next tick
        }
    }

    /// The answer at once when the library is already counted; else nil, the count starts, and the
    /// answer arrives through `drain`.
    func tally(_ request: LibraryTally, in index: LibraryIndex) -> SearchAnswer? {
        if let tallies { return tallies.answer(request) }
        wanted.append(request)
        startCounting(index)
        return nil
    }

    /// The index changed: counts made from the old one are dropped.
    func indexChanged() {
        tallies = nil
        generation += 1
    }

    private func startCounting(_ index: LibraryIndex) {
        guard !counting else { return }
        counting = true
        let (mailbox, generation) = (news, generation)
        counts.submit {
            do {
                mailbox.post(.counted(try LibraryTallies(index: index), generation: generation, failure: nil))
            } catch {
                mailbox.post(.counted(nil, generation: generation, failure: "Cannot count the library: \(error)"))
            }
            TerminalWakeup.post()
        }
    }

    /// What the background work finished since the last call, as actions for the reducer.
    func drain(index: LibraryIndex) -> [Action] {
        var actions: [Action] = []
        for item in news.drain() {
            switch item {
            case .answer(let answer):
                actions.append(.search(answer))
            case .counted(let result, let from, let failure):
                counting = false
                if let failure {
                    wanted = []
                    actions.append(.effectFailed(failure))
                } else if from != generation {
                    if !wanted.isEmpty { startCounting(index) }  // counted an older index: again
                } else if let result {
                    tallies = result
                    actions += wanted.map { .search(result.answer($0)) }
                    wanted = []
                }
            }
        }
        return actions
    }
}
