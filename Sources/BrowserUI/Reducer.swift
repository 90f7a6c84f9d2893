import ArticleModel
import TerminalCanvas

/// The one state transition of the browser: applies `action` to `state` and returns the effects for
/// the executable to perform. Pure: no I/O, no clock, no globals, so every key is testable.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    var effects: [Effect] = []
    switch action {
    case .key(.resize):
        break
    case .key(.mouse(let event)):
        effects = state.handleMouse(event, in: state.mode)
    case .key(let key):
        effects = state.handleKey(key, in: state.mode)
    case .command(let command):
        effects = state.perform(command)
    case .resize(let size):
        state.size = size
    case .libraryUpdated(let articles, let problems):
        state.indexing = nil
        state.replaceArticles(articles)
        effects = state.refreshSearch()
        if problems > 0 {
            state.status = StatusMessage("\(problems) file\(problems == 1 ? "" : "s") could not be read (lede list shows why)")
        }
    case .libraryLoaded(let articles, let problems):
        state.indexing = nil
        state.replaceArticles(articles)
        effects = state.refreshSearch()
        let skipped = problems > 0 ? ", \(problems) file\(problems == 1 ? "" : "s") with problems" : ""
        state.status = StatusMessage("Library reloaded: \(articles.count) article\(articles.count == 1 ? "" : "s")\(skipped)")
    case .articlesIndexed(let articles):
        state.mergeIndexed(articles)
    case .indexProgress(let progress):
        state.indexing = progress.flatMap { $0.done < $0.total ? $0 : nil }
    case .feedsProgress(let progress):
        state.fetching = progress
    case .feedsFetched(let progress):
        state.fetching = nil
        state.status = progress.summary
    case .feedsListed(let rows):
        state.showFeeds(rows)
    case .articleLoaded(let article):
        guard state.loading == article.id else { break }
        state.showLoaded(article)
        effects = state.articleOpenedForSearch()
    case .search(let answer):
        effects = state.receive(answer)
    case .articleFailed(let id, let message):
        if state.loading == id {
            state.loading = nil
            state.loadingPreview = false
        }
        state.status = StatusMessage(message, kind: .error)
    case .bookmarksChanged(let update):
        state.applyBookmarks(update)
    case .readStateLoaded(let read):
        state.read = read
    case .readToggled(let id, let read):
        state.applyReadToggle(id, read: read)
    case .notice(let message):
        state.status = StatusMessage(message)
    case .problem(let message):
        state.status = StatusMessage(message, kind: .error)
    case .themeChanged(let name, let problems):
        state.announceTheme(name, problems: problems)
    }
    state.settle()
    effects += state.keepUnreadOnly()
    return effects + state.previewSelection()
}
