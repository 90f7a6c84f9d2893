import ArticleModel
import BrowserUI
import Foundation
import TerminalCanvas
import Testing

/// The list filling while the background indexer reads a large library (issue 8).
@Suite struct ListFillTests {
    let size = Size(width: 100, height: 12)

    /// An article dated `day` days after 1 January 2020 (nil: undated).
    func summary(_ name: String, day: Int?, title: String? = nil) -> ArticleSummary {
        ArticleSummary(id: ArticleID(relativePath: name + ".txt"), path: "lib/" + name + ".txt",
                       title: title ?? name.capitalized, source: nil,
                       date: day.map { ArticleDate(Date(timeIntervalSince1970: 1_577_836_800 + Double($0) * 86_400),
                                                   origin: .frontMatter) },
                       fingerprint: name)
    }

    @Test func batchesJoinTheListNewestFirstWithUndatedLast() {
        var state = AppState(articles: [], size: size)
        _ = reduce(&state, .articlesIndexed([summary("b", day: 5), summary("undated", day: nil), summary("a", day: 9)]))
        #expect(state.articles.map(\.fingerprint) == ["a", "b", "undated"])
        _ = reduce(&state, .articlesIndexed([summary("c", day: 7), summary("d", day: 1), summary("e", day: 20),
                                             summary("f", day: 7, title: "Before C")]))
        #expect(state.articles.map(\.fingerprint) == ["e", "a", "f", "c", "b", "d", "undated"])
    }

    @Test func aChangedFileReplacesItsRowInsteadOfAddingOne() {
        var state = AppState(articles: [summary("a", day: 9), summary("b", day: 5)], size: size)
        _ = reduce(&state, .articlesIndexed([summary("b", day: 10, title: "B, revised")]))
        #expect(state.articles.map(\.title) == ["B, revised", "A"])
    }

    @Test func theSelectedArticleStaysSelectedOnItsRow() {
        var state = AppState(articles: (0..<30).map { summary("old\($0)", day: 100 - $0) }, size: size)
        for _ in 0..<15 { _ = reduce(&state, .key(.character("j"))) }
        let selected = state.selectedArticle?.id
        let row = state.selection - state.listOffset
        // Newer articles arrive above the selection: the reader's article and its row do not move.
        _ = reduce(&state, .articlesIndexed((0..<5).map { summary("new\($0)", day: 200 + $0) }))
        #expect(state.articles.count == 35)
        #expect(state.selectedArticle?.id == selected)
        #expect(state.selection - state.listOffset == row)
        #expect(state.articles.first?.fingerprint == "new4")
    }

    /// A batch read while the list shows a search's answer stays out of the answer (the index cannot
    /// answer for it yet) and joins the whole list that Esc brings back.
    @Test func aBatchReadUnderASearchJoinsTheWholeListBehindIt() {
        var state = AppState(articles: [summary("a", day: 9), summary("b", day: 5)], size: size)
        _ = reduce(&state, .resize(size))
        for key: KeyEvent in [.character("/"), .character("b")] { _ = reduce(&state, .key(key)) }
        _ = reduce(&state, .search(.results(query: "b", [SearchHit(summary: state.articles[1], matches: 1)])))
        #expect(state.articles.map(\.fingerprint) == ["b"])
        _ = reduce(&state, .articlesIndexed([summary("c", day: 7), summary("d", day: 1)]))
        #expect(state.articles.map(\.fingerprint) == ["b"])
        _ = reduce(&state, .key(.escape))
        #expect(state.articles.map(\.fingerprint) == ["a", "c", "b", "d"])
    }

    @Test func anEmptyBatchChangesNothing() {
        var state = AppState(articles: [summary("a", day: 1)], size: size)
        _ = reduce(&state, .resize(size))  // the first action previews the selected article
        let before = state
        _ = reduce(&state, .articlesIndexed([]))
        #expect(state == before)
    }
}
