import ArticleModel
import TextAnalysis
import Testing
import TextKit

/// Text built to break naive analysers. These must finish (the analysis is linear) and give sane results;
/// speed itself is measured by the benchmark, not here.
@Suite struct HostileTextTests {
    @Test func unbalancedMarksDoNotSwallowLaterParagraphs() {
        let texts = ["\"\u{201C}\u{00AB} mở mà không đóng", "Bình thường. Ông Tạ Quang Bửu cho biết: \"Câu này có đủ bốn từ trở lên.\""]
        let analysis = Analyze.blocks(texts)
        #expect(analysis.quotes.allSatisfy { $0.span.block == 0 || $0.text == "Câu này có đủ bốn từ trở lên." })
        #expect(analysis.quotes.contains { $0.speaker == "Tạ Quang Bửu" })
    }

    @Test func fiveMegabyteParagraph() {
        let sentence = "Ông Nguyễn Văn Minh nói: \"Chúng tôi đang làm việc rất chăm chỉ mỗi ngày.\" "
        let repeats = 5_000_000 / sentence.utf8.count + 1
        let text = String(repeating: sentence, count: repeats)
        #expect(text.utf8.count >= 5_000_000)
        let analysis = Analyzer().analyze([Block(.paragraph, text)])
        #expect(analysis.quotes.count == repeats)
        #expect(analysis.quotes.last?.speaker == "Nguyễn Văn Minh")
        #expect(analysis.quotes.last.map { $0.span.end <= text.unicodeScalars.count } == true)
    }

    @Test func tenThousandQuoteMarks() {
        let text = String(repeating: "\" ", count: 10_000) + String(repeating: "\u{201C}", count: 10_000)
        let analysis = Analyzer().analyze([Block(.paragraph, text)])
        #expect(analysis.quotes.isEmpty)
        #expect(analysis.entities.isEmpty)
    }

    @Test func tenThousandAlternatingQuotes() {
        let text = String(repeating: "\"a b\" ", count: 5_000)
        let analysis = Analyzer().analyze([Block(.paragraph, text)])
        #expect(analysis.terms.count == 5_000)
        #expect(analysis.quotes.isEmpty)
    }

    @Test func fiveHundredCombiningMarksOnOneLetter() {
        let zalgo = "A" + String(repeating: "\u{0301}", count: 500)
        let text = "Ông \(zalgo) nói: \"Đây là một câu rất bình thường.\" Rồi \(zalgo)\(zalgo) đi."
        let analysis = Analyzer().analyze([Block(.paragraph, text)])
        #expect(analysis.quotes.count == 1)
        #expect(analysis.quotes[0].text == "Đây là một câu rất bình thường.")
        #expect(DiacriticFolding.fold(zalgo) == "a")
    }

    @Test func manyDistinctCapitalisedNamesStayBounded() {
        // Every pair is a different "name" sharing one surname: canonicalisation must not go quadratic.
        var words: [String] = []
        // (The number spelt in letters, `Tenbc`: a word of letters and digits is a product's code.)
        for i in 0..<20_000 {
            let letters = String(i).unicodeScalars.map { String(Character(Unicode.Scalar($0.value + 49)!)) }.joined()
            words.append("Ten\(letters) Smith said so.")
        }
        let analysis = Analyzer().analyze([Block(.paragraph, words.joined(separator: " "))])
        #expect(analysis.entities.filter { $0.type == .person }.count == 20_000)
    }

    /// Thousands of bodies and thousands of descriptions of a body none of them is (`the commission said`):
    /// each description looks back a bounded way, and none takes a body whose name lacks its word.
    @Test func thousandsOfBodiesDescribedWithThe() {
        let paragraph = "Harlow Council met on Monday. \"We will look at every case on its merits,\" the commission said. "
        let analysis = Analyzer().analyze([Block(.paragraph, String(repeating: paragraph, count: 3_000))])
        #expect(analysis.quotes.count == 3_000)
        #expect(analysis.quotes.allSatisfy { $0.speaker == "the commission" && !$0.named })
    }

    @Test func controlAndBidiCharactersDoNotCrash() {
        let text = "\u{202E}Ông\u{0000} Lê\u{200B} Văn\t\"trích\u{202E} dẫn có bốn từ\"\r\n\u{FEFF}"
        let analysis = Analyzer().analyze([Block(.paragraph, text), Block(.heading, ""), Block(.paragraph, "\"")])
        #expect(analysis.quotes.count + analysis.terms.count <= 2)
    }

    @Test func randomTextKeepsEverySpanInsideItsBlock() {
        // A fixed-seed generator over pieces that exercise every rule: marks, titles, names, dates.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces = ["\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "'", "\u{2018}", "\u{2019}", " ", " ", ", ",
                      ". ", ": ", "ông", "Ông", "Nguyễn", "Văn", "An", "nói", "cho biết", "said", "Mr", "Smith",
                      "Bộ", "Ngoại giao", "Nga", "Hà Nội", "18/10", "2021", "tháng", "4/2021", "April", "Monday",
                      "NATO", "(", ")", "-", "\u{0301}", "👍", "e\u{0301}", "\n", "thứ", "Hai", "of", "Bank"]
        var blocks: [String] = []
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<next(60) { text += pieces[next(pieces.count)] }
            blocks.append(text)
        }
        let analysis = Analyze.blocks(blocks)
        let counts = blocks.map { $0.unicodeScalars.count }
        for quote in analysis.quotes + analysis.terms {
            #expect(quote.span.end <= counts[quote.span.block])
            #expect(covered(quote.span, in: blocks) == quote.text)
        }
        for entity in analysis.entities {
            #expect(entity.span.end <= counts[entity.span.block])
            #expect(covered(entity.span, in: blocks) == entity.text)
        }
    }
}
