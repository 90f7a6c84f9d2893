import ArticleModel
import TextAnalysis
import Testing

/// A work's title opened by a capitalised `The` mid-sentence (made up).
@Suite struct TheTitleTests {
    @Test func aCapitalisedTheMidSentenceOpensAWorksTitle() {
        let analysis = Analyze.paragraphs(
            "Ella Vance won best actress for The Quiet Keeper on Sunday.",
            "Quiet Keeper was shot in Cornwall, and The Guardian praised it.")
        #expect(analysis.entities(.person) == ["Ella Vance"])
        #expect(analysis.entities(.organization) == ["The Guardian"])
    }
}
