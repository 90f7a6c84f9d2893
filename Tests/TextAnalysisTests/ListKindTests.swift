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
}
