import ArticleModel
import TextAnalysis
import Testing

/// Classes of Vietnamese entity error seen on unseen articles (issue 14, second pass), each on sentences
/// written for it (the players, people and firms are made up).
@Suite struct VietnameseEntityClassTests {
    @Test func aLineUpNamesItsTeamAndEveryPlayerWhateverTheirWordsMeanElsewhere() {
        let analysis = Analyze.paragraphs(
            "Đội khách Sevilla chỉ có một cơ hội, nhưng Rico đã bỏ lỡ ở phút 30.",
            "Đội hình thi đấu",
            "SEVILLA (4-3-3): Bono, Navas, Diego Carlos, Mir, Rico (Lamela 70), Fernando, Jordán, "
                + "Rakitic (Óliver Torres 60), Suso, Ocampos, Lodi dos Santos.")
        let people = analysis.entities(.person)
        #expect(people.isSuperset(of: ["Bono", "Diego Carlos", "Mir", "Rico", "Lamela", "Óliver Torres", "Lodi dos Santos"]))
        #expect(analysis.entities(.organization).isSuperset(of: ["SEVILLA", "Sevilla"]))
        #expect(!people.contains("Sevilla"))
        #expect(!analysis.entities(.organization).contains("Rico"))
    }

    /// A body's name that stopped at a place inside it runs on to its short name in parentheses.
    @Test func aBodysNameRunsOnToItsShortNameInParentheses() {
        let analysis = Analyze.paragraphs(
            "Ngân hàng TMCP Sài Gòn Quillan Tín (Quilbank) cho biết lợi nhuận tăng, còn nghệ sĩ Lê Văn Khải thì không.")
        #expect(analysis.entities(.organization).contains("Ngân hàng TMCP Sài Gòn Quillan Tín"))
        #expect(analysis.entities(.person) == ["Lê Văn Khải"])
    }

    /// A school named after a person is that school where its name stands alone; not a person named
    /// after a body's name (`Bộ Ngoại giao Lê Văn Khải`), nor one who speaks.
    @Test func aPersonsNameThatEndsASchoolsNameIsTheSchoolAlone() {
        let analysis = Analyze.paragraphs(
            "Học sinh trường THPT Trần Quang Khải đạt 5 giải. Năm nay Trần Quang Khải dẫn đầu thành phố.",
            "Người phát ngôn Bộ Ngoại giao Lê Văn Khải cho biết. Lê Văn Khải nói thêm về chuyến thăm.")
        #expect(analysis.entities(.organization).contains("Trần Quang Khải"))
        #expect(!analysis.entities(.person).contains("Trần Quang Khải"))
        #expect(analysis.entities(.person).contains("Lê Văn Khải"))
    }

    /// In Vietnamese text only foreign words before a country's name make a body (`Anh`, `Đức` end given names).
    @Test func foreignWordsBeforeACountryNameABodyVietnameseNamesStayPeople() {
        let analysis = Analyze.paragraphs(
            "Ông Keith Marlow làm việc tại tổ chức Heritage Wales, còn chị Lê Tùng Anh là hướng dẫn viên.")
        #expect(analysis.entities(.organization) == ["Heritage Wales"])
        #expect(analysis.entities(.person) == ["Keith Marlow", "Lê Tùng Anh"])
    }

    /// An English name with `The` in Vietnamese text is a medium's, a band's or a show's, never a person's.
    @Test func anEnglishNameWithTheIsNoPerson() {
        let analysis = Analyze.paragraphs(
            "Cô nói với The Quillan Reporter rằng cô sẽ dự The Voice Fenwold cùng ca sĩ Lê Thu Hà vào năm sau.")
        #expect(analysis.entities(.person) == ["Lê Thu Hà"])
        #expect(analysis.entities(.organization) == ["The Quillan Reporter", "The Voice Fenwold"])
    }

    /// A name read as a film's title after `phim` (`ra mắt phim | Lê Hào còn mang`) is still the person the
    /// article has speak elsewhere (`Lê Hào: "..."`), and speaks.
    @Test func aNameAfterAFilmCueThatSpeaksElsewhereIsAPerson() {
        let analysis = Analyze.paragraphs(
            "Lê Hào: \"Cuộc đời của tôi cứ đi song song với những khó khăn đó\".",
            "Trong lần ra mắt phim Lê Hào còn mang cả xe lôi đến sân khấu.")
        #expect(analysis.entities(.person) == ["Lê Hào"])
        #expect(analysis.quotes.map(\.speaker) == ["Lê Hào"])
    }

