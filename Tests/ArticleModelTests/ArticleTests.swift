import ArticleModel
import Foundation
import Testing

@Suite struct ArticleTests {
    let article = Article(
        id: ArticleID(relativePath: "world/nato.txt"), path: "lib/world/nato.txt", title: "Nga đóng cửa phái bộ",
        blocks: [Block(.lede, "Moscow đưa ra quyết định."), Block(.paragraph, "“Chúng tôi”, ông Lavrov nói.")])

    @Test func idIsStableAndDependsOnThePath() {
        #expect(ArticleID(relativePath: "world/nato.txt") == article.id)
        #expect(ArticleID(relativePath: "world/nato.txt").rawValue == "c9964c8ce841d49a")
        #expect(ArticleID(relativePath: "world/other.txt") != article.id)
        // Sixteen digits whatever the value: leading zeros kept.
        #expect(ArticleID(relativePath: "a/1913.txt").rawValue == "00057623ca3c4fc9")
        #expect(ArticleID(relativePath: "").rawValue == "cbf29ce484222325")
    }

    @Test func fingerprintFollowsTheBodyNotThePath() {
        var moved = article
        moved.path = "elsewhere.txt"
        let copy = Article(id: ArticleID(relativePath: "x"), path: "x", title: "other title", blocks: article.blocks)
        #expect(copy.fingerprint == article.fingerprint)
        let edited = Article(id: article.id, path: article.path, title: article.title,
                             blocks: [Block(.lede, "Moscow đưa ra quyết định khác.")])
        #expect(edited.fingerprint != article.fingerprint)
    }

    /// Fingerprints are stored in index files: hashing the blocks piece by piece must give the hash of
    /// the body joined by newlines, as it always was.
    @Test func fingerprintIsTheHashOfTheBlocksJoinedByNewlines() {
        #expect(article.fingerprint == StableHash.hex(of: "Moscow đưa ra quyết định.\n“Chúng tôi”, ông Lavrov nói."))
        let one = Article(id: article.id, path: article.path, title: "", blocks: [Block(.lede, "Một")])
        #expect(one.fingerprint == StableHash.hex(of: "Một"))
        let none = Article(id: article.id, path: article.path, title: "", blocks: [])
        #expect(none.fingerprint == StableHash.hex(of: ""))
    }

    @Test func spansAddressUnicodeScalarsOfABlock() {
        // "“Chúng tôi”": the quote's words start after the opening mark, at scalar 1.
        let span = TextSpan(block: 1, start: 1, end: 10)
        #expect(article.text(of: span) == "Chúng tôi")
        #expect(article.text(of: TextSpan(block: 7, start: 0, end: 1)) == "")
        #expect(article.text(of: TextSpan(block: 1, start: 0, end: 999)) == "")
    }

    @Test func spansOrderAndOverlap() {
        let a = TextSpan(block: 0, start: 2, end: 8), b = TextSpan(block: 0, start: 5, end: 9)
        #expect(a < b)
        #expect(a.overlaps(b))
        #expect(!a.overlaps(TextSpan(block: 1, start: 2, end: 8)))
        #expect(a.contains(TextSpan(block: 0, start: 3, end: 8)))
        #expect(!a.contains(b))
    }

    @Test func articleRoundTripsThroughJSON() throws {
        var withDate = article
        withDate.date = ArticleDate(Date(timeIntervalSince1970: 1_634_515_200), origin: .text)
        withDate.analysis = Analysis(
            quotes: [Quote(text: "Chúng tôi", speaker: "Sergei Lavrov", named: true,
                           span: TextSpan(block: 1, start: 1, end: 10))],
            entities: [Entity(text: "Moscow", type: .place, canonical: "Moscow",
                              span: TextSpan(block: 0, start: 0, end: 6))])
        let data = try JSONEncoder().encode(withDate)
        #expect(try JSONDecoder().decode(Article.self, from: data) == withDate)
        #expect(withDate.date?.day == "2021-10-18")
    }
}
