import ArticleModel
import Foundation
import BrowserUI
import TerminalCanvas
import Testing

/// The reading flow through `reduce`: preview, next and next unread, Space at the end, marking the list
/// read, unread only, pane widths, the pager and terminal browsers. Bodies are answered as the
/// executable answers `.loadArticle`.
@Suite struct ReadingFlowTests {
    let wide = Size(width: 120, height: 40)

    /// A state and the library its loads are answered from.
    struct Reader {
        var state: AppState
        let library: [Article]

        init(size: Size, library: [Article]) {
            self.library = library
            state = AppState(articles: library.map(\.summary), size: size)
        }

        /// Runs `action` and the loads it asks for; every effect, answered or not.
        @discardableResult
        mutating func send(_ action: Action) -> [Effect] {
            var all: [Effect] = []
            var pending = [action]
            while !pending.isEmpty {
                let effects = reduce(&state, pending.removeFirst())
                all += effects
                for case .loadArticle(let summary) in effects {
                    if let article = library.first(where: { $0.id == summary.id }) { pending.append(.articleLoaded(article)) }
                }
            }
            return all
        }

        @discardableResult
        mutating func press(_ keys: KeyEvent...) -> [Effect] { keys.flatMap { send(.key($0)) } }

        var openID: ArticleID? { state.open?.article.id }
        var status: String? { state.status?.text }
    }

    func reader(_ size: Size? = nil) throws -> Reader {
        Reader(size: size ?? wide, library: Fixtures.ownLibrary())
    }

    static func loads(_ effects: [Effect]) -> [ArticleID] {
        effects.compactMap { if case .loadArticle(let summary) = $0 { summary.id } else { nil } }
    }

    static func marked(_ effects: [Effect]) -> [ArticleID] {
        effects.compactMap { if case .markRead(let summary) = $0 { summary.id } else { nil } }
    }

    // MARK: Preview

    @Test func theReadingPanePreviewsTheSelectionWithoutMarkingItRead() throws {
        var reader = try reader()
        let ids = reader.library.map(\.id)
        let first = reader.send(.resize(wide))
        #expect(Self.loads(first) == [ids[0]] && Self.marked(first).isEmpty)
        #expect(reader.openID == ids[0] && reader.state.open?.isPreview == true)
        #expect(reader.state.focus == .list)
        let moved = reader.press(.character("j"))
        #expect(Self.loads(moved) == [ids[1]] && Self.marked(moved).isEmpty)
        #expect(reader.openID == ids[1])
        #expect(reader.state.read.isEmpty && reader.state.unreadCount == ids.count)
        // A key that does not move the selection asks for nothing.
        #expect(Self.loads(reader.press(.character("T"))).isEmpty)
        let screen = render(reader.state).lines
        #expect(!screen.joined().contains("Select an article"))
        #expect(screen[1].contains(reader.library[1].title.prefix(10)))
    }

    @Test func theListHasTheRoomUntilAnArticleIsOpened() throws {
        var reader = try reader()
        reader.send(.resize(wide))
        // 120 columns: the list takes three fifths while it only previews, the sidebar waits.
        #expect(reader.state.screen.panes[.list]?.width == 72)
        #expect(reader.state.screen.panes[.quotes] == nil)
        let opened = reader.press(.enter)
        #expect(Self.loads(opened).isEmpty, "the previewed body is not read again")
        #expect(Self.marked(opened) == [reader.library[0].id])
        #expect(reader.state.open?.isPreview == false && reader.state.focus == .reading)
        #expect(reader.state.screen.panes[.list]?.width == 36)
        #expect(reader.state.screen.panes[.quotes] != nil)
        #expect(reader.state.open?.layout.width == (reader.state.screen.panes[.reading]?.width ?? 0) - 4)
    }

