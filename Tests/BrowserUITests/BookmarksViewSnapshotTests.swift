import ArticleModel
import BrowserUI
import Foundation
import LedeTestSupport
import TerminalCanvas
import Testing

/// The `B` view at 80x24: a CJK title, a Vietnamese quote and note, an article whose file is gone,
/// and the filter; times in UTC so the baselines hold in every zone.
@Suite(.needsSeed) struct BookmarksViewSnapshotTests {
    func state() throws -> AppState {
        let library = try Fixtures.library()
        var state = AppState(articles: library.map(\.summary), size: Size(width: 80, height: 24))
        let seed = try Fixtures.seed(), cjk = Fixtures.cjk()
        func made(_ minutes: Int) -> Date { Date(timeIntervalSince1970: 1_790_000_000 + Double(minutes * 60)) }
        var gone = Bookmark(articleID: ArticleID(relativePath: "old/removed.md"), path: "old/removed.md",
                            fingerprint: "0", title: "A story whose file was deleted", created: made(0))
        gone.note = "tìm lại bản gốc"
        let marks = [
            Bookmark(articleID: cjk.id, path: cjk.path, fingerprint: cjk.fingerprint, title: cjk.title,
                     note: "ghi chú: đọc lại 中文", created: made(90)),
            Bookmark(articleID: seed.id, path: seed.path, fingerprint: seed.fingerprint, title: seed.title,
                     quote: BookmarkedQuote(seed.analysis.quotes[2]), note: "Trích dẫn quan trọng về NATO", created: made(45)),
            Bookmark(articleID: cjk.id, path: cjk.path, fingerprint: cjk.fingerprint, title: cjk.title,
                     quote: BookmarkedQuote(cjk.analysis.quotes[1]), created: made(30)),
            gone,
        ]
        var targets: [String: ArticleID] = [:]
        for mark in marks.dropLast() { targets[mark.id] = mark.articleID }
        _ = reduce(&state, .bookmarksChanged(BookmarkUpdate(bookmarks: marks, targets: targets, canUndo: false)))
        finishLoading(&state, from: library)
        state.bookmarkList.timeZone = TimeZone(identifier: "UTC")!
        _ = reduce(&state, .key(.character("B")))
        _ = reduce(&state, .key(.character("j")))
        return state
    }

    @Test func theListAt80x24() throws {
        let grid = render(try state())
        assertSnapshot(grid, named: "bookmarks-80x24")
        assertSnapshot(text: Snapshot.styleMap(of: grid, legend: TestTheme.legend, key: TestTheme.letter),
                       named: "bookmarks-80x24.roles")
    }

    @Test func filteredAndScrolled() throws {
        var state = try state()
        _ = reduce(&state, .key(.character("/")))
        for character in "DOC LAI" { _ = reduce(&state, .key(.character(character))) }
        assertSnapshot(render(state), named: "bookmarks-filter-typing-80x24")
        _ = reduce(&state, .key(.enter))
        state.size = Size(width: 60, height: 10)
        _ = reduce(&state, .key(.escape))  // dismisses the match count message first
        assertSnapshot(render(state), named: "bookmarks-filtered-60x10")
    }

    @Test func emptyList() throws {
        var state = AppState(articles: try Fixtures.library().map(\.summary), size: Size(width: 80, height: 24))
        _ = reduce(&state, .key(.character("B")))
        assertSnapshot(render(state), named: "bookmarks-empty-80x24")
    }
}
