import ArticleModel
import ArticleStore
import BrowserUI
import FeedStore
import Foundation
import LibraryIndex
import LibrarySearch
import ReadingState
import TerminalCanvas
import TextAnalysis

/// The browser as a program that a terminal backend drives: it owns the `AppState`, runs every event
/// through `reduce`, performs the effects the reducer asks for, and renders frames. Every answer to an
/// effect comes back through the one `inbox`, whether it was worked out here or in the background
/// (`executor`). It knows no curses; `TerminalRunner` owns the terminal and hands in the wake-up.
public final class BrowserApp: TerminalApp {
    public private(set) var state: AppState
    /// The theme drawn, and the ones `T` goes through.
    public var themes: ThemeSwitcher
    /// A new theme was chosen: the backend must repaint every cell with new colour pairs.
    var fullRedraw = false
    let libraryRoot: String
    let options: LoadOptions
    /// The library's index as last brought up to date; the list shows its entries.
    var index: LibraryIndex
    /// Where the index is saved after each update; nil keeps it in memory (tests).
    let indexStore: IndexStore?
    /// Where every answer arrives, from this thread or a background one.
    public let inbox = Inbox()
    /// Where background work runs.
    let executor: WorkExecutor
    /// True while the inbox is being emptied: an action dispatched meanwhile leaves the inbox to that loop.
    private var delivering = false
    private var quitting = false
    /// A program to run in the terminal (`TerminalApp.takeTerminalJob`), asked for by `.runInTerminal`.
    var terminalJob: (() -> Void)?
    private var needsDraw = true
    /// Link openers still running, reaped in `tick` so they do not linger as zombies.
    private var children: [pid_t] = []
    var indexingRunning = false
    /// The reader asked for the reload (`r`), so its result is announced even when nothing changed.
    var reloadRequested = false
    /// Bookmarks and read state of this library; nil keeps them only on screen (tests).
    public let stateStore: StateStore?
    /// The summaries of `index`, made once per index: searches map their results to them.
    var summaries: [ArticleSummary] = []
    /// Whether `summaries` is still to be attached to the state store at the first tick, when the first
    /// frame is not to wait for it (`readingStateAfterFirstFrame`).
    var readingStatePending = false
    /// Whether the saved index is still to be read at the first tick, the first frame having drawn only
    /// its newest rows (`head`, `readSavedIndexIfDue`).
    var savedIndexPending = false
    /// Work asked for before the first frame and held until it is drawn (`holdWorkUntilFirstFrame`).
    var heldForFirstFrame: [() -> Void]?
    /// The save failure last shown, so a retry that fails the same way does not repeat it every time.
    var shownSaveFailure: String?
    /// Why the save on the way out failed, for the caller to print once the terminal is back.
    public internal(set) var exitSaveFailure: String?
    /// The fetch `r` started in a library with subscriptions, while it runs.
    var feedFetch: FeedFetchProgress?
    /// Feeds brought new files while indexing ran: index again when it ends.
    var indexAgain = false
    /// What feed fetches call themselves (`User-Agent`); the executable sets its version.
    public var feedUserAgent = "lede"
    /// Library searches and the counts of the entities and speakers views, in the background.
    let searchWork: SearchWork
    /// Where the search history is kept between runs (`keepSearchHistory`); nil keeps it in memory.
    var searchHistory: SearchHistoryFile?

    /// Opens the browser on `index` (possibly empty, or out of date): the list shows at once, and
    /// `startIndexing` brings it up to date in the background.
    /// `executor` runs indexing, searches and counts: threads by default. `head`, with an empty `index`:
    /// the newest rows of a library of `total` articles, listed until the first tick reads its saved
    /// index from `indexStore` (`readSavedIndexIfDue`).
    public init(root: String, index: LibraryIndex, indexStore: IndexStore?, options: LoadOptions,
                themes: ThemeSwitcher = ThemeSwitcher(catalog: ThemeSetup.catalog(), requested: nil, noColor: false),
                environment: [String: String] = ProcessInfo.processInfo.environment, stateStore: StateStore? = nil,
                readingStateAfterFirstFrame: Bool = false, executor: WorkExecutor = ThreadExecutor(),
                head: (rows: [ArticleSummary], total: Int)? = nil) {
        libraryRoot = root
        self.executor = executor
        searchWork = SearchWork(inbox: inbox, executor: executor, trace: SearchTrace.from(environment: environment))
        self.stateStore = stateStore
        self.index = index
        self.indexStore = indexStore
        self.options = options
        self.themes = themes
        summaries = index.summaries()
        state = AppState(articles: head?.rows ?? summaries, size: Size(width: 80, height: 24),
                         linkOpener: LinkOpener.arguments(environment: environment), expectedCount: head?.total)
        savedIndexPending = head != nil
        state.linkOpenerInTerminal = LinkOpener.runsInTerminal(state.linkOpener)
        state.pager = LinkOpener.pager(environment: environment)
        state.hasFeeds = FileManager.default.fileExists(atPath: SubscriptionList.path(in: root)) || syncAccountFile != nil
        if readingStateAfterFirstFrame, stateStore != nil {
            readingStatePending = true
        } else {
            loadReadingState(summaries)
        }
    }

