import ArgumentParser
import ArticleStore
import BrowserRuntime
import CursesTerminal
import Foundation
import LibraryIndex
import ReadingState
import RegularFiles

/// `lede [LIBRARY]`: the browser when standard input and output are a terminal; otherwise (a pipe,
/// CI) it prints the article list, so that it can never wait for keys nobody will press.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser on a library folder (the default command)."
    )

    @Argument(help: "A folder of articles (.txt, .md); default: $LEDE_LIBRARY, else the bundled sample library.")
    var library: String?

    @OptionGroup var reading: ReadingOptions

    @Option(help: ArgumentHelp("The colour theme: a name from `lede themes`, or a theme file; default: `theme` in config.toml, else default.",
                               valueName: "name|file"))
    var theme: String?

    @Option(name: .customLong("state-dir"),
            help: "Where bookmarks and read state are kept; default: $LEDE_STATE_DIR, else $XDG_DATA_HOME/lede, else ~/.local/share/lede.")
    var stateDirectory: String?

    func run() throws {
        if let library, let message = CommandSuggestion.message(for: library) { throw ValidationError(message) }
        let root = try LibraryLocator.resolve(library)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            return try printList(root)
        }
        guard FileName.status(root) != nil else {
            throw FileFailure(LoadProblem(path: root, kind: .notFound).description)
        }
        // The window shows at once from the saved index; the index is checked and brought up to date
        // behind it.
        let library = IndexedLibrary(root: root)
        // The first frame draws the newest rows alone; the whole index is read right after it.
        let head = library.savedHead(limit: BrowserApp.headRows)
        let (saved, notice) = head == nil ? library.loadSaved(checkingLater: true) : (nil, nil)
        let config = Config.load()
        // `--theme` wins, then the theme last chosen with T, then config.toml.
        let chosen = ThemeChoice(folder: StateLocation.folder(explicit: stateDirectory))
        let catalog = ThemeSetup.catalog(userFolder: Config.themesFolder)
        var themes = ThemeSwitcher(catalog: catalog,
                                   requested: theme ?? ThemeSwitcher.remembered(in: chosen, catalog: catalog) ?? config.theme,
                                   noColor: ThemeSetup.noColor())
        themes.memory = chosen
        let app = BrowserApp(root: root, index: saved ?? LibraryIndex(root: root), indexStore: library.store,
                             options: reading.loadOptions(), themes: themes,
                             stateStore: StateStore(libraryRoot: root, stateDirectory: stateDirectory),
                             readingStateAfterFirstFrame: true, head: head)
        app.holdWorkUntilFirstFrame()
        app.feedUserAgent = "lede/\(Lede.version)"
        if let notice { app.dispatch(.problem(notice)) }
        for problem in config.problems { app.dispatch(.problem(problem)) }
        app.reportThemeProblems()
        app.keepSearchHistory()
        app.startIndexing()
        let outcome: TerminalRunner.Outcome
        do {
            outcome = try TerminalRunner.run(app)
        } catch TerminalError.tooLimited {
            // TERM=dumb (an editor's shell buffer, say): the list is the most that terminal can show.
            return try printList(root)
        } catch let error as TerminalError {
            Output.error(error.description)
            throw ExitCode.failure
        }
        // Killed by a signal: the shell convention, 128 + the signal.
        if outcome != .quit { throw ExitCode(outcome.exitStatus) }
        // Changes that could not be saved are a failure the caller must be able to see (exit 1).
        if let failure = app.exitSaveFailure { throw FileFailure(failure + "; these changes are lost") }
    }

    /// Without a usable terminal: the article list, as `lede list` prints it.
    private func printList(_ root: String) throws {
        let (index, _) = try LibraryCatalog.open(root, options: reading.loadOptions())
        ListCommand.printList(index.summaries())
    }
}
