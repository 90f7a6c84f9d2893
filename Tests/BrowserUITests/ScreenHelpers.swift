import ArticleModel
import BrowserUI
import TerminalCanvas

/// Drives the real flow: a library, Enter on an article, the body arriving, then any further keys.
func openedState(opening article: Article, in library: [Article], size: Size, keys: [KeyEvent] = []) -> AppState {
    var state = AppState(articles: library.map(\.summary), size: size)
    state.selection = library.firstIndex { $0.id == article.id } ?? 0
    let effects = reduce(&state, .key(.enter))
    if effects.contains(where: { if case .loadArticle = $0 { true } else { false } }) {
        _ = reduce(&state, .articleLoaded(article))
    }
    for key in keys { _ = reduce(&state, .key(key)) }
    return state
}

func render(_ state: AppState, theme: Theme = TestTheme.theme) -> Grid {
    var grid = Grid(width: state.size.width, height: state.size.height)
    Screen.render(state, theme: theme, into: &grid)
    return grid
}

/// Answers the load the state waits for (a preview, say) with the library's article, as the executable does.
func finishLoading(_ state: inout AppState, from library: [Article]) {
    while let id = state.loading, let article = library.first(where: { $0.id == id }) {
        _ = reduce(&state, .articleLoaded(article))
    }
}