    /// Browsing, the list is at least as wide as when reading, and the reading pane keeps 24 columns
    /// (or what it has when reading, if less: 60 columns with the sidebar shown).
    @Test(arguments: [60, 80, 99, 100, 120, 160, 200, 300])
    func theBrowsingLayoutWidensTheListWithinReason(width: Int) {
        for preference in [nil, true, false] as [Bool?] {
            let size = Size(width: width, height: 30)
            let browsing = ScreenLayout(size: size, sidebarPreference: preference, focus: .list, reading: false)
            let reading = ScreenLayout(size: size, sidebarPreference: preference, focus: .list, reading: true)
            let list = browsing.panes[.list]?.width ?? 0, text = browsing.panes[.reading]?.width ?? 0
            #expect(list >= (reading.panes[.list]?.width ?? 0), "\(width) \(String(describing: preference))")
            #expect(text >= min(24, reading.panes[.reading]?.width ?? 0), "\(width) \(String(describing: preference))")
            #expect(list + text + (browsing.panes[.quotes]?.width ?? 0) == width)
        }
    }

    @Test func aPreviewThatCannotBeReadIsNotAskedForAgainAtEveryKey() throws {
        var state = AppState(articles: Fixtures.ownLibrary().map(\.summary), size: wide)
        let id = state.articles[0].id
        #expect(Self.loads(reduce(&state, .resize(wide))) == [id])
        _ = reduce(&state, .articleFailed(id, message: "gone"))
        #expect(Self.loads(reduce(&state, .key(.character("T")))).isEmpty)
        #expect(state.status == nil || state.status?.kind == .info)
    }

    @Test func underSixtyColumnsTheListAloneAsksForNoPreview() throws {
        var reader = try reader(Size(width: 50, height: 16))
        #expect(Self.loads(reader.send(.resize(Size(width: 50, height: 16)))).isEmpty)
        #expect(reader.state.open == nil)
    }

    // MARK: Next, previous, next unread

    @Test func capitalJAndKOpenTheNextAndPreviousArticleInTheReader() throws {
        var reader = try reader()
        let ids = reader.library.map(\.id)
        reader.press(.enter)
        let next = reader.press(.character("J"))
        #expect(Self.loads(next) == [ids[1]] && Self.marked(next) == [ids[1]])
        #expect(reader.openID == ids[1] && reader.state.focus == .reading && reader.state.selection == 1)
        #expect(reader.state.open?.isPreview == false)
        reader.press(.character("K"))
        #expect(reader.openID == ids[0])
        #expect(reader.press(.character("K")).isEmpty)
        #expect(reader.status == "This is the first article of the list")
        #expect(reader.state.read == [ids[0], ids[1]])
    }

    @Test func capitalUOpensTheNextUnreadGoingRoundTheList() throws {
        var reader = try reader()
        let ids = reader.library.map(\.id)
        reader.send(.readStateLoaded([ids[1], ids[2], ids[5]]))
        reader.press(.enter)
        #expect(Self.loads(reader.press(.character("U"))) == [ids[3]])
        #expect(reader.openID == ids[3] && reader.state.focus == .reading)
        reader.press(.character("U"), .character("U"))
        #expect(reader.openID == ids[6])
        reader.press(.character("U"))
        #expect(reader.openID == ids[7])
        // Round from the end of the list: everything is read now.
        #expect(reader.press(.character("U")).isEmpty)
        #expect(reader.status == "No unread articles left in the list")
        #expect(reader.state.unreadCount == 0)
    }

    @Test func capitalUFromThePreviewOpensTheSelectedArticleWhenItIsUnread() throws {
        var reader = try reader()
        let ids = reader.library.map(\.id)
        reader.send(.resize(wide))
        #expect(Self.marked(reader.press(.character("U"))) == [ids[0]])
        #expect(reader.openID == ids[0] && reader.state.open?.isPreview == false)
        // Reading it, U goes on; an article marked unread again while it is read is not reopened.
        reader.press(.character("u"))
        reader.send(.readToggled(ids[0], read: false))
        #expect(Self.marked(reader.press(.character("U"))) == [ids[1]])
    }

