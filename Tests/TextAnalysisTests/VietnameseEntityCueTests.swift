import ArticleModel
import TextAnalysis
import Testing

/// Vietnamese words around a name that decide what it is, or that it is none (people, firms and ships
/// here are made up).
@Suite struct VietnameseEntityCueTests {
    @Test func aVesselsNameAndItsRepeatsAreNoEntity() {
        let analysis = Analyze.paragraphs(
            "Hải quân Malaysia điều tàu ngầm KRD Tuah Perkasa-301 (TPX 2) tới vùng biển ngoài khơi.",
            "TPX 2 có thể lặn sâu 600 mét. Tàu KRD Tuah Perkasa dự kiến quay về cảng vào cuối tuần.")
        #expect(analysis.entities(.organization) == ["Hải quân Malaysia"])
        #expect(analysis.entities(.person).isEmpty)
        #expect(analysis.entities(.place).isEmpty)
    }

    @Test func aCountryAfterAVesselWordIsStillThePlace() {
        let analysis = Analyze.paragraphs("Một tàu cá Việt Nam đã được cứu hộ kịp thời trong đêm qua.")
        #expect(analysis.entities(.place) == ["Việt Nam"])
    }

    @Test func anEventsNameIsNoPlaceButAPersonAfterItIsAPerson() {
        let analysis = Analyze.paragraphs(
            "Vận động viên này về nhất tại Giải vô địch bơi lội toàn quốc năm nay.",
            "Trưởng ban tổ chức Hội thao Lê Thị Bích Vân cho biết giải đấu thu hút 300 vận động viên.")
        #expect(analysis.entities(.place).isEmpty)
        #expect(analysis.entities(.person) == ["Lê Thị Bích Vân"])
    }

    @Test func aKnownBodyInsideAnEventsNameIsKept() {
        let analysis = Analyze.paragraphs("Các bộ trưởng dự Hội nghị ASEAN tại Viêng Chăn vào tuần tới.")
        #expect(analysis.entities(.organization) == ["ASEAN"])
    }

    @Test func aCapitalisedVenueWordBelongsToThePlace() {
        let analysis = Analyze.paragraphs("Trận chung kết diễn ra trên Sân vận động Mỹ Đình vào tối thứ Bảy.")
        #expect(analysis.entities(.place) == ["Sân vận động Mỹ Đình"])
    }

    @Test func fieldWordsContinueABodysNameBeforeACapitalOrANumber() {
        let analysis = Analyze.paragraphs(
            "Tổng công ty Xây dựng công trình giao thông 9 (Tramco 9) trúng thầu gói thầu này.",
            "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An đã khởi tố vụ án.")
        #expect(analysis.entities(.organization) == [
            "Tổng công ty Xây dựng công trình giao thông 9", "Tramco 9",
            "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An",
        ])
    }

    @Test func fieldWordsBeforeAVerbPhraseEndNoName() {
        let analysis = Analyze.paragraphs("Sở Y tế đầu tư thêm máy thở cho các bệnh viện tuyến huyện.")
        #expect(analysis.entities(.organization) == ["Sở Y tế"])
    }

    @Test func aCapitalisedCompoundStaysInsideTheName() {
        let analysis = Analyze.paragraphs(
            "Bệnh viện Nhi Trung ương tiếp nhận bệnh nhi, còn Viện kiểm sát nhân dân tối cao đã kháng nghị.",
            "Cơ quan Hàng không Vũ trụ Hàn Quốc phóng vệ tinh mới.")
        #expect(analysis.entities(.organization) == [
            "Bệnh viện Nhi Trung ương", "Viện kiểm sát nhân dân tối cao", "Cơ quan Hàng không Vũ trụ Hàn Quốc",
        ])
    }

    @Test func abbreviatedMinistriesKeepTheirAmpersand() {
        let analysis = Analyze.paragraphs("Bộ GD&ĐT và Bộ LĐ-TB&XH vừa ký kết chương trình phối hợp.")
        #expect(analysis.entities(.organization) == ["Bộ GD&ĐT", "Bộ LĐ-TB&XH"])
    }

    @Test func aRunEndingWithAKnownCompanyIsABody() {
        let analysis = Analyze.paragraphs("Tối qua, Đông Phong Viettel thắng đậm trên sân nhà.")
        #expect(analysis.entities(.organization) == ["Đông Phong Viettel"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aShortWordThatIsAlsoAnAcronymMakesNoBody() {
        let analysis = Analyze.paragraphs("Mưa lớn kéo dài ở huyện Ia Pa, tỉnh Gia Lai.")
        #expect(analysis.entities(.place) == ["Ia Pa", "Gia Lai"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func aPlaceAfterATeamWordIsTheTeam() {
        let analysis = Analyze.paragraphs(
            "Họ kém đội đầu bảng Thanh Hóa 3 điểm.", "Lực lượng bộ đội Lào diễn tập tại Thanh Hóa.")
        #expect(analysis.entities(.organization) == ["Thanh Hóa"])
        #expect(analysis.entities(.place) == ["Lào", "Thanh Hóa"])
    }

    @Test func aCompassWordAfterAPrefixIsNoPlace() {
        let analysis = Analyze.paragraphs("Nông dân miền Tây và các tỉnh phía Bắc đều được mùa, theo phương Tây đánh giá.")
        #expect(analysis.entities(.place).isEmpty)
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aForeignPhotoCreditIsAPublication() {
        let analysis = Analyze.paragraphs("Đoàn tàu mới chạy thử. Ảnh: Harbour Review.")
        #expect(analysis.entities(.organization) == ["Harbour Review"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func formsOfAddressAloneAreNoNames() {
        let analysis = Analyze.paragraphs(
            "Thủ tướng Anh Keir Starmer tới Hà Nội. Ông nói rằng hai nước sẽ hợp tác. Ông Starmer nói thêm.",
            "\"Anh em công nhân làm việc ba ca liên tục để kịp tiến độ\", đại diện nhà thầu cho biết.")
        #expect(analysis.entities(.place) == ["Anh", "Hà Nội"])
        #expect(analysis.entities(.person) == ["Keir Starmer", "Starmer"])
    }

    @Test func aTitleBeforeAUnitsFieldNamesNoPerson() {
        let analysis = Analyze.paragraphs("Trưởng phòng Kinh tế Đinh Văn Khoa ký quyết định thành lập tổ công tác.")
        #expect(analysis.entities(.person) == ["Đinh Văn Khoa"])
    }
}