    /// The same when the name speaks after a quotation (`"...", Dana Whitlow nói`) and the film's noun stood
    /// before it (`diễn viên chính của bộ phim Dana Whitlow chia sẻ`).
    @Test func aNameAfterAFilmCueThatSpeaksAfterAQuotationIsAPerson() {
        let analysis = Analyze.paragraphs(
            "Trả lời phỏng vấn, nữ diễn viên chính của bộ phim Dana Whitlow chia sẻ, cô phải tập luyện nhiều.",
            "\"Tôi thực sự phải chuẩn bị kỹ cho mỗi lần quay\", Dana Whitlow nói.")
        #expect(analysis.entities(.person) == ["Dana Whitlow"])
        #expect(analysis.quotes.map(\.speaker) == ["Dana Whitlow"])
    }

    /// `Đoàn` heads bodies (`Đoàn Thanh niên`, `Đoàn Luật sư`) and is a family name: after `ông`, or before
    /// two given-name syllables, it opens a person's name.
    @Test func aHeadThatIsAFamilyNameOpensAPersonsName() {
        let analysis = Analyze.paragraphs(
            "Ông Đoàn Văn Kiên cho biết đội sẽ tập trung vào tuần sau, còn HLV Đoàn Minh Quyết vẫn ở Hà Nội.",
            "Đoàn Luật sư TP Hải Phòng và Đoàn Thanh niên phường đã có mặt từ sớm.")
        #expect(analysis.entities(.person) == ["Đoàn Văn Kiên", "Đoàn Minh Quyết"])
        #expect(analysis.entities(.organization).contains("Đoàn Luật sư TP Hải Phòng"))
    }

    /// English heads written after the name (`School`, `Academy`, `College`, `University`, `Institute`,
    /// `Hospital`, `Foundation`) make the whole name a body in Vietnamese text too.
    @Test func anEnglishHeadAfterTheNameMakesItABody() {
        let analysis = Analyze.paragraphs(
            "Em từng học tại Fairbrook School trước khi vào Westmere Academy, rồi nhận học bổng của Halden Foundation.")
        #expect(analysis.entities(.organization) == ["Fairbrook School", "Westmere Academy", "Halden Foundation"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aListOfProvincesAfterARegionIsNoLineUp() {
        let analysis = Analyze.paragraphs(
            "Miền Bắc: Hà Nội, Hải Phòng, Quảng Ninh, Bắc Ninh, Hải Dương, Hưng Yên, Thái Bình, Nam Định, "
                + "Ninh Bình, Hà Nam, Vĩnh Phúc.")
        #expect(analysis.entities(.person).isEmpty)
        #expect(analysis.entities(.place).isSuperset(of: ["Hà Nội", "Hải Phòng", "Vĩnh Phúc"]))
    }

    @Test func aTitleEndingInACapitalisedHeadLeavesTheHeadToTheBody() {
        let analysis = Analyze.paragraphs(
            "Ông Trần Văn Bình, Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh, cho biết nước đã rút.")
        #expect(analysis.entities(.person) == ["Trần Văn Bình"])
        #expect(analysis.entities(.organization).contains { $0.hasPrefix("Ban Chỉ đạo") })
    }

    @Test func aSyllableOpeningACompoundAfterATitleIsNoGivenName() {
        let analysis = Analyze.paragraphs(
            "Thứ trưởng Ngoại giao Nga Ivan Petrov cho biết cuộc gặp sẽ diễn ra vào tuần tới.",
            "Cô từng đăng quang Hoa hậu Thế giới và là Trưởng phòng Chính trị của một công ty.")
        let people = analysis.entities(.person)
        #expect(people.contains("Ivan Petrov"))
        #expect(people.isDisjoint(with: ["Ngoại", "Thế", "Chính"]))
    }

    @Test func aGivenNameAloneAfterATitleStaysThePersonItNames() {
        let analysis = Analyze.paragraphs(
            "Bộ trưởng Nguyễn Thanh Long đã đến thăm bệnh viện vào sáng qua.",
            "Bộ trưởng Long cho biết ngành y tế sẽ tăng cường xét nghiệm.",
            "Ngoại trưởng Nga Lavrov cũng thông báo sẽ đáp trả.")
        #expect(analysis.entities(.person).isSuperset(of: ["Nguyễn Thanh Long", "Long", "Lavrov"]))
    }

