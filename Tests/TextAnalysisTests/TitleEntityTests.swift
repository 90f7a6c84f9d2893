import ArticleModel
import TextAnalysis
import Testing

/// The entities of a title line: read only when the title is Vietnamese.
@Suite struct TitleEntityTests {
    @Test func aVietnameseTitleIsReadEvenWithOnlyĂƠƯAmongItsLetters() {
        // ă, ơ and ư but no tone mark and no đ: the check missed these titles once.
        let found = Analyzer().titleEntities("Ông Trương Văn Minh thăm Sa Pa")
        #expect(found.contains { $0.type == .person && $0.text.contains("Trương Văn Minh") })
    }

    @Test func anEnglishHeadlineIsNotRead() {
        #expect(Analyzer().titleEntities("Storm closes schools across the Coast").isEmpty)
    }
}
