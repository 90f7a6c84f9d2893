import ArticleModel
import TextAnalysis
import Testing

/// Classes of Vietnamese entity error seen often across the corpus (given names that are also heads,
/// product models, area names, bridges, the short form of Vietnamese), each on a sentence written for it
/// (people, firms and places here are made up).
@Suite struct VietnameseNameClassTests {
    @Test func aBylineOpeningWithAHeadSyllableIsTheWriter() {
        let analysis = Analyze.paragraphs(
            "Công ty Cổ phần Hoa Sen vừa ra mắt dòng sản phẩm mới dành cho các gia đình trẻ.",
            "Trường Thịnh")
        #expect(analysis.entities(.person) == ["Trường Thịnh"])
        #expect(!analysis.entities(.organization).contains("Trường Thịnh"))
    }

    /// A body's one-word head right after a form of address that gives a gender (`thầy`, `ông`, `Mr`) is a
    /// person's name; after a title, or an address that is also a verb (`bầu`, to elect), it stays a head.
    @Test func aHeadWordAfterAFormOfAddressIsAName() {
        let analysis = Analyze.paragraphs(
            "\"Tất cả các hình ảnh đều có ghi chú nguồn cụ thể\", thầy Hội chia sẻ.",
            "Chủ tịch Hội cho biết đại hội đã bầu Ban chấp hành mới.")
        #expect(analysis.quotes.map(\.speaker) == ["Hội"])
        #expect(analysis.entities(.person) == ["Hội"])
        #expect(!analysis.entities(.person).contains("Ban"))
        let english = Analyze.paragraphs("\"We will look at every case,\" Mr Bank said.")
        #expect(english.entities(.person) == ["Bank"])
    }

    @Test func aHeadSyllableAfterAFamilyNameIsAGivenName() {
        let analysis = Analyze.paragraphs(
            "Thứ trưởng Bộ Công Thương Nguyễn Trường Khải cho biết, ông Lê Hội Nghĩa sẽ dẫn đoàn công tác.")
        #expect(analysis.entities(.person).isSuperset(of: ["Nguyễn Trường Khải", "Lê Hội Nghĩa"]))
        #expect(!analysis.entities(.organization).contains(where: { $0.hasPrefix("Trường") || $0.hasPrefix("Hội") }))
        #expect(!analysis.entities(.person).contains("Nguyễn"))
    }

    /// After a family name and a middle name (`Thị`, `Văn`), a head syllable is a given name too.
    @Test func aHeadSyllableAfterAMiddleNameIsAGivenName() {
        let analysis = Analyze.paragraphs(
            "PGS,TS. Lê Thị Trường Xuân (Phó Giám đốc Học viện Báo chí) nhận định, nghề báo đang thay đổi nhanh.")
        #expect(analysis.entities(.person) == ["Lê Thị Trường Xuân"])
        #expect(!analysis.entities(.organization).contains(where: { $0.hasPrefix("Trường") }))
    }

    /// After a dash set off by spaces, a head, an acronym or a known body opens a body of its own (the
    /// parent or a partner); other words after the dash go on with the name.
    @Test(arguments: [
        ("Từ năm 2021, Trường Đại học Kinh tế - ĐHQGHN mở thêm ngành mới.", ["Trường Đại học Kinh tế", "ĐHQGHN"]),
        ("Ông Lê Văn Nam làm việc tại Cục Quản lý Khám chữa bệnh - Bộ Y tế.", ["Cục Quản lý Khám chữa bệnh", "Bộ Y tế"]),
        ("Đại diện Bộ Lao động - Thương binh và Xã hội đã có mặt.", ["Bộ Lao động - Thương binh và Xã hội"]),
        ("Sở GD - ĐT tỉnh Bình Phước vừa công bố kế hoạch tuyển sinh.", ["Sở GD - ĐT tỉnh Bình Phước"]),
    ])
    func aBodyAfterASpacedDashIsABodyOfItsOwn(text: String, bodies: [String]) {
        let analysis = Analyze.paragraphs(text)
        #expect(analysis.entities(.organization) == Set(bodies))
    }

