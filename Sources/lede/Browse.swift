import ArgumentParser
import ArticleStore
import CursesTerminal
import Foundation

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

    func run() throws {
        let root = try LibraryLocator.resolve(library)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            let (index, _) = try LibraryCatalog.open(root, options: reading.loadOptions())
            ListCommand.printList(index.summaries())
            return
        }
        let loaded: Library
        do {
            loaded = try Library.load(at: root, options: reading.loadOptions())
        } catch {
            throw FileFailure(error.description)
        }
        let outcome: TerminalRunner.Outcome
        do {
            outcome = try TerminalRunner.run(BrowserApp(library: loaded, options: reading.loadOptions()))
        } catch TerminalError.tooLimited {
            // TERM=dumb (an editor's shell buffer, say): the list is the most that terminal can show.
            ListCommand.printList(loaded.articles.map(\.summary))
            return
        } catch let error as TerminalError {
            Output.error(error.description)
            throw ExitCode.failure
        }
        // Killed by SIGINT, SIGTERM, SIGHUP or SIGQUIT: the shell convention, 128 + the signal.
        if outcome != .quit { throw ExitCode(outcome.exitStatus) }
    }
}
