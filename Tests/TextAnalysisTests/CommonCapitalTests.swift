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

    @Test func aLawsNameJoinedByOfIsNoName() {
        let analysis = Analyze.paragraphs("The pair were charged under the Misuse of Drugs Act last spring.")
        #expect(analysis.entities(.organization).isEmpty)
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aClubThatIsAGivenNameStartsAPersonOutsideFootball() {
        let analysis = Analyze.paragraphs("Chelsea Pirrie, a nurse at the clinic, said the queues had doubled this winter.")
        #expect(analysis.entities(.person) == ["Chelsea Pirrie"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func aPublishersNameEndsWithBooks() {
        let analysis = Analyze.paragraphs("Her first novel was published by Tamarind Books in March.")
        #expect(analysis.entities(.organization) == ["Tamarind Books"])
        #expect(analysis.entities(.person).isEmpty)
    }

    /// A function word between lowercase words is no name: a sentence start whose full stop was left out
    /// (`at high speed They spend`) or capitals for emphasis (`improve services AND cut taxes`); a known
    /// body in capitals stays one (`the WHO said`).
    @Test func aFunctionWordBetweenLowercaseWordsIsNoName() {
        let analysis = Analyze.paragraphs(
            "Most users are logging on at high speed They spend twice as long online. The party claims it can "
                + "improve services AND cut taxes, and the WHO said it agreed.")
        #expect(analysis.entities.map(\.text) == ["WHO"])
    }
}
