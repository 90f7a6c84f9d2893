import ArticleModel
import TextAnalysis
import Testing

/// Vietnamese common nouns written lowercase before a name, and titles before an acronym, that say what the
/// name is (people, firms and places here are made up).
@Suite struct VietnameseLowercaseCueTests {
    @Test func aNameAfterAnOutletsOrAFirmsNounIsABody() {
        let analysis = Analyze.paragraphs(
            "Theo tờ Morning Ledger, công ty Thái Sơn Phát đã ký hợp đồng với hãng Brightwell.",
            "Bệnh nhân được chuyển tới bệnh viện Rama Kishan ở New Delhi, tờ Lanna Sport cho biết.")
        #expect(analysis.entities(.organization) == [
            "Morning Ledger", "Thái Sơn Phát", "Brightwell", "Rama Kishan", "Lanna Sport",
        ])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aCapitalisedFirmsNounStaysTheHeadOfTheName() {
        let analysis = Analyze.paragraphs("Công ty Thái Sơn Phát vừa công bố kết quả kinh doanh quý I.")
        #expect(analysis.entities(.organization) == ["Công ty Thái Sơn Phát"])
    }

    @Test func aNameAfterALowercaseLandformOrVenueIsAPlace() {
        let analysis = Analyze.paragraphs(
            "Du khách qua cửa khẩu Tà Lùng rồi nghỉ ở khu Green Hill, gần bãi biển Ninh Chữ và tháp Bà Nà.",
            "Chùa nằm dưới chân núi Bà Đen.")
        #expect(analysis.entities(.place) == ["Tà Lùng", "Green Hill", "Ninh Chữ", "Bà Nà", "Bà Đen"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aLoneLetterAfterAPrefixOrACueNamesNothing() {
        let analysis = Analyze.paragraphs("Khách ở khu C của khách sạn được dùng sản phẩm của hãng W miễn phí.")
        #expect(analysis.entities(.place).isEmpty)
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func aProgrammesFeaturesOrEventsNameIsNoEntityButItsHostIsAPerson() {
        let analysis = Analyze.paragraphs(
            "Người dẫn chương trình Kevin Marlow giới thiệu tính năng Night Shield trong chương trình Tech Talk.",
            "Sự kiện Summer Beats thu hút hàng nghìn người.")
        #expect(analysis.entities(.person) == ["Kevin Marlow"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func anAcronymAfterATitleIsTheTitlesBody() {
        let analysis = Analyze.paragraphs(
            "Phó Chủ tịch VXTA Lê Văn Bình và Giám đốc KTH Hà Nội đã ký biên bản.",
            "GS.TSKH Trần Minh Khôi và BSCK II Phạm Thị Hoa dự hội thảo.")
        #expect(analysis.entities(.organization) == ["VXTA", "KTH Hà Nội"])
        #expect(analysis.entities(.person) == ["Lê Văn Bình", "Trần Minh Khôi", "Phạm Thị Hoa"])
    }

    @Test func aSchoolWrittenWithALowercaseNounBeforeItsLevelIsABody() {
        let analysis = Analyze.paragraphs(
            "Em đang học ở trường THPT Lạc Long Quân, còn anh trai học trường Cao đẳng nghề Cơ khí Thái Nguyên.",
            "Chị gái em là sinh viên trường Đại học Bách khoa Đà Nẵng.")
        // (A university is named without `trường`.)
        #expect(analysis.entities(.organization) == [
            "trường THPT Lạc Long Quân", "trường Cao đẳng nghề Cơ khí Thái Nguyên", "Đại học Bách khoa Đà Nẵng",
        ])
    }

    @Test func aBodysNameInSentenceCaseGoesOnOverItsFieldAndUnit() {
        let analysis = Analyze.paragraphs(
            "Bệnh nhân được đưa lên Trung tâm y tế huyện Mường Lát, còn Trung tâm kiểm soát bệnh tật TP Hà Nội "
                + "thông báo tìm người.")
        #expect(analysis.entities(.organization) == [
            "Trung tâm y tế huyện Mường Lát", "Trung tâm kiểm soát bệnh tật TP Hà Nội",
        ])
    }

    @Test func aFieldCompoundWrittenLowercaseStaysInsideTheName() {
        let analysis = Analyze.paragraphs(
            "Cục An toàn thông tin của Bộ Thông tin và truyền thông phối hợp với Viện Cổ sinh vật học tổ chức hội thảo.")
        #expect(analysis.entities(.organization) == [
            "Cục An toàn thông tin", "Bộ Thông tin và truyền thông", "Viện Cổ sinh vật học",
        ])
    }

    @Test func namesOfUpToThreeWordsListedWithKnownPlacesArePlaces() {
        let analysis = Analyze.paragraphs("Mưa lớn kéo dài ở Thanh Hóa, Nghệ An, Bản Lầu Thượng và Hà Tĩnh trong ba ngày.")
        #expect(analysis.entities(.place) == ["Thanh Hóa", "Nghệ An", "Bản Lầu Thượng", "Hà Tĩnh"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aCreatorsOrAnOverseasVietnamesesWordIsNoName() {
        let analysis = Analyze.paragraphs(
            "Nữ Youtuber Mirae Hana có hơn một triệu người theo dõi, còn cầu thủ Việt kiều này mới về nước.")
        #expect(analysis.entities(.person) == ["Mirae Hana"])
        #expect(analysis.entities(.place).isEmpty)
    }

    /// Festivals and the two schools of medicine are written capitalised and name no one.
    @Test func festivalsAndSchoolsOfMedicineAreNoNames() {
        let analysis = Analyze.paragraphs(
            "Dịp Trung Thu và Nguyên đán năm nay, ca sĩ Hồ Lệ Thu chữa bệnh bằng Đông Y thay cho Tây Y.")
        #expect(analysis.entities(.person) == ["Hồ Lệ Thu"])
    }

    @Test func aCapitalisedAdministrativeUnitInAnAddressIsThePlacesPrefix() {
        let analysis = Analyze.paragraphs("Cửa hàng ở số 12 phố Lê Đức Thọ, Quận Cầu Giấy; chi nhánh tại Huyện Đông Anh.")
        #expect(analysis.entities(.place) == ["Lê Đức Thọ", "Cầu Giấy", "Đông Anh"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aCompassWordAfterAPlacePrefixIsNoPartOfTheKnownPlaceAfterIt() {
        let analysis = Analyze.paragraphs(
            "Một vùng áp thấp hình thành ở miền Nam Philippines rồi đi vào phía Bắc Biển Đông.",
            "Máy bay bay qua Bắc Đại Tây Dương.")
        #expect(analysis.entities(.place) == ["Philippines", "Biển Đông", "Bắc Đại Tây Dương"])
    }

    @Test func aSchoolSubjectOrAFieldOfStudyIsNoEntity() {
        let analysis = Analyze.paragraphs(
            "Em thích môn Ngữ Văn, muốn học ngành Điện Công nghiệp ở Đà Nẵng hay ngành Ngôn ngữ Anh.")
        #expect(analysis.entities(.person).isEmpty)
        #expect(analysis.entities(.place) == ["Đà Nẵng"])
    }
}
