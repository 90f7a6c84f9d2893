import TextAnalysis
import Testing

/// Chinese and Japanese quotations (no spaces between words) are quotations with speakers, not terms.
@Suite struct CJKQuotationTests {
    @Test(arguments: ["と話した", "と述べた", "と語った"])
    func japaneseQuotationThenToAndVerbTakesTheSubjectBeforeIt(tail: String) {
        let analysis = Analyze.paragraphs("市長は「来年の春までに新しい図書館を開きたい」\(tail)。")
        #expect(analysis.quotes.map(\.speaker) == ["市長"])
        #expect(analysis.quotes.first?.named == true)
        #expect(analysis.terms.isEmpty)
    }

    @Test func japaneseSubjectStopsAtItsParticle() {
        let analysis = Analyze.paragraphs("校長は入学式で「皆さんの挑戦を心から応援しています」と述べた。")
        #expect(analysis.quotes.map(\.speaker) == ["校長"])
    }

    @Test func chineseVerbAfterTheQuotationNamesTheSpeakerBeforeIt() {
        let analysis = Analyze.paragraphs("“这座桥将在雨季之前全部完工，”张伟说。")
        #expect(analysis.quotes.map(\.speaker) == ["张伟"])
    }

    @Test func chineseSpeakerAndVerbBeforeAColonAndTheQuotation() {
        let analysis = Analyze.paragraphs("陈静表示：“学校下周将恢复正常上课。”")
        #expect(analysis.quotes.map(\.speaker) == ["陈静"])
        #expect(analysis.quotes.first?.text == "学校下周将恢复正常上课。")
    }

    @Test func aShortCJKQuotationIsStillATerm() {
        let analysis = Analyze.paragraphs("这部电影叫“红河”，上映后很受欢迎。")
        #expect(analysis.quotes.isEmpty)
        #expect(analysis.terms.map(\.text) == ["红河"])
    }
}
