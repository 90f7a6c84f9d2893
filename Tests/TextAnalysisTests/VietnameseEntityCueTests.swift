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

    @Test func fieldsJoinedByVaOrEndedByAWideWordStayInTheBodysName() {
        let analysis = Analyze.paragraphs(
            "Sở Văn hóa thể thao và du lịch Lâm Đồng tổ chức hội chợ, còn Viện Sức khỏe nghề nghiệp và Môi trường lấy mẫu.",
            "Trung tâm Giám sát an toàn không gian mạng quốc gia thuộc Cục An toàn thông tin cảnh báo lỗ hổng mới.")
        #expect(analysis.entities(.organization) == [
            "Sở Văn hóa thể thao và du lịch Lâm Đồng", "Viện Sức khỏe nghề nghiệp và Môi trường",
            "Trung tâm Giám sát an toàn không gian mạng quốc gia", "Cục An toàn thông tin",
        ])
        #expect(analysis.entities(.place).isEmpty)
    }

    @Test func fieldsJoinedByVaBeforeAnotherBodyEndTheFirst() {
        let analysis = Analyze.paragraphs("Sở Y tế kiểm soát và Bộ Y tế quản lý danh sách này.")
        #expect(analysis.entities(.organization) == ["Sở Y tế", "Bộ Y tế"])
    }

    @Test func aNameBetweenAHouseNumberAndAnAdministrativeUnitIsAStreet() {
        let analysis = Analyze.paragraphs(
            "Hồ sơ gửi về số 25 Lê Văn Hưu, phường Ngô Thì Nhậm, hoặc 160/16 Võ Văn Tần, Q. 3.",
            "Ông Lê Văn Hưu, trưởng ban, sẽ nhận hồ sơ tại 12 Bis Nguyễn Trãi, Quận 1.")
        #expect(analysis.entities(.place).contains("Võ Văn Tần"))
        #expect(analysis.entities(.place).contains("Nguyễn Trãi"))
        #expect(analysis.entities.filter { $0.text == "Lê Văn Hưu" }.map(\.type) == [.place, .person])
        #expect(!analysis.entities(.person).contains("Bis Nguyễn Trãi"))
    }

    @Test func aNumberBeforeANameWithoutAUnitAfterItMakesNoStreet() {
        let analysis = Analyze.paragraphs("Trong hiệp hai, số 10 Nguyễn Văn An, tiền vệ của đội khách, ghi bàn.")
        #expect(analysis.entities(.person) == ["Nguyễn Văn An"])
        #expect(analysis.entities(.place).isEmpty)
    }

    @Test func foreignWordsBetweenTheoAndACommaNameTheSource() {
        let analysis = Analyze.paragraphs(
            "Theo Guardian, cuộc biểu tình kéo dài ba ngày. Theo The Hindu, giá oxy đã tăng gấp đôi.",
            "Theo Collin Koh, hải quân nước này cần thêm tàu. Theo Mỹ, vấn đề đã rõ.")
        #expect(analysis.entities(.organization) == ["Guardian", "The Hindu"])
        #expect(analysis.entities(.person) == ["Collin Koh"])
        #expect(analysis.entities(.place) == ["Mỹ"])
    }

    /// Social networks are companies, and a photo credit names its agency.
    @Test func aSocialNetworkAndAPhotoAgencyAreBodies() {
        let analysis = Analyze.paragraphs(
            "Cô đăng đoạn phim lên YouTube và Twitter ngay trong đêm (Ảnh: Getty).")
        #expect(analysis.entities(.organization) == ["YouTube", "Twitter", "Getty"])
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

    /// After a word for a medium, a national adjective opens the medium's name (`tờ Thai Rath`), which speaks
    /// whole.
    @Test func aNationalAdjectiveAfterAMediumWordOpensItsName() {
        let analysis = Analyze.paragraphs(
            "Tờ Thai Rath bất ngờ khen ông bầu: \"Đây là một xu hướng mới cho bóng đá Thái Lan\".")
        #expect(analysis.entities(.organization) == ["Thai Rath"])
        #expect(analysis.quotes.map(\.speaker) == ["Thai Rath"])
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

/// Places by their head word or by name, languages, and foreign companies (places and firms made up
/// where the rule is general).
@Suite struct VietnamesePlaceTypeTests {
    @Test func aCapitalisedLandformOrLandmarkWordOpensThePlacesName() {
        let analysis = Analyze.paragraphs(
            "Du khách đi thuyền từ Mũi Sò Điệp qua Vịnh Tràng Lam rồi vào Hang Ba Cửa.",
            "Buổi chiều, đoàn tham quan Dinh Thượng Khê và leo Núi Cao Trĩ.")
        #expect(analysis.entities(.place) == ["Mũi Sò Điệp", "Vịnh Tràng Lam", "Hang Ba Cửa", "Dinh Thượng Khê",
                                              "Núi Cao Trĩ"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aLandformWordOpeningASentenceBeforeAKnownPlaceIsItsCommonNoun() {
        let analysis = Analyze.paragraphs("Đảo Phú Quốc đón 20.000 khách trong dịp nghỉ lễ.")
        #expect(analysis.entities(.place) == ["Phú Quốc"])
    }

    @Test func aFamilyNameIsNoLandformWord() {
        let analysis = Analyze.paragraphs("Ông Hồ Văn Khải cho biết sẽ kiến nghị lên tỉnh.")
        #expect(analysis.entities(.person) == ["Hồ Văn Khải"])
    }

    @Test func aCompassWordBeforeAKnownPlaceIsPartOfThePlace() {
        let analysis = Analyze.paragraphs("Cơn bão hình thành ở Bắc Đại Tây Dương rồi đi về phía tây.")
        #expect(analysis.entities(.place) == ["Bắc Đại Tây Dương"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func formerAndVariantCountryNamesArePlaces() {
        let analysis = Analyze.paragraphs("Ông từng học ở Liên Xô, sau đó sang Thụy Sỹ làm việc.")
        #expect(analysis.entities(.place) == ["Liên Xô", "Thụy Sỹ"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aLanguagesNameIsNoPlaceNorPerson() {
        let analysis = Analyze.paragraphs("Em học Tiếng Anh từ lớp 3 và giờ đọc sách tiếng Pháp, còn bố em sống ở Anh.")
        #expect(analysis.entities(.place) == ["Anh"])
        #expect(analysis.entities(.person).isEmpty)
    }

    /// `ông xã`, `bà xã` (husband, wife) end in the prefix `xã` (commune) but name no place.
    @Test func aPlacePrefixClosingAnotherWordNamesNoPlace() {
        let analysis = Analyze.paragraphs("Ông xã Lý Minh Hải sánh đôi cùng bà xã Đỗ Minh Hà trong buổi ra mắt phim.")
        #expect(analysis.entities(.person) == ["Lý Minh Hải", "Đỗ Minh Hà"])
        #expect(analysis.entities(.place).isEmpty)
    }

    /// A lone foreign word the article names as a place after a place prefix elsewhere (`đảo Boracay`) is
    /// that place where it stands alone, not the body a lone foreign word is by default; `lọc nước X` (a
    /// water filter's brand) and `võ đường X` (a school of martial arts) name no place.
    @Test func aLoneWordNamedAsAPlaceElsewhereIsThePlace() {
        let analysis = Analyze.paragraphs(
            "Du khách đổ về đảo Borakai dịp nghỉ lễ. Borakai là đảo nhỏ dài khoảng 7km.",
            "Gia đình anh dùng máy lọc nước Karova và cho con tập ở võ đường Vinamo.")
        #expect(analysis.entities(.place) == ["Borakai"])
        #expect(analysis.entities(.organization) == ["Karova", "Vinamo"])
    }

    /// A lone capital with its full stop after a word for someone unnamed (`sản phụ P. được`) is a person's
    /// initial; after any other word it names nothing (`thuốc C. auris`, a species).
    @Test func anInitialAfterAWordForSomeoneUnnamedIsAPerson() {
        let analysis = Analyze.paragraphs("Sản phụ P. được hội chẩn ngay trong đêm. Nấm kháng thuốc C. auris rất nguy hiểm.")
        #expect(analysis.entities(.person) == ["P"])
    }

    @Test func wellKnownForeignCompaniesInVietnameseTextAreBodies() {
        let analysis = Analyze.paragraphs("Tài xế Grab phản đối mức chiết khấu mới, trong khi Coty mở rộng thị trường.")
        #expect(analysis.entities(.organization) == ["Grab", "Coty"])
    }
}

/// Long bodies' names with lowercase words inside, and clubs named with an acronym (made up).
@Suite struct VietnameseBodyNameTests {
    @Test func aStateCompanysLongNameKeepsItsLowercaseWords() {
        let analysis = Analyze.paragraphs(
            "Công ty TNHH Nhà nước Một thành viên Thương mại và Xuất nhập khẩu Tân Lạc vừa ký hợp đồng mới.")
        #expect(analysis.entities(.organization) == [
            "Công ty TNHH Nhà nước Một thành viên Thương mại và Xuất nhập khẩu Tân Lạc",
        ])
    }

    @Test func fieldWordsBeforeTrungUongStayInTheName() {
        let analysis = Analyze.paragraphs(
            "Bệnh nhân được chuyển lên Bệnh viện Bệnh nhiệt đới Trung ương, theo Viện Vệ sinh dịch tễ Trung ương.")
        #expect(analysis.entities(.organization) == [
            "Bệnh viện Bệnh nhiệt đới Trung ương", "Viện Vệ sinh dịch tễ Trung ương",
        ])
    }

    @Test func anAcronymBeforeAPlaceNamesAClubNotAPerson() {
        let analysis = Analyze.paragraphs("Trận đấu giữa TK Bình Định và đội chủ nhà kết thúc với tỷ số hòa.")
        #expect(analysis.entities(.organization) == ["TK Bình Định"])
        #expect(analysis.entities(.person).isEmpty)
    }
}

