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

/// A title cut for display, and headlines in Title Case, whose capitals tell no name from a word.
@Suite struct TitleCaseTests {
    @Test func aTitleTheBodyStartsWithNamesNothingOfItsOwn() {
        // A title made from the first sentence and cut: its last word is a fragment (`Hà Tĩ`).
        let body = [Block(.lede, "Đoàn công tác của tỉnh đã đến thăm các xã vùng lũ của Hà Tĩnh trong ba ngày cuối tuần.")]
        #expect(Analyzer().titleEntities("Đoàn công tác của tỉnh đã đến thăm các xã vùng lũ của Hà Tĩ…", body: body).isEmpty)
        // (The same title whole, before another body, names the place.)
        let whole = Analyzer().titleEntities("Đoàn công tác của tỉnh đã đến thăm các xã vùng lũ của Hà Tĩnh",
                                             body: [Block(.lede, "Mưa lớn kéo dài ba ngày.")])
        #expect(whole.map(\.text) == ["Hà Tĩnh"])
    }

    @Test func aWholeTitleIsReadWithItsBody() {
        let body = [Block(.lede, "Bà Trương Thị Mai Hoa nói chuyện với nông dân ở Sa Pa.")]
        let found = Analyzer().titleEntities("Bà Trương Thị Mai Hoa thăm Sa Pa", body: body)
        #expect(found.map(\.text) == ["Trương Thị Mai Hoa", "Sa Pa"])
        #expect(found.allSatisfy { $0.span.block == 0 })
    }

    @Test func aVietnameseTitleCaseHeadlineNamesOnlyWhatTheBodyOrTheGazetteerNames() {
        let body = [Block(.lede, "Chiều qua, đoàn khách ghé đảo Cồn Thơm sau khi gặp ông Lò Văn Tám ở Hà Nội.")]
        let found = Analyzer().titleEntities("Ngắm Vẻ Đẹp Hoang Sơ Của Cồn Thơm Cùng Lò Văn Tám Từ Hà Nội", body: body)
        #expect(found.filter { $0.type == .person }.map(\.text) == ["Lò Văn Tám"])
        #expect(found.filter { $0.type == .place }.map(\.text) == ["Cồn Thơm", "Hà Nội"])
    }

    @Test func anEnglishTitleCaseHeadingInTheBodyMakesNobodyOfItsWords() {
        let analysis = Analyze.paragraphs(
            "Why Harbour Towns Are Losing Their Young People",
            "Councillor Mara Quill said the ferry cuts had hit the town of Brantock hardest.")
        #expect(analysis.entities(.person) == ["Mara Quill"])
        #expect(analysis.entities(.place) == ["Brantock"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func aBylineOfNamesAloneIsNoHeadline() {
        let analysis = Analyze.paragraphs("Giá xăng tăng lần thứ ba trong tháng.", "Phạm Thu Hà - Trần Minh Đức (Theo Reuters)")
        #expect(analysis.entities(.person) == ["Phạm Thu Hà", "Trần Minh Đức"])
    }
}
