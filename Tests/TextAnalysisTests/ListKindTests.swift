import ArticleModel
import TextAnalysis
import Testing

/// Names listed with known ones take their kind (the firms here, besides the known ones, are made up).
@Suite struct ListKindTests {
    @Test func anUnknownNameListedWithKnownCompaniesIsACompany() {
        let analysis = Analyze.paragraphs("Các kỹ sư này làm cho Intel, Samsung, Zentrova và Kelbrix ở nước ngoài.")
        #expect(analysis.entities(.organization) == ["Intel", "Samsung", "Zentrova", "Kelbrix"])
    }

    @Test func aListWithAPersonsNameIsLeftAlone() {
        let analysis = Analyze.paragraphs("The deal was signed by Intel, Samsung and Mr Bramwell on Tuesday.")
        #expect(analysis.entities(.organization) == ["Intel", "Samsung"])
        #expect(analysis.entities(.person) == ["Bramwell"])
    }

    @Test func aNameListedAfterAPlacePrefixIsAPlace() {
        let analysis = Analyze.paragraphs("Mưa lớn gây ngập ở các bang Veltria và Ostrane trong nhiều ngày.")
        #expect(analysis.entities(.place) == ["Veltria", "Ostrane"])
    }

    /// In a Vietnamese football report a lone foreign surname listed with a player's full name is a player,
    /// wherever the report names it; outside one a brand listed with a person stays a company.
    @Test func aSurnameListedWithAPlayerInAFootballReportIsAPlayer() {
        let analysis = Analyze.paragraphs(
            "Trận đấu trên sân nhà, HLV của CLB cho biết Bruno Fernandes và Quivaro đã có cú sút đẹp.",
            "Phút 64, Quivaro đệm bóng vào lưới.",
            "Hàng công gồm Zelvan, Tarrado và Bruno Fernandes.")
        #expect(analysis.entities(.person) == ["Bruno Fernandes", "Quivaro", "Zelvan", "Tarrado"])
        #expect(analysis.entities(.organization).isEmpty)
        // Every mention of a surname made a person, the one outside the list too (block 1).
        #expect(analysis.entities.filter { $0.text == "Quivaro" }.map(\.type) == [.person, .person])
    }

    @Test func aBrandListedWithAPersonOutsideFootballStaysACompany() {
        let analysis = Analyze.paragraphs("Ông Phạm Nhật Vượng và Zentrova đã ký thỏa thuận hợp tác mới.")
        #expect(analysis.entities(.organization) == ["Zentrova"])
    }

    /// So in an English football report: `Luis Figo, Dani and Patrick Kluivert` lists three players.
    @Test func aSurnameListedWithAPlayerInAnEnglishFootballReportIsAPlayer() {
        let analysis = Analyze.paragraphs(
            "The striker scored twice in the league, and his goals lifted the side above the derby rivals.",
            "They lost the second leg to goals from Luis Ferreiro, Danvo and Patrick Kolmar.")
        #expect(analysis.entities(.person) == ["Luis Ferreiro", "Danvo", "Patrick Kolmar"])
        #expect(analysis.entities(.organization).isEmpty)
    }
}
