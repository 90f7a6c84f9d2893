import ArticleModel
import BrowserUI
import Foundation
import TerminalCanvas
import LedeTestSupport
import Testing

/// The bookmark and read-state keys through `reduce`, answering the effects the way the executable does
/// (the answers are built here as `BookmarkUpdate`s; BrowserAppTests drive the real state store).
@Suite struct BookmarkReducerTests {
    let size = Size(width: 120, height: 40)

    func bookmark(_ article: ArticleSummary, quote: Quote? = nil, note: String? = nil, minutes: Double = 0) -> Bookmark {
        Bookmark(articleID: article.id, path: article.path, fingerprint: article.fingerprint, title: article.title,
                 quote: quote.map { BookmarkedQuote($0) }, note: note,
                 created: Date(timeIntervalSince1970: 1_790_000_000 + minutes * 60))
    }

    func update(_ bookmarks: [Bookmark], canUndo: Bool = false, _ event: BookmarkUpdate.Event = .loaded) -> BookmarkUpdate {
        BookmarkUpdate(bookmarks: bookmarks, targets: Dictionary(uniqueKeysWithValues: bookmarks.map { ($0.id, $0.articleID) }),
                       canUndo: canUndo, event: event)
    }

    @Test func bInTheListBookmarksTheSelectedArticleAndTheAnswerMarksIt() throws {
        let library = Fixtures.ownLibrary()
        var state = AppState(articles: library.map(\.summary), size: size)
        _ = press(&state, .character("j"))
        let target = state.articles[1]
        #expect(press(&state, .character("b")) == [.toggleBookmark(target, quote: nil)])
        let added = bookmark(target)
        _ = reduce(&state, .bookmarksChanged(update([added], .added(added))))
        #expect(state.bookmarked == [target.id])
        #expect(state.status?.text.contains("a adds a note") == true)
        // The list draws the mark beside the bookmarked article only.
        let grid = render(state)
        let row = try #require(grid.lines.first { $0.contains(String(target.title.prefix(6))) })
        #expect(row.contains("★"))
        #expect(!(grid.lines.first { $0.contains(String(state.articles[0].title.prefix(6))) }?.contains("★") ?? true))
    }

    @Test func bInTheQuoteSidebarBookmarksTheSelectedQuoteAndNeedsOne() throws {
        var state = openedState(opening: Fixtures.harbour(), in: Fixtures.ownLibrary(), size: size)
        _ = press(&state, .tab)
        #expect(state.focus == .quotes)
        state.open?.selectedQuote = nil
        #expect(press(&state, .character("b")).isEmpty)
        #expect(state.status?.text == "Select a quote first (j k)")
        _ = press(&state, .character("j"), .character("j"))
        let quote = try #require(state.open?.article.analysis.quotes[1])
        let summary = try #require(state.articles.first { $0.id == state.open?.article.id })
        #expect(press(&state, .character("b")) == [.toggleBookmark(summary, quote: quote)])
        // In the reading pane, b is about the highlighted quote, and once Esc took the highlight away,
        // about the whole article.
        _ = press(&state, .backTab)
        #expect(state.focus == .reading)
        #expect(press(&state, .character("b")) == [.toggleBookmark(summary, quote: quote)])
        _ = press(&state, .escape)
        #expect(press(&state, .character("b")) == [.toggleBookmark(summary, quote: nil)])
    }

    @Test func aOpensTheNoteEditorAndAVietnameseNoteIsSubmittedWhole() throws {
        let library = Fixtures.ownLibrary()
        var state = AppState(articles: library.map(\.summary), size: size)
        _ = reduce(&state, .resize(size))  // the first action previews the selected article
        #expect(press(&state, .character("a")).isEmpty)
        #expect(state.status?.text == "This article is not bookmarked: b bookmarks it")
        let saved = bookmark(state.articles[0], note: "cũ")
        _ = reduce(&state, .bookmarksChanged(update([saved], .added(saved))))
        _ = press(&state, .character("a"))
        #expect(state.input?.purpose == .note(bookmarkID: saved.id))
        #expect(state.input?.editor.text == "cũ")
        // Backspace takes whole graphemes: "ũ" (even typed as u + combining tilde), then "c".
        _ = press(&state, .backspace, .backspace)
        #expect(state.input?.editor.text == "")
        type(&state, "ghi chú: đọc lại 中文")
        _ = press(&state, .backspace)  // one CJK character
        type(&state, "文")
        _ = press(&state, .left, .left, .left, .backspace)  // the "i" of "lại", after "中文" and a space
        #expect(state.input?.editor.text == "ghi chú: đọc lạ 中文")
        type(&state, "i")
        #expect(state.input?.editor.text == "ghi chú: đọc lại 中文")
        // A decomposed "ạ" (a + dot below) and its Backspace behave as one letter.
        _ = press(&state, .end)
        type(&state, " a\u{0323}")
        _ = press(&state, .backspace)
        #expect(state.input?.editor.text == "ghi chú: đọc lại 中文 ")
        #expect(press(&state, .enter) == [.saveNote(bookmarkID: saved.id, text: "ghi chú: đọc lại 中文 ")])
        #expect(state.input == nil)
        var noted = saved
        noted.note = "ghi chú: đọc lại 中文"
        _ = reduce(&state, .bookmarksChanged(update([noted], .noteSaved(noted))))
        #expect(state.status?.text == "Note saved")
        #expect(state.bookmarkList.items.first?.note == "ghi chú: đọc lại 中文")
    }