    /// A browser on a library indexed here and now, in memory: for tests and tools that need the
    /// finished list at once, and by default every answer as soon as it is asked for (`InlineExecutor`).
    public static func indexed(root: String, options: LoadOptions = LoadOptions(),
                               environment: [String: String] = ProcessInfo.processInfo.environment,
                               stateStore: StateStore? = nil,
                               executor: WorkExecutor = InlineExecutor()) throws -> BrowserApp {
        let (index, report) = try Indexer.update(nil, root: root, options: options)
        let app = BrowserApp(root: root, index: index, indexStore: nil, options: options, environment: environment,
                             stateStore: stateStore, executor: executor)
        app.announce(report, requested: false)
        return app
    }

    public func handle(_ event: KeyEvent, size: Size) -> Bool {
        if size != state.size { dispatch(.resize(size)) }
        if event != .resize { dispatch(.key(event)) }
        return !quitting
    }

    public func tick() -> Bool {
        children.removeAll { waitpid($0, nil, WNOHANG) != 0 }
        readSavedIndexIfDue()
        if readingStatePending {
            readingStatePending = false
            loadReadingState(summaries)
            needsDraw = true
        }
        releaseWorkHeldForFirstFrame()
        deliver()
        saveStateIfDue()
        searchHistory?.keep(state.search.history)
        defer { needsDraw = false }
        return needsDraw
    }

    public func render(into grid: inout Grid) {
        // The backend may draw before it reports any event: lay out for the grid it gives.
        let size = Size(width: grid.width, height: grid.height)
        if size != state.size { dispatch(.resize(size)) }
        Screen.render(state, theme: theme, into: &grid)
        searchWork.trace?.drew()
    }

    /// Saves bookmarks and read state (quit, SIGINT, SIGTERM, SIGHUP).
    public func shutdown() {
        saveStateOnExit()
    }

    public func takeTerminalJob() -> (() -> Void)? {
        defer { terminalJob = nil }
        return terminalJob
    }

    public var windowTitle: String? {
        state.open.map { "lede: \($0.article.title)" } ?? "lede"
    }

    public func attach(wakeUp: @escaping @Sendable () -> Void) {
        inbox.setWakeUp(wakeUp)
    }

    /// Runs an action through the reducer and performs its effects, then takes what the inbox holds
    /// (their answers among it) in order.
    public func dispatch(_ action: Action) {
        for effect in reduce(&state, action) { perform(effect) }
        needsDraw = true
        deliver()
    }

    /// Takes every message of the inbox in order; an action dispatched meanwhile leaves the inbox to
    /// this loop, so that answers are taken in the order they came.
    func deliver() {
        guard !delivering else { return }
        delivering = true
        defer { delivering = false }
        while let message = inbox.take() {
            if searchWork.isStale(message) { continue }
            switch message {
            case .action(let action):
                if case .search(.results(let query, _)) = action { searchWork.trace?.taken(query) }
                dispatch(action)
            case .indexed(let outcome):
                indexingEnded(outcome)
            case .counted(let tallies, let generation, let failure):
                searchWork.counted(tallies, generation: generation, failure: failure, index: index).forEach(dispatch)
            case .feedFetched(let report):
                feedFetched(report)
            case .syncStep(let step):
                syncStep(step)
            case .feedsDone(let failure, let sync):
                feedsDone(failure: failure, sync: sync)
            }
        }
    }

    /// Does what `effect` asks; its answer, if any, goes to the inbox.
    func perform(_ effect: Effect) {
        switch effect {
        case .loadArticle(let summary):
            loadArticle(summary)
        case .spawn(let arguments):
            switch ProcessSpawner.spawnDetached(arguments) {
            case .success(let pid):
                children.append(pid)
            case .failure(let message):
                inbox.post(.problem(message.text))
            }
        case .reloadLibrary:
            reloadRequested = true
            startIndexing()
        case .fetchFeeds:
            startFetching()
        case .listFeeds:
            inbox.post(.feedsListed(feedRows()))
        case .quit:
            quitting = true
        case .nextTheme:
            inbox.post(nextTheme())
        case .toggleBookmark, .saveNote, .deleteBookmark, .undoDelete, .markRead, .toggleRead, .setRead:
            performReadingState(effect).map(inbox.post)
        case .runInTerminal(let arguments, let input):
            terminalJob = { [weak self] in
                if case .failure(let failure) = ForegroundProcess.run(arguments, input: input.map(ArticleText.clean)) {
                    self?.dispatch(.problem(failure.text))
                }
            }
        case .search(let text, let typing):
            searchWork.search(text, typing: typing, in: index, summaries: summaries, read: state.read,
                              bookmarked: state.bookmarked)
        case .findMatches(let text, let typing, let article):
            inbox.post(.search(.matches(query: text, article: article.id,
                                        LibraryQuery.matches(for: text, typing: typing, in: article))))
        case .tally(let request):
            searchWork.tally(request, in: index)
        }
    }
}
