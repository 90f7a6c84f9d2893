import ArticleModel
import TextAnalysis
import Testing

@Suite struct AnalyzerTests {
    @Test func emptyBodyHasNothingToFind() {
        #expect(Analyzer().analyze([]) == Analysis.empty)
    }
}
