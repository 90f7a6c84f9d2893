import ArticleModel
import ArticleStore
import Feeds
import Foundation
import Testing
import TextAnalysis

/// A fetched item is stored as Markdown; the analyser must find in it the quotes and speakers it finds in the
/// same article saved as a `.txt` file.
@Suite struct AnalysisParityTests {
    static let paragraphs = [
        "Hà Nội - Chiều 5/12, ông Nguyễn Văn Nam, Giám đốc Sở Giao thông vận tải, cho biết: \"Chúng tôi sẽ hoàn thành dự án trước Tết Nguyên đán\".",
        "Theo ông Nam, công trình đã đạt 90% khối lượng theo báo cáo của sở.",
        "\"Đây là dự án quan trọng nhất của thành phố trong năm nay\", bà Trần Thị Lan, Phó chủ tịch UBND thành phố, nói.",
    ]

    static let item = """
        <rss version="2.0"><channel><title>Báo</title><item><title>Dự án về đích trước Tết</title>
        <description><![CDATA[<div class="content"><p>Hà Nội - Chiều 5/12, ông <b>Nguyễn Văn Nam</b>, Giám đốc Sở Giao thông
        vận tải, cho biết: "Chúng tôi sẽ hoàn thành dự án trước Tết Nguyên đán".</p>
        <p>Theo ông Nam, công trình đã đạt 90% khối lượng theo <a href="/bao-cao">báo cáo</a> của sở.</p>
        <img src="https://t.example/pixel.gif" width="1" height="1"><script>track()</script>
        <p>&quot;Đây là dự án quan trọng nhất của thành phố trong năm nay&quot;, bà Trần Thị Lan, Phó chủ tịch UBND thành phố, nói.</p></div>]]>
        </description></item></channel></rss>
        """

    /// Reads the file as the library does, then analyses it as the browser and the index do.
    static func load(_ text: String, path: String) throws -> Article {
        var article = try ArticleLoader.parse(Data(text.utf8), path: path, relativePath: path,
                                              modified: Date(timeIntervalSince1970: 0)).article
        article.analysis = Analyzer().analyze(article.blocks)
        return article
    }

    @Test func aFeedItemIsAnalysedLikeTheSameArticleInATextFile() throws {
        let feed = try FeedParser.parse(Data(Self.item.utf8), baseURL: URL(string: "https://bao.example/rss"))
        let item = try #require(feed.items.first)
        #expect(item.text.hasPrefix(Self.paragraphs[0] + "\n\n"))
        let markdown = "---\ntitle: \"\(item.title ?? "")\"\nsource: Báo\n---\n\n" + item.text + "\n"
        let stored = try Self.load(markdown, path: "feed/2026-12-05-du-an.md")
        let saved = try Self.load("Dự án về đích trước Tết\n\n" + Self.paragraphs.joined(separator: "\n\n") + "\n",
                                  path: "du-an.txt")
        let found = stored.analysis.quotes.map { [$0.text, $0.speaker ?? "-"] }
        #expect(found == saved.analysis.quotes.map { [$0.text, $0.speaker ?? "-"] })
        #expect(found.count == 2)
        #expect(found.map { $0[1] }.contains("Nguyễn Văn Nam"))
        #expect(stored.title == saved.title)
    }
}