/// Titles of works and awards, which name nothing the article counts (made up).
@Suite struct WorkTitleTests {
    @Test func anEnglishWorksTitleAfterItsNounIsNoEntityNorAreItsRepeats() {
        let analysis = Analyze.paragraphs(
            "The director's new film Silent Harbour Lights opens in March, starring Ella Vance.",
            "Silent Harbour Lights was shot in Cornwall.")
        #expect(analysis.entities(.person) == ["Ella Vance"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func aVietnameseWorksTitleAfterItsNounIsNoEntity() {
        let analysis = Analyze.paragraphs("Đạo diễn Trần Minh Khoa ra mắt bộ phim Mùa Gió Chướng vào tháng tới.")
        #expect(analysis.entities(.person) == ["Trần Minh Khoa"])
    }

    @Test func anAwardIsNoEntity() {
        let analysis = Analyze.paragraphs("She won a Golden Globe last year and is tipped for an Oscar.")
        #expect(analysis.entities(.person).isEmpty)
        #expect(analysis.entities(.organization).isEmpty)
    }
}

/// Words glued across a space the source lost (made up).
@Suite struct GluedSyllableTests {
    /// (A byline glued to its credit is split at `Theo`: `UnseenTextEntityTests`.)
    @Test func aNameCutByTwoSyllablesGluedIsNoEntity() {
        let analysis = Analyze.paragraphs(
            "Ông Lâm Quang Tuấncho biết sẽ trở lại.", "Mưa lớn ở Tân Phúkhoảng 3 giờ sáng.", "Thu HàTheo Reuters")
        #expect(analysis.entities(.person) == ["Thu Hà"], "no fragment of a name, but the writer")
        #expect(analysis.entities(.place).isEmpty)
        #expect(analysis.entities(.organization) == ["Reuters"])
    }