    /// After a degree the syllable is a name, even alone and before a lowercase word: a compound follows
    /// an office (`Thứ trưởng Ngoại giao`), not a qualification.
    @Test func aLoneSyllableAfterADegreeIsAPerson() {
        let analysis = Analyze.paragraphs(
            "Theo tiến sĩ Lâm từ Viện Hải dương học, loài cá này rất hiếm.",
            "\"Đây là phát hiện quan trọng\", PGS Hưng phấn khởi cho biết.")
        #expect(analysis.entities(.person).isSuperset(of: ["Lâm", "Hưng"]))
        #expect(analysis.quotes.first?.speaker == "Hưng")
    }

    @Test func aModelsWordsAfterANumberNameNothing() {
        let analysis = Analyze.paragraphs("Giá iPhone 11, 11 Pro và 11 Pro Max tại Hà Nội đều giảm mạnh trong tháng này.")
        #expect(analysis.entities(.person).isEmpty)
        #expect(analysis.entities(.organization).isEmpty)
        #expect(analysis.entities(.place) == ["Hà Nội"])
    }

    @Test func appStoresAndACompanysBoardNameNoBody() {
        let analysis = Analyze.paragraphs(
            "Người dùng có thể tải ứng dụng từ App Store, Google Play hoặc CH Play.",
            "Ông Lê Văn Hải được bầu vào HĐQT của Công ty Sao Mai.")
        #expect(analysis.entities(.person) == ["Lê Văn Hải"])
        #expect(analysis.entities(.organization) == ["Công ty Sao Mai"])
    }

