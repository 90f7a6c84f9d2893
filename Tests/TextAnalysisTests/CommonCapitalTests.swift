import ArticleModel
import TextAnalysis
import Testing

/// Capitalised common words that name nobody (the people here are made up).
@Suite struct CommonCapitalTests {
    @Test func aDepartmentAfterKhoaIsNoPerson() {
        let analysis = Analyze.paragraphs("BS Trịnh Văn Lộc, Trưởng khoa Sơ sinh, cho biết các bé đã ổn định.")
        #expect(analysis.entities(.person) == ["Trịnh Văn Lộc"])
    }

    @Test func aSentencesFirstSyllableBeforeALowercaseOneIsACommonWord() {
        let analysis = Analyze.paragraphs("Ông Lâm đã gặp Thủ tướng Thái Lan. Dự kiến hai bên ký thỏa thuận vào tuần tới.")
        #expect(analysis.entities(.person) == ["Lâm"])
        #expect(analysis.entities(.place) == ["Thái Lan"])
    }

    @Test(arguments: ["Science", "Transport", "Health"])
    func aFieldBeforeAMinisterIsPartOfTheTitle(field: String) {
        let analysis = Analyze.paragraphs("\(field) minister Harriet Quell said the money would arrive next year.")
        #expect(analysis.entities(.person) == ["Harriet Quell"])
        #expect(analysis.entities(.organization).isEmpty)
    }
}