    @Test func escapeLeavesTheNoteUnchanged() throws {
        var state = AppState(articles: Fixtures.ownLibrary().map(\.summary), size: size)
        let saved = bookmark(state.articles[0], note: "giữ nguyên")
        _ = reduce(&state, .bookmarksChanged(update([saved])))
        _ = press(&state, .character("a"))
        type(&state, " thêm")
        #expect(press(&state, .escape).isEmpty)
        #expect(state.input == nil)
        #expect(state.bookmarkList.items.first?.note == "giữ nguyên")
    }

    func withBookmarks() throws -> (AppState, [Bookmark]) {
        let library = Fixtures.ownLibrary()
        var state = AppState(articles: library.map(\.summary), size: size)
        let harbour = Fixtures.harbour()
        let marks = [
            bookmark(state.articles[1], note: "đọc lại cuối tuần", minutes: 30),
            bookmark(harbour.summary, quote: harbour.analysis.quotes[2], minutes: 20),
            bookmark(state.articles[4], minutes: 10),
        ]
        _ = reduce(&state, .bookmarksChanged(update(marks)))
        return (state, marks)
    }

    @Test func capitalBOpensTheListAndItsKeysMoveCloseAndShowHelp() throws {
        var (state, marks) = try withBookmarks()
        _ = press(&state, .character("B"))
        #expect(state.overlay == .bookmarks)
        #expect(state.bookmarkList.selected == marks[0])
        _ = press(&state, .character("j"), .character("j"), .character("j"))
        #expect(state.bookmarkList.selected == marks[2])
        _ = press(&state, .character("k"))
        #expect(state.bookmarkList.selected == marks[1])
        _ = press(&state, .character("g"))
        #expect(state.bookmarkList.selection == 0)
        // The list underneath did not move.
        #expect(state.selection == 0)
        for close in [KeyEvent.escape, .character("B"), .character("q")] {
            _ = press(&state, .character("B"))
            #expect(press(&state, close).isEmpty, "q closes the list, it does not quit")
            #expect(state.overlay == nil)
        }
        _ = press(&state, .character("B"), .character("?"))
        #expect(state.overlay == .help(scroll: 0))
    }

    @Test func dDeletesAndUUndoesInTheListButTogglesReadOutsideIt() throws {
        var (state, marks) = try withBookmarks()
        _ = press(&state, .character("B"), .character("j"))
        #expect(press(&state, .character("u")).isEmpty)
        #expect(state.status?.text == "Nothing to undo")
        #expect(press(&state, .character("d")) == [.deleteBookmark(id: marks[1].id)])
        _ = reduce(&state, .bookmarksChanged(update([marks[0], marks[2]], canUndo: true, .deleted(marks[1]))))
        #expect(state.status?.text.hasSuffix("u undoes") == true)
        #expect(state.bookmarkList.selected == marks[2])
        #expect(press(&state, .character("u")) == [.undoDelete])
        var restored = marks[1]
        restored.id = "restored"
        _ = reduce(&state, .bookmarksChanged(update([marks[0], restored, marks[2]], .restored(restored))))
        #expect(state.bookmarkList.selected == restored)
        #expect(state.status?.text == "Bookmark restored")
        _ = press(&state, .escape)  // the message first
        #expect(state.overlay == .bookmarks)
        _ = press(&state, .escape)
        #expect(state.overlay == nil)
        #expect(press(&state, .character("u")) == [.toggleRead(state.articles[0])])
        #expect(press(&state, .character("d")).isEmpty)
    }

    @Test func slashFiltersWithoutDiacriticsAndEscapeShowsAllAgain() throws {
        var (state, marks) = try withBookmarks()
        _ = press(&state, .character("B"), .character("/"))
        #expect(state.input?.purpose == .filter)
        type(&state, "doc lai")
        #expect(state.bookmarkList.visible == [marks[0]])
        _ = press(&state, .enter)
        #expect(state.bookmarkList.filter == "doc lai")
        #expect(state.overlay == .bookmarks)
        #expect(state.status?.text.hasPrefix("1 bookmark match") == true)
        _ = press(&state, .character("/"))
        _ = press(&state, .escape)
        #expect(state.bookmarkList.visible.count == 3)
        // The quote's words and its speaker are searched too.
        _ = press(&state, .character("/"))
        type(&state, "nguyen thi lan")
        #expect(state.bookmarkList.visible == [marks[1]])
    }

