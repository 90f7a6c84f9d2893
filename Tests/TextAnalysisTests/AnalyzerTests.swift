import ArticleModel
import TextAnalysis
import Testing

/// Helpers shared by the analysis tests: analyse paragraphs, then look results up by text.
enum Analyze {
    static func paragraphs(_ texts: String...) -> Analysis {
        Analyzer().analyze(texts.map { Block(.paragraph, $0) })
    }

    static func blocks(_ texts: [String]) -> Analysis {
        Analyzer().analyze(texts.map { Block(.paragraph, $0) })
    }
}

extension Analysis {
    func quote(startingWith prefix: String) -> Quote? {
        quotes.first { $0.text.hasPrefix(prefix) }
    }

    func entities(_ kind: Entity.Kind) -> Set<String> {
        Set(entities.filter { $0.type == kind }.map(\.text))
    }
}

/// The text a span covers, counted in Unicode scalars as the model defines.
func covered(_ span: TextSpan, in blocks: [String]) -> String {
    let scalars = Array(blocks[span.block].unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[span.start..<span.end])
    return String(view)
}

@Suite struct AnalyzerTests {
    @Test func emptyBodyHasNothingToFind() {
        #expect(Analyzer().analyze([]) == Analysis.empty)
    }

    @Test func spansCoverExactlyTheQuotedWordsAndNames() {
        let text = "Bà Nguyễn Thị Mai nói: “Chúng tôi sẽ mở thêm ba tuyến xe buýt điện trong năm nay”."
        let analysis = Analyze.paragraphs(text)
        let quote = try! #require(analysis.quotes.first)
        #expect(covered(quote.span, in: [text]) == "Chúng tôi sẽ mở thêm ba tuyến xe buýt điện trong năm nay")
        #expect(quote.speaker == "Nguyễn Thị Mai")
        let speakerSpan = try! #require(quote.speakerSpan)
        #expect(covered(speakerSpan, in: [text]) == "Nguyễn Thị Mai")
        for entity in analysis.entities {
            #expect(covered(entity.span, in: [text]) == entity.text)
        }
    }

    @Test func spansCountScalarsNotCharactersOrUTF16() {
        // Emoji (2 UTF-16 units) and a flag (2 scalars, 1 character) before the quotation.
        let text = "👍🇻🇳 Ông Trần Văn Bình cho biết: \"Giá vé sẽ không tăng trong mùa hè này.\""
        let analysis = Analyze.paragraphs(text)
        let quote = try! #require(analysis.quotes.first)
        #expect(covered(quote.span, in: [text]) == "Giá vé sẽ không tăng trong mùa hè này.")
    }

    @Test func blockIndexIsKeptAcrossParagraphs() {
        let texts = ["Không có gì ở đây.", "Anh Lê Minh Tuấn nói: \"Tôi đi làm bằng xe buýt mỗi ngày.\""]
        let analysis = Analyze.blocks(texts)
        let quote = try! #require(analysis.quotes.first)
        #expect(quote.span.block == 1)
        #expect(covered(quote.span, in: texts).hasPrefix("Tôi đi làm"))
    }
}