    /// A nickname in quotation marks between a given name and a surname is part of one person's name, and
    /// its marks end no attribution; the person speaks under the name without it.
    @Test(arguments: [
        ("Riêng HLV Alexandre \"Mano\" Polkinson cho biết: \"Tôi không quan sát rõ tình huống đó trên sân.\"",
         "Alexandre \"Mano\" Polkinson", "Alexandre Polkinson"),
        ("Egypt striker Ahmed 'Mido' Hossamy said: \"I am happy to be back in the team again.\"", "Ahmed 'Mido' Hossamy",
         "Ahmed Hossamy"),
        ("Coach Samuel \"Big Sam\" Ardley said: \"We will look at every case on its merits.\"", "Samuel \"Big Sam\" Ardley",
         "Samuel Ardley"),
    ])
    func aNicknameInsideANameKeepsItWhole(text: String, name: String, speaker: String) {
        let analysis = Analyze.paragraphs(text)
        #expect(analysis.entities(.person) == [name])
        #expect(analysis.quotes.map(\.speaker) == [speaker])
    }

    /// A person's name inside a programme's title (`phim truyền hình Bill Nye the Science Guy`) still names
    /// the person where the article writes it after a form of address, and alone.
    @Test func aNameInsideATitleStillNamesThePersonAddressedElsewhere() {
        let analysis = Analyze.paragraphs(
            "Bill Nyle, nổi tiếng với loạt phim truyền hình Bill Nyle the Science Guy, đã thảo luận về vấn đề này.",
            "Theo ông Nyle, hầu hết mọi người đều tưởng tượng như vậy.",
            "Ông khẳng định: \"Mọi người đều sẽ chết. Tôi chưa bao giờ gặp ai không chết.\"")
        #expect(analysis.entities(.person).contains("Bill Nyle"))
        #expect(analysis.quotes.map(\.speaker) == ["Bill Nyle"])
    }

    /// `Cao đẳng` (college) heads a body's name as `Đại học` does, even before a person's name.
    @Test func aCollegeIsABody() {
        let analysis = Analyze.paragraphs("Trường Cao đẳng Lý Tự Trọng và Cao đẳng Công Thương năm nay tuyển thêm sinh viên.")
        #expect(analysis.entities(.organization) == ["Trường Cao đẳng Lý Tự Trọng", "Cao đẳng Công Thương"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aSchoolAfterItsHeadIsStillABody() {
        let analysis = Analyze.paragraphs("Học sinh Trường THPT Lê Văn Tám đạt giải nhất cuộc thi năm nay.")
        #expect(analysis.entities(.organization) == ["Trường THPT Lê Văn Tám"])
    }

    @Test func theModelWordsAfterAProductsNumberNameNothing() {
        let analysis = Analyze.paragraphs(
            "Những mẫu máy như iPhone 13 Pro Max hay Redmi 10 Lite đang giảm giá mạnh tại các cửa hàng ở Đà Nẵng.")
        #expect(analysis.entities(.person).isEmpty)
        #expect(analysis.entities(.place) == ["Đà Nẵng"])
        #expect(!analysis.entities.contains { $0.text.contains("Pro") || $0.text.contains("Lite") })
    }

    @Test func aCompanyAfterAYearIsStillTheCompany() {
        let analysis = Analyze.paragraphs("Năm 2019 Samsung đã bán được hơn 5 triệu chiếc tivi trên toàn cầu.")
        #expect(analysis.entities(.organization) == ["Samsung"])
    }

    @Test func aCapitalisedAreaNounIsPartOfThePlace() {
        let analysis = Analyze.paragraphs(
            "Nhà máy đặt tại Khu công nghiệp Tân Hòa, gần Công viên Quốc gia Bù Đăng và Thành phố Hòa Bình.")
        #expect(analysis.entities(.place) == ["Khu công nghiệp Tân Hòa", "Công viên Quốc gia Bù Đăng", "Thành phố Hòa Bình"])
    }

    @Test func anArticleOfALawNamesNothing() {
        let analysis = Analyze.paragraphs(
            "Ông Trần Văn Khoa cho biết hành vi này bị xử lý theo quy định tại Điều 213 Luật Sở hữu trí tuệ.")
        #expect(analysis.entities(.place).isEmpty)
        #expect(analysis.entities(.person) == ["Trần Văn Khoa"])
    }