    @Test func aCityWhoseNameOpensWithAFormOfAddressIsAPlace() {
        let analysis = Analyze.paragraphs("Một bé gái 5 tuổi ở TP Bà Rịa đã được đưa về với gia đình.")
        #expect(analysis.entities(.place).contains("Bà Rịa"))
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aForeignNameInABodysNameTakesNoLowercaseSyllableAfterIt() {
        let analysis = Analyze.paragraphs(
            "Hãng tin Dispatch tung ra loạt ảnh mới. Công ty Grab tuyên bố sẽ mở rộng dịch vụ.",
            "Bộ Ngoại giao đã lên tiếng.")
        let bodies = analysis.entities(.organization)
        #expect(bodies.isSuperset(of: ["Hãng tin Dispatch", "Công ty Grab", "Bộ Ngoại giao"]))
        #expect(!bodies.contains("Hãng tin Dispatch tung"))
    }

    @Test func aOneSyllablePlaceOpeningACommonWordAtASentencesStartIsNoPlace() {
        let analysis = Analyze.paragraphs(
            "Máy có bộ nhớ trong 128 GB. Viên pin đi kèm có dung lượng 4.500 mAh.",
            "Ý tưởng này được nhiều người ủng hộ.")
        #expect(analysis.entities(.place).isEmpty)
    }

    /// `Mỹ nhân` (a beauty) names no place even in an article that names the United States mid-sentence, and
    /// so does not speak as the country.
    @Test func aCommonWordOpenedByAPlacesSyllableIsNoPlaceWhateverTheArticleCapitalises() {
        let analysis = Analyze.paragraphs(
            "Paige Renner là golf thủ người Mỹ nổi tiếng trên mạng xã hội.",
            "Mỹ nhân 9X còn chia sẻ thêm rằng: \"Tôi biết là tôi đã đùa giỡn rất nhiều trên Instagram\".")
        #expect(analysis.entities(.place) == ["Mỹ"])
        #expect(analysis.quotes.map(\.speaker) == ["Paige Renner"])
    }

    @Test func aCountryTheArticleNamesMidSentenceStaysAPlaceAtASentencesStart() {
        let analysis = Analyze.paragraphs(
            "Nga đã phản đối quyết định này. Quan hệ giữa Nga và phương Tây vẫn căng thẳng.")
        #expect(analysis.entities(.place) == ["Nga"])
    }

    @Test func aBylineOfAFamilyNameAndAHeadSyllableIsTheWriter() {
        let analysis = Analyze.paragraphs(
            "Người dân trong xóm đã góp tiền sửa lại con đường dẫn vào trường học của làng.",
            "Nguyễn Trường")
        #expect(analysis.entities(.person) == ["Nguyễn Trường"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func technicalAcronymsNameNoBody() {
        let analysis = Analyze.paragraphs(
            "Máy dùng màn hình AMOLED, hỗ trợ HDR và mở khóa bằng mã QR; công ty chuẩn bị IPO.")
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func aLineUpsTeamAfterAProfessionIsStillTheTeam() {
        let analysis = Analyze.paragraphs(
            "Các cầu thủ Sevilla phản ứng dữ dội sau bàn thắng.",
            "SEVILLA (4-3-3): Bono, Navas, Diego Carlos, Mir, Rico, Fernando, Jordán, Rakitic, Suso, Ocampos, Gómez")
        #expect(!analysis.entities(.person).contains("Sevilla"))
        #expect(analysis.entities(.organization).contains("Sevilla"))
    }

    @Test func aFleetOrACommandIsABody() {
        let analysis = Analyze.paragraphs(
            "Hạm đội Thái Bình Dương và Bộ Chỉ huy Quân sự tỉnh đã diễn tập chung vào tuần trước.")
        #expect(analysis.entities(.organization).isSuperset(of: ["Hạm đội Thái Bình Dương", "Bộ Chỉ huy Quân sự"]))
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aNameAfterNearIsAPlace() {
        let analysis = Analyze.paragraphs("Chiếc xe đâm vào một gốc cây gần Wattlebury, miền nam của bang.")
        #expect(analysis.entities(.place) == ["Wattlebury"])
    }

    @Test func aQuotedLatinPhraseInTitleCaseIsATermButAQuotedVietnameseNicknameIsThePerson() {
        let analysis = Analyze.paragraphs(
            "Các đội bóng trong nhóm \u{201C}Big Six\u{201D} đều phản đối. Big Six muốn có thêm quyền lợi.",
            "Truyền thông gọi ông là \u{201C}Zico Thái\u{201D} sau chiến thắng.")
        #expect(!analysis.entities(.person).contains("Big Six"))
        #expect(analysis.entities(.organization).isEmpty)
        #expect(analysis.entities(.person).contains("Zico Thái"))
    }

    @Test func aProductsMakerIsACompanyAlsoWhereItsModelFollowsWithoutTheProductNoun() {
        let analysis = Analyze.paragraphs(
            "Hãng vừa giới thiệu mẫu đồng hồ Kestrel Enduro tại Việt Nam.",
            "Kestrel Enduro được trang bị màn hình lớn. Theo Kestrel, pin dùng được hai tuần.")
        #expect(analysis.entities(.organization) == ["Kestrel"])
        #expect(analysis.entities(.person).isEmpty)
    }

    /// Heads and field words of local bodies: a town's party committee, a city's youth union, the border
    /// guard, an inspection board, a general hospital, an election board, rescue police, the World.
    @Test func localBodiesKeepTheirWholeNames() {
        let analysis = Analyze.paragraphs(
            "Thị ủy Bỉm Sơn đã họp. UBKT Tỉnh ủy Thanh Hóa kết luận. Thành Đoàn Vũng Tàu tổ chức. Bộ đội Biên phòng "
                + "Quảng Trị thông tin. Bệnh viện đa khoa tỉnh Lào Cai tiếp nhận. Ủy ban bầu cử phường Bắc Sơn công bố. "
                + "Phòng Cảnh sát PCCC và Cứu nạn cứu hộ Công an TPHCM có mặt. Theo Hội đồng Vàng Thế giới, giá tăng.")
        #expect(analysis.entities(.organization) == [
            "Thị ủy Bỉm Sơn", "UBKT Tỉnh ủy Thanh Hóa", "Thành Đoàn Vũng Tàu", "Bộ đội Biên phòng Quảng Trị",
            "Bệnh viện đa khoa tỉnh Lào Cai", "Ủy ban bầu cử phường Bắc Sơn",
            "Phòng Cảnh sát PCCC và Cứu nạn cứu hộ Công an TPHCM", "Hội đồng Vàng Thế giới",
        ])
        #expect(analysis.entities(.person).isEmpty)
    }

    /// Senate and House alone are bodies; `Daily` heads a paper's name before it or after it.
    @Test func chambersAndDailiesAreBodies() {
        let analysis = Analyze.paragraphs("Thượng viện và Hạ viện đã tranh cãi, theo tờ Apple Daily và Daily Star.")
        #expect(analysis.entities(.organization) == ["Thượng viện", "Hạ viện", "Apple Daily", "Daily Star"])
        #expect(analysis.entities(.person).isEmpty)
    }
}