    @Test func spaceTurnsPagesThenGoesOnToTheNextUnread() throws {
        var reader = try reader(Size(width: 100, height: 16))
        let ids = reader.library.map(\.id)
        reader.press(.enter)
        #expect(reader.press(.character(" ")).isEmpty)
        let page = try #require(reader.state.open?.scroll)
        #expect(page > 0, "a page down while there is more to read")
        var pressed = 0
        while reader.openID == ids[0], pressed < 100 {
            reader.press(.character(" "))
            pressed += 1
        }
        #expect(reader.openID == ids[1], "at the end, Space opened the next unread")
        #expect(reader.state.read == [ids[0], ids[1]])
        #expect(reader.state.open?.scroll == 0)
    }

    // MARK: Marking the list read

    @Test func capitalAMarksTheListReadAndAgainUndoes() throws {
        var reader = try reader()
        let summaries = reader.state.articles
        reader.send(.readStateLoaded([summaries[0].id]))
        let unread = Array(summaries.dropFirst())
        #expect(reader.press(.character("A")) == [.setRead(unread, read: true)])
        #expect(reader.state.unreadCount == 0)
        #expect(reader.status == "7 articles marked read — A again undoes")
        #expect(reader.press(.character("A")) == [.setRead(unread, read: false)])
        #expect(reader.state.unreadCount == 7 && reader.state.read == [summaries[0].id])
        // Once another read mark changed, A marks again instead of undoing.
        reader.press(.character("A"), .character("j"), .character("u"))
        _ = reader.send(.readToggled(summaries[1].id, read: false))
        #expect(reader.press(.character("A")) == [.setRead([summaries[1]], read: true)])
    }

    @Test func capitalAMarksOnlyTheSearchResults() throws {
        var reader = try reader()
        let summaries = reader.state.articles
        reader.press(.character("/"), .character("x"))
        reader.send(.search(.results(query: "x", [SearchHit(summary: summaries[2], matches: 1),
                                                  SearchHit(summary: summaries[4], matches: 1)])))
        reader.press(.enter)
        #expect(reader.press(.character("A")) == [.setRead([summaries[2], summaries[4]], read: true)])
        reader.press(.escape, .escape)
        #expect(reader.state.articles.count == summaries.count)
        #expect(reader.state.unreadCount == summaries.count - 2)
    }

    // MARK: Unread only

    @Test func capitalFShowsOnlyTheUnreadAndAgainAll() throws {
        var reader = try reader()
        let summaries = reader.state.articles
        reader.send(.readStateLoaded([summaries[0].id, summaries[1].id]))
        #expect(reader.press(.character("F")).contains(.search("is:unread", typing: false)))
        let unread = summaries.dropFirst(2).map { SearchHit(summary: $0, matches: 0) }
        reader.send(.search(.results(query: "is:unread", unread)))
        #expect(reader.state.articles.count == 6)
        #expect(render(reader.state).lines[0].contains("Unread articles (6)"))
        // A search with it on asks for the unread among the results, the typed word last.
        #expect(reader.press(.character("/"), .character("h")).contains(.search("is:unread h", typing: true)))
        reader.press(.escape)
        #expect(reader.state.search.awaited == "")
        reader.press(.character("F"))
        #expect(reader.state.articles.count == summaries.count)
        #expect(render(reader.state).lines[0].contains("Articles (8) · 6 unread"))
    }

    @Test func nothingUnreadSaysHowToSeeEverything() throws {
        var reader = try reader(Size(width: 80, height: 12))
        reader.press(.character("F"))
        reader.send(.search(.results(query: "is:unread", [])))
        #expect(render(reader.state).lines[1].contains("No unread articles: F shows all"))
    }

    // MARK: Pane widths