    @Test func aBridgeIsAPlaceButARequestIsNone() {
        let analysis = Analyze.paragraphs(
            "Xe tải bị kẹt trên cầu Bình Lợi suốt hai giờ.",
            "Công an yêu cầu Trần Văn Khoa có mặt tại trụ sở vào sáng mai.")
        #expect(analysis.entities(.place) == ["Bình Lợi"])
        #expect(analysis.entities(.person) == ["Trần Văn Khoa"])
    }

    @Test func aNameAfterARequestIsNoBridgesName() {
        // (`yêu cầu`: `cầu` closes another noun, so the name after it is no place.)
        let analysis = Analyze.paragraphs("Cơ quan điều tra đã yêu cầu Hải Long Phát nộp lại hồ sơ tại Đà Nẵng.")
        #expect(analysis.entities(.place) == ["Đà Nẵng"])
    }

    @Test func theShortFormOfVietnameseIsNoNameButAGivenNameAfterAFormOfAddress() {
        let analysis = Analyze.paragraphs(
            "Nhiều doanh nghiệp Việt đã mở rộng thị trường sang châu Âu.",
            "Ông Việt hiện là Chủ tịch Hội đồng quản trị của công ty.")
        #expect(analysis.entities(.person) == ["Việt"])
        #expect(analysis.entities(.place) == ["châu Âu"])
    }

    @Test func aChainOfSchoolsIsABody() {
        let analysis = Analyze.paragraphs("Thầy Lê Minh là giáo viên tại Hệ thống Giáo dục Ánh Dương ở Đà Nẵng.")
        #expect(analysis.entities(.organization) == ["Hệ thống Giáo dục Ánh Dương"])
        #expect(analysis.entities(.place) == ["Đà Nẵng"])
    }

    @Test func aLaneNumberBeforeAStreetNamedAfterAPersonKeepsItAPlace() {
        let analysis = Analyze.paragraphs("Vụ cháy xảy ra tại nhà trong ngõ 42 Trần Quang Diệu và hẻm 12/3 Lê Thánh Tông.")
        #expect(analysis.entities(.place) == ["Trần Quang Diệu", "Lê Thánh Tông"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aWardFollowedByItsDistrictAfterATitleIsAnAddress() {
        let analysis = Analyze.paragraphs("Một lãnh đạo Công an phường Kim Liên, quận Đống Đa cho biết đã triệu tập người này.")
        #expect(analysis.entities(.organization) == ["Công an phường Kim Liên"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func anAcronymWithLatinWordsIsACompany() {
        let analysis = Analyze.paragraphs("Chị Lan từng làm việc tại MF Credit trước khi chuyển sang ngân hàng.")
        #expect(analysis.entities(.organization) == ["MF Credit"])
        #expect(analysis.entities(.place).isEmpty)
    }

    @Test func aBodyNamedOnlyByItsHeadAndAUnitWordNamesNothingButTheNameAfterItIsAPerson() {
        let analysis = Analyze.paragraphs(
            "UBND thành phố yêu cầu các sở vào cuộc; quyết định của UBND TP được công bố hôm qua.",
            "Chủ tịch UBND TP Lê Văn Hòa và UBND thành phố Cần Thơ đã thống nhất kế hoạch.")
        #expect(analysis.entities(.organization) == ["UBND thành phố Cần Thơ"])
        #expect(analysis.entities(.person) == ["Lê Văn Hòa"])
    }

    @Test func aNameCutBeforeItsLastSyllableTakesItWhenTheArticleNamesThePersonInFull() {
        let analysis = Analyze.paragraphs(
            "Triệu Gia Phi là diễn viên nổi tiếng của màn ảnh Hoa ngữ.",
            "Năm ngoái, Triệu Gia Phi công khai chuyện tình cảm với một doanh nhân.")
        #expect(analysis.entities(.person) == ["Triệu Gia Phi"])
        #expect(analysis.entities.filter { $0.type == .person }.count == 2)
    }

    @Test func aSyllableBeforeNguNamesALanguage() {
        let analysis = Analyze.paragraphs("Bộ phim gây sốt trên màn ảnh Hoa ngữ, còn cô học thêm Anh ngữ ở Úc.")
        #expect(analysis.entities(.person).isEmpty)
        #expect(analysis.entities(.place) == ["Úc"])
    }