    /// `Marín`, `Rubén`: a plain syllable and one whose only mark European names write too are one foreign
    /// name; a function word glued to a plain one (`Mailà`) is still a lost space.
    @Test func aForeignNameStressedOnItsLastSyllableIsNoGlue() {
        let analysis = Analyze.paragraphs(
            "Chủ tịch Lorenzo Marín và hậu vệ Rubén Dias cùng dự buổi lễ.", "Ca sĩ Giang Mailà khách mời.")
        #expect(analysis.entities(.person) == ["Lorenzo Marín", "Rubén Dias"])
    }

    @Test func aMinorityPlaceSyllableIsNoGlue() {
        let analysis = Analyze.paragraphs("Đoàn công tác đến huyện Krông Pắc của tỉnh Đắk Lắk.")
        #expect(analysis.entities(.place) == ["Krông Pắc", "Đắk Lắk"])
    }
}

/// Leagues, laws and posts in Vietnamese text (made up where the rule is general).
@Suite struct VietnameseCompetitionAndLawTests {
    @Test func anEnglishLeagueAfterItsNameIsOneBody() {
        let analysis = Analyze.paragraphs("Đội bóng này từng vô địch Harbour Premier League hai lần.")
        #expect(analysis.entities(.organization) == ["Harbour Premier League"])
    }

    @Test func aLawsNameNamesNothing() {
        let analysis = Analyze.paragraphs("Theo Luật Giáo dục Đại học sửa đổi, các trường ở Đà Nẵng được tự chủ hơn.")
        #expect(analysis.entities(.person).isEmpty)
        #expect(analysis.entities(.organization).isEmpty)
        #expect(analysis.entities(.place) == ["Đà Nẵng"])
    }

    @Test func aPostNamedByACommonNounIsABody() {
        let analysis = Analyze.paragraphs("Bệnh nhân được đưa đến Trạm Y tế xã Tân Lộc để sơ cứu.")
        #expect(analysis.entities(.organization) == ["Trạm Y tế xã Tân Lộc"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aDiplomaticMissionIsNamedWithWhereItSits() {
        let analysis = Analyze.paragraphs(
            "Đại sứ quán Pháp tại Nhật Bản đã gửi công hàm tới Bộ Ngoại giao.",
            "Đại sứ quán Pháp cũng nhấn mạnh: \"Chúng tôi sẽ hợp tác chặt chẽ với cảnh sát địa phương.\"")
        #expect(analysis.entities(.organization).contains("Đại sứ quán Pháp tại Nhật Bản"))
        #expect(analysis.quotes.map(\.speaker) == ["Đại sứ quán Pháp tại Nhật Bản"])
    }

    /// `hầm` (a road tunnel) and `trạm thu phí` (a toll station) open a place's name, not a person's.
    @Test func aTunnelAndATollStationArePlaces() {
        let analysis = Analyze.paragraphs(
            "Xe qua hầm Phước Tượng rồi dừng tại trạm thu phí Bắc Hải Vân để nộp phí.")
        #expect(analysis.entities(.place) == ["Phước Tượng", "Bắc Hải Vân"])
        #expect(analysis.entities(.person).isEmpty)
    }
}
