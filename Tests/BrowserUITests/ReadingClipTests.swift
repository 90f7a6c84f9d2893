import ArticleModel
import BrowserUI
import Testing

/// Issue 18, item 6: a huge article opens clipped, saying so, and keeps its fingerprint.
@Suite struct ReadingClipTests {
    @Test func aHugeArticleIsClippedWithANote() {
        let blocks = [Block(.lede, String(repeating: "a", count: 600)), Block(.paragraph, String(repeating: "ở", count: 900)),
                      Block(.paragraph, "never shown")]
        var article = Article(id: ArticleID(rawValue: "x"), path: "x.txt", title: "T", blocks: blocks)
        let fingerprint = article.fingerprint
        #expect(ReadingClip.clip(&article, maxScalars: 1_000))
        #expect(article.blocks.count == 3)
        #expect(article.blocks[1].text == String(repeating: "ở", count: 400))
        #expect(article.blocks[2].text == "[The browser shows the first 1000 characters of this article and leaves out 511 more: "
            + "`lede show FILE` prints all of it.]")
        #expect(article.fingerprint == fingerprint)
    }

    @Test func anArticleUnderTheCapIsUntouched() {
        var article = Article(id: ArticleID(rawValue: "x"), path: "x.txt", title: "T", blocks: [Block(.paragraph, "short")])
        let before = article
        #expect(!ReadingClip.clip(&article, maxScalars: 5))
        #expect(article == before)
    }
}