@Suite struct VietnameseBodiesAndDatesTests {
    @Test func partyCommitteesInspectoratesAndNumberedUnits() {
        let analysis = Analyze.paragraphs(
            "Tỉnh ủy Bình Định, Thanh tra Chính phủ và Kiểm toán Nhà nước làm việc với Quân khu 5.")
        #expect(analysis.entities(.organization) == [
            "Tỉnh ủy Bình Định", "Thanh tra Chính phủ", "Kiểm toán Nhà nước", "Quân khu 5",
        ])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aStandingDeputyIsATitle() {
        let analysis = Analyze.paragraphs("Phó Chủ tịch Thường trực Quốc hội Tạ Văn Lộc chủ trì phiên họp.")
        #expect(analysis.entities(.person) == ["Tạ Văn Lộc"])
        #expect(analysis.entities(.organization) == ["Quốc hội"])
    }

    @Test func foreignNamesWithParticlesOrNumeralLikeWords() {
        let analysis = Analyze.paragraphs(
            "Bà Helga van der Molen tới Hà Nội. Ông Xi Wenbo cũng có mặt tại buổi lễ.")
        #expect(analysis.entities(.person) == ["Helga van der Molen", "Xi Wenbo"])
    }

    @Test func tpTemplesAndMarketsArePlacePrefixes() {
        let analysis = Analyze.paragraphs(
            "Lê Thị Hoa (SN 1995, trú tại TP Bảo Lộc) bán hàng ở chợ Đầm Sen rồi lên chùa Linh Quang.")
        #expect(analysis.entities(.place) == ["Bảo Lộc", "Đầm Sen", "Linh Quang"])
        #expect(analysis.entities(.person) == ["Lê Thị Hoa"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func datesWrittenWithDashesAfterAWordOfTime() {
        let analysis = Analyze.paragraphs(
            "Sáng 12-3-2024, đội khách thắng 2-1. Từ 3-5 người bị thương hôm 20-10.")
        #expect(analysis.entities(.date) == ["12-3-2024", "20-10"])
    }
}

@Suite struct VietnameseEmbeddedQuoteTests {
    @Test func aQuotationInsideReportedSpeechBelongsToTheSpeakerBeforeIt() {
        let analysis = Analyze.paragraphs(
            "Bộ trưởng Quốc phòng Tan Wei Ming cho biết tàu cứu hộ đã được điều động \"nhanh nhất có thể để sẵn sàng\" "
                + "vào cuộc sau khi hải quân Malaysia đề nghị hỗ trợ.")
        #expect(analysis.quotes.first?.speaker == "Tan Wei Ming")
    }

    @Test func aSpeechVerbCapitalisedInsideANameIsNoVerb() {
        let analysis = Analyze.paragraphs("Theo TS Lương Gia Bảo, \"giá nhà sẽ còn tăng trong vài năm tới\".")
        #expect(analysis.quotes.first?.speaker == "Lương Gia Bảo")
        #expect(analysis.quotes.first?.named == true)
    }

    @Test func theSentenceAfterAQuotationSaysWhoseWordsTheyWere() {
        let analysis = Analyze.paragraphs(
            "Ông Hồ Văn Tín cho biết: \"Xã đã sơ tán hết các hộ dân ven sông\".",
            "\"Tôi không ngờ nước lên nhanh như vậy\". Đó là chia sẻ của chị Võ Thị Ngân, 30 tuổi.")
        #expect(analysis.quote(startingWith: "Tôi không ngờ")?.speaker == "Võ Thị Ngân")
    }

    @Test func aPeriodInsideTPHCMEndsNoAttribution() {
        let analysis = Analyze.paragraphs(
            "\"Chúng tôi sẽ thông xe trước Tết\", bà Phan Thị Hạnh, Phó giám đốc Sở Xây dựng TP.HCM, nói.")
        #expect(analysis.quotes.first?.speaker == "Phan Thị Hạnh")
    }

    @Test func aConventionCentreIsAPlaceWithItsClosingCompound() {
        let analysis = Analyze.paragraphs("Hội chợ sẽ diễn ra tại Trung tâm Triển lãm Quốc gia từ tuần sau.")
        #expect(analysis.entities(.place) == ["Trung tâm Triển lãm Quốc gia"])
        #expect(analysis.entities(.organization).isEmpty)
    }
}
