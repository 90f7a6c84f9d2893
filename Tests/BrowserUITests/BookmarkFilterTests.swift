import ArticleModel
@testable import BrowserUI
import Foundation
import Testing

/// Issue 18, item 14: the `B` filter folds each bookmark once, when the list changes, not per key.
@Suite struct BookmarkFilterTests {
    static func bookmark(_ title: String, note: String? = nil) -> Bookmark {
        Bookmark(articleID: ArticleID(rawValue: title), path: title, fingerprint: "f", title: title, note: note,
                 created: Date(timeIntervalSince1970: 0))
    }

    @Test func theFilterReadsFoldedTextsKeptWithTheItems() {
        var list = BookmarkList()
        let huge = "Đại sứ quán " + String(repeating: "ghi chú dài ", count: 5_000) + "hidden far away"
        list.items = [Self.bookmark("Hà Nội", note: huge), Self.bookmark("Storm"), Self.bookmark("Biển", note: "dai su")]
        #expect(list.searchTexts.count == 3)
        #expect(list.searchTexts[0].hasPrefix("ha noi\ndai su quan"))
        #expect(list.searchTexts[0].count < 20_010)  // past the searched length, a note is not folded
        list.filter = "DAI SU"
        #expect(list.visible.map(\.title) == ["Hà Nội", "Biển"])
        list.filter = "storm"
        #expect(list.visible.map(\.title) == ["Storm"])
        list.items.removeFirst()
        list.filter = "quan"
        #expect(list.visible.isEmpty)
    }
}
