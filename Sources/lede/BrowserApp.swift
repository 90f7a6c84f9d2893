import ArticleModel
import ArticleStore
import BrowserUI
import Foundation
import TerminalCanvas

/// The browser as a program that a terminal backend drives: it owns the `AppState`, runs every event
/// through `reduce`, performs the effects the reducer asks for and answers with their results, and
/// renders frames. It knows no curses; `TerminalRunner` owns the terminal.
final class BrowserApp: TerminalApp {
    private(set) var state: AppState
    let theme: Theme
    let libraryRoot: String
    let options: LoadOptions
    private var quitting = false
    private var needsDraw = true
    /// Link openers still running, reaped in `tick` so they do not linger as zombies.
    private var children: [pid_t] = []

    init(library: Library, options: LoadOptions, theme: Theme = .defaultDark,
         environment: [String: String] = ProcessInfo.processInfo.environment) {
        libraryRoot = library.root
        self.options = options
        self.theme = theme
        state = AppState(articles: library.articles.map(\.summary), size: Size(width: 80, height: 24),
                         linkOpener: LinkOpener.arguments(environment: environment))
        let problems = library.problems.filter { !$0.isWarning }.count
        if problems > 0 {
            state.status = StatusMessage("\(problems) file\(problems == 1 ? "" : "s") could not be read (lede list shows why)")
        }
    }

    func handle(_ event: KeyEvent, size: Size) -> Bool {
        if size != state.size { dispatch(.resize(size)) }
        if event != .resize { dispatch(.key(event)) }
        return !quitting
    }

    func tick() -> Bool {
        children.removeAll { waitpid($0, nil, WNOHANG) != 0 }
        defer { needsDraw = false }
        return needsDraw
    }

    func render(into grid: inout Grid) {
        // The backend may draw before it reports any event: lay out for the grid it gives.
        let size = Size(width: grid.width, height: grid.height)
        if size != state.size { dispatch(.resize(size)) }
        Screen.render(state, theme: theme, into: &grid)
    }

    /// Nothing to save yet: read state and bookmarks become durable with the bookmarks issue.
    func shutdown() {}

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
                var article = try ArticleLoader.load(path: summary.path, options: options).article
                article.id = summary.id  // the id comes from the path inside the library, as the list has it
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
            do {
                let library = try Library.load(at: libraryRoot, options: options)
                return .libraryLoaded(library.articles.map(\.summary), problems: library.problems.count)
            } catch {
                return .effectFailed(error.description)
            }
        case .quit:
            quitting = true
            return nil
        }
    }
}
