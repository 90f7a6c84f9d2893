import ArticleModel
import Foundation
import ReadingState
import Testing

/// A bookmark and a read mark follow their article when its file is renamed (by fingerprint) and when
/// it is lightly edited (by path).
@Suite struct IdentityTests {
    let scratch: Scratch
    init() throws { scratch = try Scratch() }

    @Test func renamedArticleKeepsItsBookmarkAndReadState() throws {
        let original = scratch.article("2024/storm.txt", text: "Schools across the coast closed.", title: "Storm")
        let store = scratch.open()
        store.attach([original])
        let bookmark = store.addBookmark(original, note: "keep")
        store.markRead(original)
        #expect(store.save() == .saved)

        let renamed = scratch.article("archive/storm-closes-schools.txt", text: "Schools across the coast closed.", title: "Storm")
        let reopened = scratch.open()
        reopened.attach([renamed, scratch.article("other.txt", text: "Something else.")])
        #expect(reopened.isBookmarked(renamed))
        #expect(reopened.isRead(renamed))
        #expect(reopened.article(for: reopened.bookmarks[0]) == renamed)
        #expect(reopened.pendingChanges == 1)  // the new location, saved with the next save
        #expect(reopened.save() == .saved)

        let saved = try #require(scratch.open().bookmarks.first)
        #expect(saved.id == bookmark.id)
        #expect(saved.note == "keep")
        #expect(saved.path == "archive/storm-closes-schools.txt")
        #expect(saved.articleID == ArticleID(relativePath: "archive/storm-closes-schools.txt"))
    }

    @Test func lightlyEditedArticleIsMatchedByPath() throws {
        let before = scratch.article("storm.txt", text: "Schools closed on Friday.", title: "Storm")
        let store = scratch.open()
        store.addBookmark(before)
        store.markRead(before)
        #expect(store.save() == .saved)

        let after = scratch.article("storm.txt", text: "Schools closed on Friday, officials said.", title: "Storm closes schools")
        let reopened = scratch.open()
        reopened.attach([after])
        #expect(reopened.isBookmarked(after))
        #expect(reopened.isRead(after))
        #expect(reopened.bookmarks[0].fingerprint == after.fingerprint)
        #expect(reopened.bookmarks[0].title == "Storm closes schools")
    }

    @Test func pathThatStillExistsWinsOverACopyOfTheOldText() throws {
        let text = "The original words."
        let store = scratch.open()
        store.addBookmark(scratch.article("a.txt", text: text))
        let edited = scratch.article("a.txt", text: "The edited words.")
        let copy = scratch.article("copy.txt", text: text)
        store.attach([edited, copy])
        #expect(store.isBookmarked(edited))
        #expect(!store.isBookmarked(copy))
    }

    @Test func articleThatIsGoneKeepsItsBookmarkUnmatched() throws {
        let store = scratch.open()
        store.addBookmark(scratch.article("gone.txt", text: "Gone."))
        store.attach([scratch.article("other.txt", text: "Other.")])
        #expect(store.bookmarks.count == 1)
        #expect(store.article(for: store.bookmarks[0]) == nil)
        #expect(store.pendingChanges == 1)
    }

    @Test func readStateTogglesAndCounts() {
        let store = scratch.open()
        let articles = (0..<4).map { scratch.article("\($0).txt", text: "Body \($0).") }
        store.attach(articles)
        #expect(store.unreadCount(articles) == 4)
        #expect(store.markRead(articles[0]))
        #expect(!store.markRead(articles[0]))
        #expect(store.toggleRead(articles[1]))
        #expect(store.unreadCount(articles) == 2)
        #expect(!store.toggleRead(articles[1]))
        #expect(store.unreadCount(articles) == 3)
        #expect(store.save() == .saved)
        let reopened = scratch.open()
        #expect(reopened.isRead(articles[0]))
        #expect(!reopened.isRead(articles[1]))
    }

    @Test func quotationIsFoundAgainAfterAnEdit() throws {
        let store = scratch.open()
        let original = scratch.fullArticle("q.txt", text: "Ông nói: “Tuyến mới giúp người dân”.")
        let words = "Tuyến mới giúp người dân"
        let start = original.blocks[0].text.unicodeScalars.count - words.unicodeScalars.count - 2
        let quote = Quote(text: words, speaker: "Ông", named: false,
                          span: TextSpan(block: 0, start: start, end: start + words.unicodeScalars.count))
        #expect(original.text(of: quote.span) == words)
        let bookmark = store.addBookmark(original.summary, quote: quote)
        #expect(bookmark.quoteSpan(in: original) == quote.span)

        var edited = original
        edited.blocks = [Block(.lede, "Thêm một câu mở đầu."), Block(.paragraph, "Hôm qua, ông nói: “Tuyến mới giúp người dân”.")]
        let span = try #require(bookmark.quoteSpan(in: edited))
        #expect(edited.text(of: span) == words)
        edited.blocks = [Block(.paragraph, "Nothing of it is left.")]
        #expect(bookmark.quoteSpan(in: edited) == nil)
    }
}
