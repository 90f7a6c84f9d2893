import ArticleModel
@testable import BrowserUI
import TerminalCanvas
import Testing

/// Issue 18, item 6: highlighting is painted per mark, not by testing every mark for every glyph.
@Suite struct ReadingLayoutMarkTests {
    /// The rule as it was written before: for each glyph, the highest-ranked mark over it wins (the
    /// first on a tie), and the last quotation over it names its quote.
    static func reference(_ article: Article, width: Int) -> [([Role], [Int32])] {
        let layout = ReadingLayout(article: article, width: width)
        var result: [([Role], [Int32])] = []
        var marks: [(block: Int, start: Int, end: Int, role: Role, quote: Int32, rank: Int)] = []
        for term in article.analysis.terms { marks.append((term.span.block, term.span.start, term.span.end, .term, -1, 0)) }
        for (index, quote) in article.analysis.quotes.enumerated() {
            marks.append((quote.span.block, quote.span.start, quote.span.end, .quotation, Int32(index), 1))
            if let speaker = quote.speakerSpan { marks.append((speaker.block, speaker.start, speaker.end, .quoteSpeaker, -1, 3)) }
        }
        for entity in article.analysis.entities {
            marks.append((entity.span.block, entity.span.start, entity.span.end, Theme.role(for: entity.type), -1, 2))
        }
        for line in layout.lines {
            guard line.anchor.block >= 0 else { continue }
            var roles = line.roles, quotes = line.quotes
            for (index, glyph) in line.glyphs.enumerated() {
                var rank = -1
                roles[index] = article.blocks[line.anchor.block].kind == .paragraph ? .bodyText : roles[index]
                quotes[index] = -1
                for mark in marks where mark.block == line.anchor.block
                    && glyph.sourceOffset >= mark.start && glyph.sourceOffset < mark.end {
                    if mark.quote >= 0 { quotes[index] = mark.quote }
                    if mark.rank > rank {
                        rank = mark.rank
                        roles[index] = mark.role
                    }
                }
            }
            result.append((roles, quotes))
        }
        return result
    }

    @Test func overlappingMarksPaintAsTheyAlwaysHave() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<40 {
            let text = String(repeating: "Nga và NATO “trích” ", count: 6)
            let length = text.unicodeScalars.count
            func span() -> TextSpan {
                let start = Int.random(in: 0..<length, using: &generator)
                return TextSpan(block: 0, start: start, end: min(length, start + Int.random(in: 0...30, using: &generator)))
            }
            let quotes = (0..<5).map { _ in
                Quote(text: "q", speaker: nil, named: false, span: span(), speakerSpan: Bool.random() ? span() : nil)
            }
            let entities = (0..<5).map { _ in Entity(text: "e", type: .person, canonical: "e", span: span()) }
            let terms = (0..<3).map { _ in Quote(text: "t", speaker: nil, named: false, span: span()) }
            var article = Article(id: ArticleID(rawValue: "x"), path: "x.txt", title: "T", blocks: [Block(.paragraph, text)])
            article.analysis = Analysis(quotes: quotes, terms: terms, entities: entities)
            let layout = ReadingLayout(article: article, width: 17 + round % 20)
            let expected = Self.reference(article, width: 17 + round % 20)
            let actual = layout.lines.filter { $0.anchor.block >= 0 }.map { ($0.roles, $0.quotes) }
            #expect(actual.map(\.0) == expected.map(\.0), "round \(round)")
            #expect(actual.map(\.1) == expected.map(\.1), "round \(round)")
        }
    }

    /// The paragraph from the report, larger: 30,000 quotations and as many entities in one block
    /// (quadratic painting took 10 s at 20,000 in a release build, minutes in a debug one). No time limit:
    /// the whole suite shares two cores, and speed belongs to the benchmarks.
    @Test func aParagraphOfManyQuotationsLaysOut() {
        let unit = "Nga và NATO “trích” ", unitLength = unit.unicodeScalars.count
        let count = 30_000
        var quotes: [Quote] = [], entities: [Entity] = []
        for index in 0..<count {
            let base = index * unitLength
            quotes.append(Quote(text: "trích", speaker: nil, named: false, span: TextSpan(block: 0, start: base + 12, end: base + 19)))
            entities.append(Entity(text: "NATO", type: .organization, canonical: "NATO", span: TextSpan(block: 0, start: base + 7, end: base + 11)))
        }
        var article = Article(id: ArticleID(rawValue: "x"), path: "x.txt", title: "T",
                              blocks: [Block(.paragraph, String(repeating: unit, count: count))])
        article.analysis = Analysis(quotes: quotes, entities: entities)
        let layout = ReadingLayout(article: article, width: 80)
        let line = layout.lines[layout.quoteLines[count - 1]]
        #expect(line.roles.contains(.quotation))
        #expect(line.quotes.contains(Int32(count - 1)))
        #expect(layout.quoteLines.count == count)
    }
}
