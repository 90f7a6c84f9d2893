import ArticleModel
import TextAnalysis
import Testing

/// Kinds of entity error seen on real Vietnamese and English articles nobody tuned on, each on a sentence
/// written for it (people, firms and places here are made up or general knowledge).
@Suite struct UnseenTextEntityTests {
    @Test func aBylineOfSyllablesThatAreAlsoCountriesIsThePersonWhoWroteIt() {
        let analysis = Analyze.paragraphs(
            "Công ty Cổ phần Sao Mai vừa công bố kết quả kinh doanh quý đầu năm với lợi nhuận tăng mạnh.",
            "Doanh thu của công ty đạt 500 tỷ đồng, cao nhất từ trước tới nay.",
            "Thế Anh")
        #expect(analysis.entities(.person) == ["Thế Anh"])
        #expect(!analysis.entities(.place).contains("Anh"))
    }

    @Test func aBylineOfTwoWritersAndAnInitialNamesThemAll() {
        let analysis = Analyze.paragraphs(
            "Người dân trong xóm đã góp tiền sửa lại con đường dẫn vào trường học của làng.",
            "Nhật Hồng - M. Hà")
        #expect(analysis.entities(.person) == ["Nhật Hồng", "M. Hà"])
        #expect(analysis.entities(.place).isEmpty)
    }

    /// A byline glued to its credit (`Minh PhươngTheo AFP`, as the site's pages run them together) names
    /// the writer; the credit's names are its sources, each once.
    @Test(arguments: [("Nhật HồngTheo The Verge/PA", ["Nhật Hồng"], ["The Verge", "PA"]),
                      ("T.ThủyTheo Business Insider, Bloomberg", ["T.Thủy"], ["Business Insider", "Bloomberg"]),
                      ("Minh PhươngTổng hợp", ["Minh Phương"], [])])
    func aBylineGluedToItsCreditNamesTheWriterAndTheSources(_ line: String, _ people: [String], _ sources: [String]) {
        let analysis = Analyze.paragraphs(
            "Người dân trong xóm đã góp tiền sửa lại con đường dẫn vào trường học của làng.", line)
        #expect(analysis.entities(.person) == Set(people))
        #expect(analysis.entities(.organization) == Set(sources))
    }

    /// A name glued to the word before it is found whole (`tạiHà Nội`, `quậnTân Bình`); one glued to the
    /// word after it ends there, since a new sentence may have begun (`Thanh HuyềnĐầu tư`).
    @Test func aNameGluedByAMissingSpaceIsFoundAndEndsAtTheGlue() {
        let analysis = Analyze.paragraphs(
            "Đoàn công tác đã có mặt tạiHà Nội và quậnTân Bình vào sáng nay để kiểm tra tình hình.",
            "Thanh HuyềnĐầu tư vào vùng này vẫn còn thấp so với các tỉnh lân cận trong khu vực.")
        #expect(analysis.entities(.place) == ["Hà Nội", "Tân Bình"])
        #expect(analysis.entities(.person) == ["Thanh Huyền"])
    }

    /// `Theo` is split off only as a whole word glued to a lowercase letter: `TheoCorp`, `MaxTheon` stay whole.
    @Test func onlyAWholeCreditWordGluedToALowercaseEndIsSplit() {
        let analysis = Analyze.paragraphs("Cổ phiếu của hãng TheoCorp và hãng MaxTheon tăng mạnh trong phiên sáng nay.")
        #expect(analysis.entities(.organization) == ["TheoCorp", "MaxTheon"])
    }