    @Test func aForeignFirmsLegalFormAfterACommaIsPartOfItsName() {
        let analysis = Analyze.paragraphs(
            "Đơn đăng ký do Công ty Green Valley Foods, Inc. nộp, còn Hana Consumer Finance Co., Ltd mua lại cổ phần.")
        #expect(analysis.entities(.organization) == ["Công ty Green Valley Foods, Inc", "Hana Consumer Finance Co., Ltd"])
    }

    @Test func aHotelOrARestaurantIsAPlace() {
        let analysis = Analyze.paragraphs(
            "Đoàn khách nghỉ tại khách sạn Hoa Sen và ăn tối ở nhà hàng Sen Vàng, gần sân của đội chủ nhà Hàng Đẫy.")
        #expect(analysis.entities(.place) == ["Hoa Sen", "Sen Vàng"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func latinWordsAfterAProductNounAreAMakerAndItsModel() {
        let analysis = Analyze.paragraphs(
            "Hãng vừa giới thiệu đồng hồ Suunto Vertex tại Việt Nam.",
            "Theo Suunto, chiếc Vertex có pin dùng được ba tuần, còn người mẫu Anna Kowalski đeo nó trên sàn diễn.")
        #expect(analysis.entities(.organization) == ["Suunto"])
        #expect(analysis.entities(.person) == ["Anna Kowalski"])
        #expect(analysis.entities(.place) == ["Việt Nam"])
    }

    /// After `khoa`, capitalised words name a hospital's department; a name opening with a family or given
    /// name after a field (`nhi khoa`) is a person.
    @Test func aNameAfterAMedicalFieldIsAPersonAndADepartmentIsNothing() {
        let analysis = Analyze.paragraphs(
            "Theo bác sĩ nhi khoa Paul Gilbert, trẻ em cần ngủ đủ. Bác sĩ nha khoa Nguyễn Văn An đồng ý.",
            "Bệnh nhân được chuyển tới khoa Hồi sức tích cực.")
        #expect(analysis.entities(.person) == ["Paul Gilbert", "Nguyễn Văn An"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    /// A name typed a place that the gazetteers do not know as one is a person's where the article has it
    /// speak, opening its clause before a speech verb (`Bằng Kiều cho biết, anh ...`); a known place speaks
    /// as its government (`Hà Nội cho biết`), and one governed by the word before it stays a place.
    @Test func anUnknownPlaceThatSpeaksIsAPerson() {
        let analysis = Analyze.paragraphs(
            "Theo tiết lộ của Dũng Taylor, Bằng Kiều đã phải lao động cật lực để nuôi con.",
            "Về phía Bằng Kiều, nam ca sĩ không phủ nhận. Bằng Kiều cho biết, anh không chủ động công khai thông tin này.",
            "\"Trời thương cho làm việc thì mình làm, không kiếm được tiền thì cũng chịu\", anh chia sẻ.")
        #expect(analysis.entities(.person).contains("Bằng Kiều"))
        #expect(!analysis.entities(.place).contains("Bằng Kiều"))
        #expect(analysis.quotes.map(\.speaker) == ["Bằng Kiều"])
        let known = Analyze.paragraphs("Trong khi đó, Hà Nội cho biết sẽ tiếp tục đàm phán với các đối tác trong khu vực.")
        #expect(known.entities(.place) == ["Hà Nội"])
    }

    /// `Hoa hậu đền Hùng Giáng My`: a known place after a title ends there, and the name after it is the
    /// person's, whom the `Cô` after it means.
    @Test func aNameAfterATitlesKnownPlaceIsThePersons() {
        let analysis = Analyze.paragraphs(
            "Ưng Hoàng Phúc khiến fan xuýt xoa bởi thân hình săn chắc. Nam ca sĩ cho biết, anh tập gym mỗi ngày.",
            "Nhan sắc trẻ trung của Hoa hậu đền Hùng Giáng My. Cô cũng có chia sẻ triết lý: \"Có ba thứ không ai "
                + "cướp được của ta, đó là thức ăn đã ăn vào dạ dày\".")
        #expect(analysis.entities(.person).contains("Giáng My"))
        #expect(analysis.quotes.map(\.speaker) == ["Giáng My"])
    }
}