    @Test func greaterAndLessWidenAndNarrowTheFocusedPane() throws {
        var reader = try reader()
        reader.press(.enter)
        let list = try #require(reader.state.screen.panes[.list]?.width)
        let sidebar = try #require(reader.state.screen.panes[.quotes]?.width)
        reader.press(.character(">"))  // the reading pane has focus: it gains from the list
        #expect(reader.state.screen.panes[.list]?.width == list - 4)
        reader.press(.backTab, .character(">"), .character(">"))
        #expect(reader.state.screen.panes[.list]?.width == list + 4)
        reader.press(.tab, .tab, .character("<"))
        #expect(reader.state.screen.panes[.quotes]?.width == sidebar - 4)
        for _ in 0..<20 { reader.press(.character("<")) }
        #expect(reader.state.screen.panes[.quotes]?.width == 16)
        #expect(reader.status == "That pane cannot be made narrower")
        #expect(render(reader.state).lines.count == 40)
    }

    // MARK: Search, bookmarks, keys

    @Test func slashStartsEmptyWithTheLastSearchOneUpAway() throws {
        var reader = try reader()
        reader.press(.character("/"), .character("h"), .character("a"), .enter)
        #expect(reader.state.search.listQuery == "ha")
        reader.press(.character("/"))
        #expect(reader.state.input?.editor.text == "")
        reader.press(.up)
        #expect(reader.state.input?.editor.text == "ha")
    }

    @Test func bAfterABracketBookmarksTheHighlightedQuote() throws {
        var state = openedState(opening: Fixtures.harbour(), in: Fixtures.ownLibrary(), size: wide)
        let summary = state.articles[0]
        let quotes = try #require(state.open?.article.analysis.quotes)
        _ = reduce(&state, .key(.character("]")))
        #expect(reduce(&state, .key(.character("b"))) == [.toggleBookmark(summary, quote: quotes[0])])
        _ = reduce(&state, .key(.escape))
        #expect(reduce(&state, .key(.character("b"))) == [.toggleBookmark(summary, quote: nil)])
        // The answer puts a ★ before the quote's speaker in the sidebar, and only there.
        let mark = Bookmark(articleID: summary.id, path: summary.path, fingerprint: summary.fingerprint,
                            title: summary.title, quote: BookmarkedQuote(quotes[0]), created: Date(timeIntervalSince1970: 1_790_000_000))
        _ = reduce(&state, .bookmarksChanged(BookmarkUpdate(bookmarks: [mark], targets: [mark.id: summary.id],
                                                            canUndo: false, event: .added(mark))))
        let sidebar = render(state).lines.map { String($0.suffix(28)) }
        #expect(sidebar.filter { $0.contains("★") }.count == 1)
        #expect(sidebar.contains { $0.contains("★ Trần Minh Quang") })
    }

    @Test func anUnboundKeySaysHowToGetHelp() throws {
        var reader = try reader()
        reader.press(.character("Z"))
        #expect(reader.status == "Z does nothing here: ? lists the keys")
        reader.press(.right)
        #expect(reader.status == "→ does nothing here: ? lists the keys")
        reader.press(.character("j"))
        #expect(reader.status == nil)
    }

    @Test func pShowsTheArticleInThePagerAndOLeavesTheScreenToTerminalBrowsers() throws {
        var state = openedState(opening: Fixtures.harbour(), in: Fixtures.ownLibrary(), size: wide)
        let article = try #require(state.open?.article)
        state.pager = ["most", "-s"]
        #expect(reduce(&state, .key(.character("p"))) == [.runInTerminal(arguments: ["most", "-s"], input: article)])
        state.linkOpener = ["w3m"]
        state.linkOpenerInTerminal = true
        let url = try #require(article.url)
        #expect(reduce(&state, .key(.character("o"))) == [.runInTerminal(arguments: ["w3m", url], input: nil)])
        state.linkOpenerInTerminal = false
        #expect(reduce(&state, .key(.character("o"))) == [.spawn(arguments: ["w3m", url])])
    }
}
