import ArticleModel
import ArticleStore
import BrowserUI
import Foundation
import LibraryIndex
import LibrarySearch
import ReadingState
import TerminalCanvas
import TextAnalysis

/// The browser as a program that a terminal backend drives: it owns the `AppState`, runs every event
/// through `reduce`, performs the effects the reducer asks for and answers with their results, and
/// renders frames. It knows no curses; `TerminalRunner` owns the terminal.
final class BrowserApp: TerminalApp {
    private(set) var state: AppState
    /// The theme drawn, and the ones `T` goes through.
    var themes: ThemeSwitcher
    /// A new theme was chosen: the backend must repaint every cell with new colour pairs.
    var fullRedraw = false
    let libraryRoot: String
    let options: LoadOptions
    /// The library's index as last brought up to date; the list shows its entries.
    var index: LibraryIndex
    /// Where the index is saved after each update; nil keeps it in memory (tests).
    let indexStore: IndexStore?
    private var quitting = false
    private var needsDraw = true
    /// Link openers still running, reaped in `tick` so they do not linger as zombies.
    private var children: [pid_t] = []
    /// What background indexing reports, read on the run loop in `tick`.
    let indexing = Mailbox<IndexingNews>()
    var indexingRunning = false
    /// The reader asked for the reload (`r`), so its result is announced even when nothing changed.
    var reloadRequested = false
    /// Bookmarks and read state of this library; nil keeps them only on screen (tests).
    let stateStore: StateStore?
    /// The summaries of `index`, made once per index: searches map their results to them.
    var summaries: [ArticleSummary] = []
    /// Whether `summaries` is still to be attached to the state store at the first tick, when the first
    /// frame is not to wait for it (`readingStateAfterFirstFrame`).
    var readingStatePending = false
    /// The save failure last shown, so a retry that fails the same way does not repeat it every time.
    var shownSaveFailure: String?
    /// Why the save on the way out failed, for the caller to print once the terminal is back.
    var exitSaveFailure: String?
    /// Library searches and the counts of the entities and speakers views, in the background.
    let searchWork = SearchWork()
    /// Where the search history is kept between runs (`keepSearchHistory`); nil keeps it in memory.
    var searchHistory: SearchHistoryFile?

    /// Opens the browser on `index` (possibly empty, or out of date): the list shows at once, and
    /// `startIndexing` brings it up to date in the background.
    init(root: String, index: LibraryIndex, indexStore: IndexStore?, options: LoadOptions,
         themes: ThemeSwitcher = ThemeSwitcher(catalog: ThemeSetup.catalog(), requested: nil, noColor: false),
         environment: [String: String] = ProcessInfo.processInfo.environment, stateStore: StateStore? = nil,
         readingStateAfterFirstFrame: Bool = false) {
        libraryRoot = root
        self.stateStore = stateStore
        self.index = index
        self.indexStore = indexStore
        self.options = options
        self.themes = themes
        summaries = index.summaries()
        state = AppState(articles: summaries, size: Size(width: 80, height: 24),
                         linkOpener: LinkOpener.arguments(environment: environment))
        if readingStateAfterFirstFrame, stateStore != nil {
            readingStatePending = true
        } else {
            loadReadingState(summaries)
        }
    }

    /// A browser on a library indexed here and now, in memory: for tests and tools that need the
    /// finished list at once.
    static func indexed(root: String, options: LoadOptions = LoadOptions(),
                        environment: [String: String] = ProcessInfo.processInfo.environment,
                        stateStore: StateStore? = nil) throws -> BrowserApp {
        let (index, report) = try Indexer.update(nil, root: root, options: options)
        let app = BrowserApp(root: root, index: index, indexStore: nil, options: options, environment: environment,
                             stateStore: stateStore)
        app.announce(report, requested: false)
        return app
    }

    func handle(_ event: KeyEvent, size: Size) -> Bool {
        if size != state.size { dispatch(.resize(size)) }
        if event != .resize { dispatch(.key(event)) }
        return !quitting
    }

    func tick() -> Bool {
        children.removeAll { waitpid($0, nil, WNOHANG) != 0 }
        if readingStatePending {
            readingStatePending = false
            loadReadingState(summaries)
            needsDraw = true
        }
        receiveIndexing()
        saveStateIfDue()
        searchWork.drain(index: index).forEach(dispatch)
        searchHistory?.keep(state.search.history)
        defer { needsDraw = false }
        return needsDraw
    }

    func render(into grid: inout Grid) {
        // The backend may draw before it reports any event: lay out for the grid it gives.
        let size = Size(width: grid.width, height: grid.height)
        if size != state.size { dispatch(.resize(size)) }
        Screen.render(state, theme: theme, into: &grid)
    }

    /// Saves bookmarks and read state (quit, SIGINT, SIGTERM, SIGHUP).
    func shutdown() {
        saveStateOnExit()
    }

    var windowTitle: String? {
        state.open.map { "lede: \($0.article.title)" } ?? "lede"
    }

    /// Runs an action and, in turn, the actions that answer its effects.
    func dispatch(_ action: Action) {
        var pending = [action]
        while !pending.isEmpty {
            for effect in reduce(&state, pending.removeFirst()) {
                if let answer = perform(effect) { pending.append(answer) }
            }
        }
        needsDraw = true
    }

    func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .loadArticle(let summary):
            do {
                var reading = options
                reading.analyze = false
                var article = try ArticleLoader.load(path: summary.path, options: reading).article
                article.id = summary.id  // the id comes from the path inside the library, as the list has it
                // Analysed after clipping: the run loop waits for both.
                ReadingClip.clip(&article)
                if options.analyze { article.analysis = Analyzer().analyze(article.blocks) }
                return .articleLoaded(article)
            } catch {
                return .articleFailed(summary.id, message: error.description)
            }
        case .spawn(let arguments):
            switch ProcessSpawner.spawnDetached(arguments) {
            case .success(let pid):
                children.append(pid)
                return nil
            case .failure(let message):
                return .effectFailed(message.text)
            }
        case .reloadLibrary:
            reloadRequested = true
            startIndexing()
            return nil
        case .quit:
            quitting = true
            return nil
        case .nextTheme:
            return nextTheme()
        case .toggleBookmark, .saveNote, .deleteBookmark, .undoDelete, .markRead, .toggleRead:
            return performReadingState(effect)
        case .search(let text, let typing):
            searchWork.search(text, typing: typing, in: index, summaries: summaries, read: state.read,
                              bookmarked: state.bookmarked)
            return nil
        case .findMatches(let text, let typing, let article):
            return .search(.matches(query: text, article: article.id,
                                    LibraryQuery.matches(for: text, typing: typing, in: article)))
        case .tally(let request):
            return searchWork.tally(request, in: index).map(Action.search)
        }
    }
}
