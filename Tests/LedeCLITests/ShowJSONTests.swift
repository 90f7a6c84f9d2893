import ArticleModel
import ArticleStore
import Foundation
import Testing
import TextAnalysis
@testable import lede

/// Issue 18, item 6: `show --json` streams its long lists, byte for byte what encoding it whole gave.
@Suite struct ShowJSONTests {
    @Test func theStreamedRecordIsTheWholeRecord() throws {
        let text = "Tiêu đề\n\n" + String(repeating: "“Nga và NATO sẽ đàm phán tiếp”, ông Sergei Lavrov nói tại Moskva. ", count: 2_000)
            + "\n\nQuote \"with } and ,\\\"blocks\\\":[] inside\" here.\n"
        var article = try ArticleLoader.parse(Data(text.utf8), path: "a \"blocks\":[].txt", relativePath: "a.txt",
                                              modified: Date(timeIntervalSince1970: 0)).article
        article.analysis = Analyzer().analyze(article.blocks)
        #expect(article.analysis.quotes.count > 1_000 && article.analysis.entities.count > 1_000)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let whole = Array(try encoder.encode(ArticleRecord(article))) + [0x0A]
        var chunks: [[UInt8]] = []
        try ArticleRecord.writeJSONLine(article) { chunks.append($0) }
        #expect(chunks.count > 1)
        #expect(chunks.joined().elementsEqual(whole))
    }
}
