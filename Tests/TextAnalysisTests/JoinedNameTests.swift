import ArticleModel
import TextAnalysis
import Testing

/// Names joined by `&` or a spaced dash, and bodies that run into a person's name or a verb (the firms,
/// clubs and people here are made up).
@Suite struct JoinedNameTests {
    @Test func twoWordsJoinedByAnAmpersandAreOneFirm() {
        let analysis = Analyze.paragraphs("The retailer now competes with Hollis & Barrow on every high street.")
        #expect(analysis.entities(.organization) == ["Hollis & Barrow"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aKnownCompanyBeforeOneUnknownWordNamesItsBusiness() {
        let analysis = Analyze.paragraphs("The engines were built by GE Turbines at a plant in Ohio.")
        #expect(analysis.entities(.organization) == ["GE Turbines"])
    }

    @Test func aProgrammeTitleAfterAKnownBodyIsNoPartOfIt() {
        let analysis = Analyze.paragraphs("The manager was speaking to BBC Night of the Cup after the game.")
        #expect(analysis.entities(.organization) == ["BBC"])
    }

    @Test func aClubJoinedToAKnownCompanyByASpacedDashIsOneName() {
        let analysis = Analyze.paragraphs("Sau vòng này, đội bóng Sao Mai - Viettel vẫn đứng đầu bảng xếp hạng.")
        #expect(analysis.entities(.organization) == ["Sao Mai - Viettel"])
    }

    @Test func aFullNameAfterATitledBodyIsThePerson() {
        let analysis = Analyze.paragraphs("Phát biểu tại hội nghị, Thứ trưởng Bộ Công Thương Trần Thị Minh Hoa nói giá sẽ ổn định.")
        #expect(analysis.entities(.organization) == ["Bộ Công Thương"])
        #expect(analysis.entities(.person) == ["Trần Thị Minh Hoa"])
    }

    @Test func anAcronymBetweenATitleAndAFullNameIsTheBody() {
        let analysis = Analyze.paragraphs("Theo Chủ tịch VTA Đỗ Văn Quang, sản lượng chè năm nay giảm mạnh.")
        #expect(analysis.entities(.organization) == ["VTA"])
        #expect(analysis.entities(.person) == ["Đỗ Văn Quang"])
    }

    @Test func aKnownCompanyAfterAHeadTakesNoVerbSyllable() {
        let analysis = Analyze.paragraphs("Tuần tới, Tập đoàn Nvidia tổ chức một hội thảo về chip ở Hà Nội.")
        #expect(analysis.entities(.organization) == ["Tập đoàn Nvidia"])
    }

    @Test(arguments: ["Công ty CP Thủy sản Xuất khẩu sạch Phú Lâm", "Công ty CP Dịch vụ vận tải Tây Ninh"])
    func lowercaseSyllablesInsideACompanysNameContinueIt(company: String) {
        let analysis = Analyze.paragraphs("Ông Lý Quốc Bảo, Giám đốc \(company), cho biết đơn hàng tăng.")
        #expect(analysis.entities(.organization) == [company])
    }

    @Test func aFunctionWordAfterACompanysNameEndsIt() {
        let analysis = Analyze.paragraphs("Năm ngoái, Công ty CP Thủy sản của Hà Nội đã xuất khẩu hai nghìn tấn.")
        #expect(analysis.entities(.organization) == ["Công ty CP Thủy sản"])
    }
}