    @Test func aPlaceAloneOnTheLastLineIsNoByline() {
        let analysis = Analyze.paragraphs(
            "Người dân trong xóm đã góp tiền sửa lại con đường dẫn vào trường học của làng.",
            "Hà Nội")
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func citiesListedWithClubsAreTheClubsThroughoutTheArticle() {
        let analysis = Analyze.paragraphs(
            "Sáu câu lạc bộ gồm Chelsea, Arsenal, Liverpool và Tottenham đã rút khỏi giải đấu mới.",
            "Người hâm mộ Liverpool phản đối kế hoạch này từ nhiều tuần trước.")
        #expect(analysis.entities(.organization).isSuperset(of: ["Chelsea", "Arsenal", "Liverpool"]))
        #expect(!analysis.entities(.place).contains("Liverpool"))
    }

    @Test func aMissionsNameGoesOnOverTheCityWhereItSits() {
        let analysis = Analyze.paragraphs("Đại sứ quán Pháp tại Nhật Bản đã gửi công hàm phản đối vào chiều qua.")
        #expect(analysis.entities(.organization) == ["Đại sứ quán Pháp tại Nhật Bản"])
    }

    @Test func coordinatesAndDirectionsNameNoPlace() {
        let analysis = Analyze.paragraphs(
            "Tâm bão ở khoảng 12,5 độ Vĩ Bắc; 115,2 độ Kinh Đông, di chuyển theo hướng Tây Tây Bắc.")
        #expect(analysis.entities(.place).isEmpty)
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func anAmpersandInsideAnAcronymKeepsItWholeAndAFullNameAfterItIsAPerson() {
        let analysis = Analyze.paragraphs(
            "Thứ trưởng Bộ Văn hóa - Thể thao và Du lịch (VH-TT&DL) Lê Văn Bình đến dự buổi lễ.",
            "Thứ trưởng Bộ VH-TT&DL Lê Văn Bình trao tặng bằng khen cho các nghệ nhân.")
        #expect(analysis.entities(.organization).isSuperset(of: ["VH-TT&DL", "Bộ VH-TT&DL"]))
        #expect(analysis.entities(.person) == ["Lê Văn Bình"])
    }
}

/// Products, units and roles that read like names.
@Suite struct ProductAndUnitTests {
    @Test func aRunWithAModelsCodeIsAProductNoBody() {
        let analysis = Analyze.paragraphs(
            "Mẫu điện thoại Nova X7 Pro có RAM 8 GB, pin lớn và giá bán thấp hơn đối thủ.",
            "Giống lúa ĐS30 Cần Thơ được nhiều nông dân lựa chọn trong vụ này.")
        #expect(analysis.entities(.organization).isEmpty)
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aRunEndingWithTwoCapitalsIsAProductUnlessTheyAreACompanysForm() {
        let analysis = Analyze.paragraphs("Owners of a Corvane QX upgraded, and shares in Tallow Brandt SA rose, said Dana Frewin.")
        #expect(analysis.entities(.person) == ["Dana Frewin"])
        #expect(analysis.entities(.organization) == ["Tallow Brandt SA"])
    }

    @Test func anEnglishProductsModelIsNoPersonAndAMemberOfParliamentIsARole() {
        let analysis = Analyze.paragraphs(
            "The new Zentra Q5 phone runs at 3 GHz, said Labour MP Janet Ormsby.")
        #expect(analysis.entities(.person) == ["Janet Ormsby"])
        #expect(!analysis.entities(.organization).contains("GHz"))
        #expect(!analysis.entities(.person).contains("Zentra Q5"))
    }
}

/// Vietnamese bodies named with their administrative unit, headings in capitals and codes that name nothing.
@Suite struct VietnameseBodyBoundaryTests {
    @Test func anAdministrativeUnitAfterABodysNameClosesIt() {
        let analysis = Analyze.paragraphs(
            "Bệnh nhân được đưa tới Trung tâm Y tế huyện Tân Lạc để cấp cứu.",
            "Sở Giáo dục tỉnh Quảng Nam đã gửi công văn tới các trường trong tuần này.")
        #expect(analysis.entities(.organization) == ["Trung tâm Y tế huyện Tân Lạc", "Sở Giáo dục tỉnh Quảng Nam"])
        #expect(analysis.entities(.place).isEmpty)
    }

    /// A capitalised word after a place inside a body's name goes on with the name; not a foreign short
    /// name after a Vietnamese place, nor the holder's name after a title's body.
    @Test func aBodysNameGoesOnAfterAPlaceInside() {
        let analysis = Analyze.paragraphs(
            "Ngân hàng TMCP Sài Gòn Thương Tín đã tổ chức đại hội cổ đông thường niên trong sáng nay.",
            "Một nghiên cứu của Đại học Manchester Metropolitan cho thấy kết quả tương tự.",
            "Theo Phó Tổng giám đốc của Cơ quan Vũ trụ Liên bang Nga Roscosmos, mức lương đã tăng.",
            "Người phát ngôn của Hải quân Indonesia Julius Widjojono cho biết tàu đã chìm.")
        #expect(analysis.entities(.organization) == ["Ngân hàng TMCP Sài Gòn Thương Tín", "Đại học Manchester Metropolitan",
                                                     "Cơ quan Vũ trụ Liên bang Nga", "Roscosmos", "Hải quân Indonesia"])
        #expect(analysis.entities(.person) == ["Julius Widjojono"])
    }

    /// A capitalised syllable before a lowercase one that the article also writes as a lowercase compound
    /// is that compound (`Khoa học`, `Anh hùng`, `Khách sạn`), no name; a name before a function word, or
    /// after a form of address, stays one.
    @Test func aCompoundWrittenWithACapitalIsNoName() {
        let analysis = Analyze.paragraphs(
            "Em theo học ngành Khoa học máy tính và ở tại Khách sạn Alisia, gặp Anh hùng Lao động Phạm Tuân.",
            "Nhiều em yêu khoa học, ở khách sạn, muốn làm anh hùng như ông Khoa và khoa và bạn bè.",
            "Khoa và các bạn đều là sinh viên.")
        #expect(analysis.entities(.person) == ["Phạm Tuân", "Khoa"])
        // (`ông Khoa`, and `Khoa và` though the article writes `khoa và`: `và` ends no compound.)
        #expect(analysis.entities.filter { $0.type == .person && $0.text == "Khoa" }.count == 2)
        #expect(analysis.entities(.place).isEmpty)
    }

    /// A city's old literary name (`Hà thành`, `Sài thành`) is the city, whatever the second word's case.
    @Test func aCitysLiteraryNameIsAPlace() {
        let analysis = Analyze.paragraphs("Cặp đôi đã đi dạo phố Hà Thành, rồi về Sài thành đón Tết cùng gia đình.")
        #expect(analysis.entities(.place) == ["Hà Thành", "Sài thành"])
        #expect(analysis.entities(.person).isEmpty)
    }

    /// Shares, profit and market value are a company's: the name after `cổ phiếu của` is a body, but one
    /// with a form of address stays the person who holds them.
    @Test func aNameAfterSharesOfIsACompany() {
        let analysis = Analyze.paragraphs(
            "Cổ phiếu của Hoàng Huy tăng mạnh trong phiên sáng, lợi nhuận của Minh Tiến giảm.",
            "Cổ phiếu của ông Trần Đình Long cũng tăng.")
        #expect(analysis.entities(.organization) == ["Hoàng Huy", "Minh Tiến"])
        #expect(analysis.entities(.person) == ["Trần Đình Long"])
    }

    /// An English name's `of` or `for` joins its words in Vietnamese text too.
    @Test func anEnglishNamesOfJoinsItInVietnameseText() {
        let analysis = Analyze.paragraphs(
            "Báo cáo về ca bệnh này đã được công bố trên tờ British Journal of Haematology số tháng 1.",
            "Nghiên cứu đăng trên tạp chí của National Academy of Sciences cho thấy điều ngược lại.")
        #expect(analysis.entities(.organization) == ["British Journal of Haematology", "National Academy of Sciences"])
    }

    @Test func aHeadingInCapitalsAndAPatientsCodeNameNothing() {
        let analysis = Analyze.paragraphs(
            "TIN MỚI NHẤT",
            "Bệnh nhân BN3120 đã được xuất viện sau hai tuần điều trị, các CĐV cũng vui mừng.",
            "Kỳ họp thứ nhất Quốc hội khóa XV bàn về các thách thức của thế kỷ XXI.")
        #expect(analysis.entities(.organization) == ["Quốc hội"])
        #expect(analysis.entities(.person).isEmpty)
    }

    /// Capitals and digits joined by a hyphen are a code, an age group alone is a category, and a medal's or
    /// a student's acronym is a common noun: none names a body.
    @Test func codesAgeGroupsAndCommonAcronymsNameNothing() {
        let analysis = Analyze.paragraphs(
            "Em đạt chứng chỉ tiếng Anh A2-C1, mượn máy EM-E14X của trường và giành HCV cùng đội U23.",
            "Hàng trăm SV đã đến xem, U23 Việt Nam thắng đậm.")
        #expect(analysis.entities(.organization).isEmpty)
        #expect(analysis.entities(.person).isEmpty)
    }

    /// An aircraft's or a weapon's code (capitals and digits joined by a hyphen, `F-16`, `B61-12`) names a
    /// model, alone or with the words of its name after it (`F-15E Strike Eagle`), in both languages.
    @Test func anAircraftsOrAWeaponsCodeNamesNothingWithItsName() {
        let vietnamese = Analyze.paragraphs(
            "Không quân điều tiêm kích F-15E Strike Eagle và F-16 tới Đức.",
            "Bom B61-12 cũng được thử nghiệm, theo Lầu Năm Góc.")
        #expect(vietnamese.entities(.organization) == ["Lầu Năm Góc"])
        #expect(vietnamese.entities(.person).isEmpty)
        let english = Analyze.paragraphs("The air force sent F-16 and F-35 jets, and an S-400 battery stood nearby.")
        #expect(english.entities(.organization).isEmpty)
        #expect(english.entities(.person).isEmpty)
    }

    /// An unknown acronym run together with a name the article addresses elsewhere (`Ông Varga`, `Mr Varga`)
    /// is the body and its official; without that, or with a known place after it, the run is a body's name.
    @Test func anAcronymBeforeANameTheArticleAddressesIsTheBodyAndItsOfficial() {
        let vietnamese = Analyze.paragraphs(
            "Quan chức UNDX Tamas Varga cho rằng khu vực này đang đối mặt với khủng hoảng.",
            "Ông Varga kêu gọi các nước hỗ trợ thêm.")
        #expect(vietnamese.entities(.organization) == ["UNDX"])
        #expect(vietnamese.entities(.person) == ["Tamas Varga", "Varga"])
        let english = Analyze.paragraphs(
            "Shares rose after QRTX Tamas Varga spoke to investors.", "Mr Varga said the firm would grow.")
        #expect(english.entities(.organization) == ["QRTX"])
        #expect(english.entities(.person) == ["Tamas Varga", "Varga"])
        let unaddressed = Analyze.paragraphs("Đội bóng QRTX Hồng Lĩnh đã thắng ĐHQG Hà Nội trong trận mở màn.")
        #expect(unaddressed.entities(.organization) == ["QRTX Hồng Lĩnh", "ĐHQG Hà Nội"])
        #expect(unaddressed.entities(.person).isEmpty)
    }

    /// A body's name that lists its fields, joined by commas and closed by `và`, is one name; without the
    /// closing field the commas end it (a list of bodies and places stays a list).
    @Test func aBodysNameListingItsFieldsIsOneName() {
        let analysis = Analyze.paragraphs(
            "Theo Bộ Văn hóa, Thể thao và Du lịch, lễ hội sẽ diễn ra vào tháng 5.",
            "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội đã họp chiều qua.",
            "Đoàn kiểm tra gồm Bộ Y tế, Sở Y tế Hà Nội và Bộ Công an.")
        #expect(analysis.entities(.organization) == [
            "Bộ Văn hóa, Thể thao và Du lịch", "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng",
            "Quốc hội", "Bộ Y tế", "Sở Y tế Hà Nội", "Bộ Công an"])
        #expect(analysis.entities(.person).isEmpty)
    }

    /// A known company before a country's name is its branch there (`Samsung Việt Nam`), and foreign words
    /// before a place of two words name a business there (`Metro Hà Nội`), not a person; a foreigner's name
    /// ending with a one-word city (`Amber Valletta`) and a Vietnamese name stay people.
    @Test func aCompanyBeforeACountryIsItsBranch() {
        let analysis = Analyze.paragraphs(
            "Sau đó Samsung Việt Nam đã tuyển thêm 500 kỹ sư cho nhà máy mới.",
            "Khu vui chơi VinWonders Phú Quốc mở cửa trở lại từ tháng 6.",
            "Người mẫu Amber Valletta và ca sĩ Minh Anh cũng có mặt tại sự kiện.")
        #expect(analysis.entities(.organization) == ["Samsung Việt Nam", "VinWonders Phú Quốc"])
        #expect(analysis.entities(.person) == ["Amber Valletta", "Minh Anh"])
    }

    /// `Bộ Y tế PGS.TS X`: a degree in capitals after a body's name opens the next person's name.
    @Test func aDegreeAfterABodysNameOpensTheNextPerson() {
        let analysis = Analyze.paragraphs(
            "Đại diện Bộ Y tế PGS Nguyễn Văn Minh cho biết thuốc sẽ về trong tháng tới.",
            "Học viện Tài chính TS Lê Thu Hà phát biểu tại hội nghị.")
        #expect(analysis.entities(.organization) == ["Bộ Y tế", "Học viện Tài chính"])
        #expect(analysis.entities(.person) == ["Nguyễn Văn Minh", "Lê Thu Hà"])
    }

    /// `(Chiềng Mai, huyện Mai Sơn, Sơn La)`: a commune before its district in parentheses is a place.
    @Test func aCommuneBeforeItsDistrictInParenthesesIsAPlace() {
        let analysis = Analyze.paragraphs("Ông Lò Văn Hương (Chiềng Mai, huyện Mai Sơn, Sơn La) trồng 4ha cà phê.")
        #expect(analysis.entities(.place) == ["Chiềng Mai", "Mai Sơn", "Sơn La"])
        #expect(analysis.entities(.person) == ["Lò Văn Hương"])
    }

    /// `bầu Đức`: a club's owner named by the sports pages' form of address is a person, even with a
    /// syllable that is also a country's name.
    @Test func aClubOwnersFormOfAddressMakesAPerson() {
        let analysis = Analyze.paragraphs("Đội bóng của bầu Đức thắng trận thứ tám liên tiếp trên sân nhà.")
        #expect(analysis.entities(.person) == ["Đức"])
        #expect(analysis.entities(.place).isEmpty)
    }

    /// `bầu` is also the verb to elect: a role after it (`bầu Kiểm soát viên`, an auditor of the board)
    /// is the post being filled, no person's name.
    @Test func aRoleAfterTheVerbToElectIsNoName() {
        let analysis = Analyze.paragraphs("Đại hội đồng cổ đông đã bầu Kiểm soát viên mới cho nhiệm kỳ tới.")
        #expect(analysis.entities(.person).isEmpty)
    }

    /// `BTV` (biên tập viên, an editor) and a company's `CIO` are titles before a name, no bodies.
    @Test func anEditorsAndAChiefOfficersAbbreviationsAreTitles() {
        let analysis = Analyze.paragraphs(
            "BTV Quang Khải chia sẻ trên trang cá nhân về bữa cơm gia đình.",
            "CIO Lê Thanh Vũ cho biết công ty sẽ mở thêm hai trung tâm dữ liệu.")
        #expect(analysis.entities(.person) == ["Quang Khải", "Lê Thanh Vũ"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    /// `Đức Hoàng` above `Theo Reuters`: a writer's name on the line above a credit line is a byline too.
    @Test func aBylineAboveACreditLineIsTheWriter() {
        let analysis = Analyze.paragraphs(
            "Người dân trong xóm đã góp tiền sửa lại con đường dẫn vào trường học của làng.",
            "Đức Hoàng",
            "Theo Reuters")
        #expect(analysis.entities(.person) == ["Đức Hoàng"])
        #expect(analysis.entities(.place).isEmpty)
        #expect(analysis.entities(.organization) == ["Reuters"])
        let compiled = Analyze.paragraphs(
            "Người dân trong xóm đã góp tiền sửa lại con đường dẫn vào trường học của làng.", "Đức Hoàng", "Tổng hợp")
        #expect(compiled.entities(.person) == ["Đức Hoàng"])
        #expect(compiled.entities(.place).isEmpty)
    }

    /// `Ảnh: Nguyễn Minh Đức`: a photo's credit is no headline in Title Case; its name stays whole.
    @Test func aPhotosCreditKeepsItsNameWhole() {
        let analysis = Analyze.paragraphs(
            "Cầu tre nối lò gạch với một quán cà phê nhỏ giữa cánh đồng.", "Ảnh: Nguyễn Minh Đức",
            "Nhiều bạn trẻ tới đây để chụp ảnh.")
        #expect(analysis.entities(.person) == ["Nguyễn Minh Đức"])
        #expect(analysis.entities(.place).isEmpty)
    }

    @Test func aCitysBodyWrittenWithTPAndAFullStopIsWhole() {
        let analysis = Analyze.paragraphs("Dự án được bàn giao cho UBND TP. Đà Nẵng vào cuối tháng.")
        #expect(analysis.entities(.organization) == ["UBND TP. Đà Nẵng"])
    }
}

/// English words that read like names but name a time or a kind of music.
@Suite struct EnglishTimeAndGenreTests {
    @Test func aMonthAloneIsNoPlaceButAPersonsSurnameStaysThePerson() {
        let analysis = Analyze.paragraphs(
            "Sales fell in May and rose again in June, the firm said at 1400 GMT.",
            "Theresa Pell met Alan May on Monday. May said the R&B charts were changing.")
        #expect(analysis.entities(.place).isEmpty)
        #expect(!analysis.entities(.organization).contains("GMT"))
        #expect(!analysis.entities(.organization).contains("R&B"))
        #expect(analysis.entities(.person).isSuperset(of: ["Alan May", "May"]))
    }
}