    @Test func enterOpensTheArticleAndSelectsTheBookmarkedQuote() throws {
        var (state, marks) = try withBookmarks()
        let harbour = Fixtures.harbour()
        _ = press(&state, .character("B"), .character("j"))
        let effects = press(&state, .enter)
        #expect(state.overlay == nil)
        #expect(state.selectedArticle?.id == harbour.id)
        #expect(effects == [.loadArticle(harbour.summary), .markRead(harbour.summary)])
        _ = reduce(&state, .articleLoaded(harbour))
        #expect(state.open?.selectedQuote == 2)
        #expect(marks[1].quote?.text == harbour.analysis.quotes[2].text)
        // Again while it is open: no reload, the quote is selected at once.
        state.open?.selectedQuote = nil
        _ = press(&state, .character("B"), .character("j"))
        #expect(press(&state, .enter) == [.markRead(harbour.summary)])
        #expect(state.open?.selectedQuote == 2)
    }

    @Test func enterOnABookmarkWhoseFileIsGoneSaysSo() throws {
        var (state, marks) = try withBookmarks()
        var update = update(marks)
        update.targets[marks[0].id] = nil
        _ = reduce(&state, .bookmarksChanged(update))
        _ = press(&state, .character("B"))
        #expect(press(&state, .enter).isEmpty)
        #expect(state.status?.kind == .error)
        #expect(state.overlay == .bookmarks)
    }

    @Test func openingMarksReadAndUTogglesTheSelectedArticle() throws {
        var state = AppState(articles: Fixtures.ownLibrary().map(\.summary), size: size)
        #expect(render(state).lines[0].contains("Articles (8) · 8 unread "))
        let first = state.articles[0]
        #expect(press(&state, .enter) == [.loadArticle(first), .markRead(first)])
        #expect(state.read == [first.id])
        _ = reduce(&state, .articleLoaded(Fixtures.harbour()))
        #expect(render(state).lines[0].contains("Articles (8) · 7 unread "))
        _ = press(&state, .tab)  // to the reading pane: u is about the open article
        #expect(press(&state, .character("u")) == [.toggleRead(first)])
        _ = reduce(&state, .readToggled(first.id, read: false))
        #expect(state.read.isEmpty)
        #expect(state.status?.text == "Marked as unread")
        #expect(state.unreadCount == 8)
        // An article that is not in the list (filtered out, or gone) changes the read set, not the count.
        _ = reduce(&state, .readToggled(ArticleID(relativePath: "elsewhere.txt"), read: true))
        #expect(state.read.count == 1 && state.unreadCount == 8)
        _ = reduce(&state, .readToggled(state.articles[3].id, read: true))
        _ = reduce(&state, .readToggled(state.articles[3].id, read: true))
        #expect(state.unreadCount == 7, "marking twice counts once")
        _ = reduce(&state, .readStateLoaded(Set(state.articles.map(\.id))))
        #expect(render(state).lines[0].contains("Articles (8) ") && !render(state).lines[0].contains("unread"))
    }

    @Test func globalKeysKeepTheirMeaningOutsideTheList() {
        let map = KeyMap.standard
        #expect(map.command(for: .character("u")) == .toggleRead)
        #expect(map.command(for: .enter) == .open)
        #expect(map.command(for: .escape) == .close)
        #expect(map.command(for: .character("q")) == .quit)
        #expect(map.command(for: .character("B")) == .bookmarks)
        #expect(map.command(for: .character("d")) == nil)
    }
}

extension BookmarkReducerTests {
    @Test func theMouseSelectsOpensAndClosesInTheList() throws {
        var (state, marks) = try withBookmarks()
        _ = press(&state, .character("B"))
        // Rows inside the box (from y 2): bookmark 0 takes rows 2-3 (title, note), a blank row, then
        // bookmark 1 (title, quote) at 5-6.
        _ = reduce(&state, .key(.mouse(MouseEvent(.press, x: 10, y: 6))))
        #expect(state.bookmarkList.selected == marks[1])
        _ = reduce(&state, .key(.mouse(MouseEvent(.press, x: 10, y: 4))))  // the blank row: nothing
        #expect(state.bookmarkList.selected == marks[1])
        _ = reduce(&state, .key(.mouse(MouseEvent(.wheelDown, x: 10, y: 6))))
        #expect(state.bookmarkList.selected == marks[2])
        _ = reduce(&state, .key(.mouse(MouseEvent(.wheelUp, x: 10, y: 6))))
        let effects = reduce(&state, .key(.mouse(MouseEvent(.press, x: 10, y: 5))))  // a second click opens
        #expect(state.overlay == nil)
        #expect(effects.first == .loadArticle(Fixtures.harbour().summary))
        _ = press(&state, .character("B"))
        _ = reduce(&state, .key(.mouse(MouseEvent(.press, x: 0, y: 0))))  // outside the box
        #expect(state.overlay == nil)
    }
}
