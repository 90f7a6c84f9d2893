import ArticleModel
import TextAnalysis
import Testing

/// Where a body's or a person's name ends (the people and bodies here are made up).
@Suite struct NameBoundaryTests {
    @Test func aCommaPairOfActivitiesStaysInsideABodysName() {
        let analysis = Analyze.paragraphs(
            "Đại diện Cục Quản lý khám, chữa bệnh, cho biết đã gửi công văn tới các bệnh viện trong tuần.")
        #expect(analysis.entities(.organization) == ["Cục Quản lý khám, chữa bệnh"])
    }

    @Test func aCommaAfterABodysNameStillEndsIt() {
        let analysis = Analyze.paragraphs("Bộ Y tế, cơ quan chủ quản, đã yêu cầu báo cáo ngay trong ngày.")
        #expect(analysis.entities(.organization) == ["Bộ Y tế"])
    }

    @Test(arguments: ["miền Bắc", "miền Trung", "khu vực Tây Nguyên"])
    func aRegionClosesABodysName(region: String) {
        let analysis = Analyze.paragraphs("Theo Tổng công ty Điện lực \(region), sản lượng điện tăng mạnh trong tháng.")
        #expect(analysis.entities(.organization) == ["Tổng công ty Điện lực \(region)"])
        #expect(analysis.entities(.place).isEmpty)
    }

    @Test func aLowercaseSyllableBeforeAClosingCountryStaysInTheName() {
        let analysis = Analyze.paragraphs("Ông Lê Văn Tâm, Chủ tịch Mạng lưới Nước sạch Việt Nam, cho biết dự án sẽ mở rộng.")
        #expect(analysis.entities(.organization) == ["Mạng lưới Nước sạch Việt Nam"])
        #expect(analysis.entities(.place).isEmpty)
    }

    @Test func aLatinCompanyWordAfterANameClosesIt() {
        let analysis = Analyze.paragraphs("Năm nay, công ty KTV Software tuyển thêm 500 kỹ sư tại Đà Nẵng.")
        #expect(analysis.entities(.organization) == ["KTV Software"])
    }

    @Test(arguments: ["ca sĩ", "diễn viên", "cầu thủ", "HLV"])
    func aPlaceSyllableAfterAProfessionStartsAPersonsName(profession: String) {
        let analysis = Analyze.paragraphs("Tối qua, \(profession) Mỹ Hạnh đã tới thăm các em nhỏ ở Huế.")
        #expect(analysis.entities(.person) == ["Mỹ Hạnh"])
        #expect(analysis.entities(.place) == ["Huế"])
    }

    @Test func aCountryAfterAProfessionBeforeAForeignNameStaysTheCountry() {
        let analysis = Analyze.paragraphs("Trận đấu có sự góp mặt của tiền đạo Pháp Kylian Dubreuil và nhiều ngôi sao.")
        #expect(analysis.entities(.place) == ["Pháp"])
        #expect(analysis.entities(.person) == ["Kylian Dubreuil"])
    }

    /// A person is addressed once: a capitalised form of address right after another opens the name.
    @Test(arguments: ["ông Anh Tuấn", "bà Anh Thư", "chị Cô Lan"])
    func aSecondFormOfAddressOpensTheName(_ addressed: String) {
        let analysis = Analyze.paragraphs("Theo \(addressed), chủ một cửa hàng ở Hà Nội, giá đã tăng gấp đôi.")
        #expect(analysis.entities(.person) == [String(addressed.split(separator: " ", maxSplits: 1)[1])])
    }

    /// An initial glued to another's full stop is part of the name, whatever the letter (`A` is a stopword).
    @Test func aGluedInitialIsPartOfTheName() {
        let analysis = Analyze.paragraphs("Anh P.A, chủ một đại lý du lịch, cho biết khách đã hủy hết phòng.")
        #expect(analysis.entities(.person) == ["P.A"])
    }

    /// `chuyên` needs the school's name after it: a person's name there is the school's, even after a title.
    @Test func aSpecialisedSchoolNamedAfterAPersonKeepsTheName() {
        let analysis = Analyze.paragraphs(
            "Thầy Phan Đức, Hiệu trưởng Trường THPT chuyên Nguyễn Tất Thành cho biết trường có hai học sinh đoạt giải.")
        #expect(analysis.entities(.organization) == ["Trường THPT chuyên Nguyễn Tất Thành"])
        #expect(analysis.entities(.person) == ["Phan Đức"])
    }

    /// `danh thủ`, `tuyển thủ` are professions: the name after one is a person's, foreign or not.
    @Test(arguments: ["danh thủ", "tuyển thủ", "cựu danh thủ"])
    func aPlayersNameAfterTheirProfessionIsAPerson(_ profession: String) {
        let analysis = Analyze.paragraphs("Báo chí dẫn lời \(profession) Piyapong sau trận đấu tối qua.")
        #expect(analysis.entities(.person) == ["Piyapong"])
    }

    /// An office of several words (`Chancellor of the Exchequer`) is a title, not a body with the name.
    @Test func aTitleOfSeveralWordsIsNoBody() {
        let analysis = Analyze.paragraphs("\"Growth will slow next year,\" said UK Chancellor of the Exchequer Gordon Brown.")
        #expect(analysis.entities(.person) == ["Gordon Brown"])
        #expect(analysis.quotes.map(\.speaker) == ["Gordon Brown"])
    }

    /// A body named in sentence case runs on over its lowercase syllables up to its parent in parentheses
    /// or after a dash; closed by a comma, the lowercase words are the sentence's.
    @Test(arguments: [("Vụ Giáo dục tiểu học (Bộ GD&ĐT)", "Vụ Giáo dục tiểu học"),
                      ("Vụ Giáo dục đại học – Bộ GD&ĐT", "Vụ Giáo dục đại học"),
                      ("Cục Quản lý xuất nhập cảnh (Bộ Công an)", "Cục Quản lý xuất nhập cảnh")])
    func aBodyInSentenceCaseRunsOnToItsParent(_ written: String, _ name: String) {
        let analysis = Analyze.paragraphs("Ông Nguyễn Văn Hòa, đại diện \(written), cho biết số hồ sơ đã tăng.")
        #expect(analysis.entities(.organization).contains(name))
    }

    @Test func lowercaseWordsAfterABodyBeforeACommaAreTheSentences() {
        let analysis = Analyze.paragraphs("Bộ Y tế khuyến cáo, người dân nên hạn chế ra đường vào buổi tối.")
        #expect(analysis.entities(.organization) == ["Bộ Y tế"])
    }

    /// `quốc gia`, `nhà nước`, `quốc tế` and `về` with a capitalised field: the body's whole name.
    @Test(arguments: ["Ban Chỉ đạo Nhà nước về Du lịch", "Ủy ban quốc gia về Đổi mới giáo dục đào tạo",
                      "Tổ chức Quốc tế về Bảo tồn thiên nhiên"])
    func aBodyOfTheStateAboutAFieldKeepsTheField(_ name: String) {
        let analysis = Analyze.paragraphs("Đại diện \(name) nhấn mạnh cần có thêm nguồn lực trong năm tới.")
        #expect(analysis.entities(.organization) == [name])
    }

    @Test func aFieldWrittenLowercaseAfterVeIsWhatTheBodyDoes() {
        let analysis = Analyze.paragraphs("Sở Tài nguyên thực hiện quản lý nhà nước về đất đai trên địa bàn.")
        #expect(!analysis.entities(.organization).contains { $0.contains("đất đai") })
    }

    /// A body named after a person keeps a syllable of the name that is also a country (`Đức`).
    @Test func aPlaceSyllableInsideANamesakeBodyStays() {
        let analysis = Analyze.paragraphs("Em đỗ vào Trường Đại học Tôn Đức Thắng với số điểm cao.")
        #expect(analysis.entities(.organization) == ["Trường Đại học Tôn Đức Thắng"])
        #expect(analysis.entities(.place).isEmpty)
    }

    /// Ranks written short (`Gen`, `Lt Col`, `Maj Gen`) and a role's letters after the name (`MP`, `QC`) are
    /// titles: the speaker is the name alone.
    @Test(arguments: [("Gen", "Pervez Musharraf"), ("Lt Col", "Eric Schnaible"), ("Maj Gen", "Tim Cross")])
    func aShortRankIsATitle(_ rank: String, _ name: String) {
        let analysis = Analyze.paragraphs("\(rank) \(name) said: \"We will hold the elections next year as planned.\"")
        #expect(analysis.quotes.map(\.speaker) == [name])
    }

    @Test(arguments: ["MP", "QC", "MSP"])
    func aRolesLettersAfterTheNameAreNoPartOfIt(_ letters: String) {
        let analysis = Analyze.paragraphs("\"It was clearly leaked to the press,\" said Andrew Tyrie \(letters).")
        #expect(analysis.quotes.map(\.speaker) == ["Andrew Tyrie"])
    }

    /// `Chính phủ` is a body by itself: after a title the full name that follows is the office holder's.
    @Test func theGovernmentEndsBeforeItsMembersName() {
        let analysis = Analyze.paragraphs("Phó Thủ tướng Chính phủ Vũ Đức Đam nêu rõ điều đó tại buổi lễ.")
        #expect(analysis.entities(.organization) == ["Chính phủ"])
        #expect(analysis.entities(.person) == ["Vũ Đức Đam"])
    }

    /// `Năm` before a field opens an event (`Năm Du lịch Quốc gia`), before a given name it is a name.
    @Test func aYearGivenToAFieldIsAnEventAndNoPerson() {
        let analysis = Analyze.paragraphs("Ông nêu rõ: Năm Du lịch Quốc gia sẽ được tiếp nối, anh Năm Sánh cho biết.")
        #expect(analysis.entities(.person) == ["Năm Sánh"])
    }

    /// Landforms and landmarks a road trip names (a slope, a hill, a forest, a cemetery) open places.
    @Test(arguments: ["dốc Thẩm Mã", "đồi Mộng Mơ", "rừng Cúc Phương", "nghĩa trang Vị Xuyên"])
    func aLandformOrLandmarkOpensAPlace(_ written: String) {
        let analysis = Analyze.paragraphs("Đoàn du khách dừng chân ở \(written) vào buổi chiều.")
        #expect(analysis.entities(.person).isEmpty)
        #expect(analysis.entities(.place).count == 1)
    }

    /// A body's one-syllable head that closes a name after the family (and middle) name is the given name.
    @Test(arguments: ["Nguyễn Văn Trường", "Lê Hội", "Trần Thị Trường", "Nguyễn Xuân Trường", "Phan Khánh Hội"])
    func aHeadClosingAPersonsNameIsTheGivenName(_ name: String) {
        let analysis = Analyze.paragraphs("Theo lời \(name), giá điện đã tăng gấp đôi.")
        #expect(analysis.entities(.person) == [name])
        #expect(analysis.entities(.organization).isEmpty)
    }

    /// One syllable that is nothing known and a one-syllable head closing the run are a given name of two
    /// syllables, as a head alone names no body.
    @Test(arguments: ["Xuân Trường", "Khánh Hội", "Bá Đoàn"])
    func aSyllableAndAClosingHeadAreAGivenName(_ name: String) {
        let analysis = Analyze.paragraphs("Hôm qua \(name) ghi bàn ở phút 35.", "Bàn thắng của \(name) giúp đội nhà thắng.")
        #expect(analysis.entities(.person) == [name])
        #expect(analysis.entities(.organization).isEmpty)
    }

    /// A syllable that makes a body's word with the head (`Chi cục`, `Thiền viện`) opens no given name.
    @Test func aBodysWordBeforeAHeadIsNoGivenName() {
        let analysis = Analyze.paragraphs("Năm nay Khoa Báo chí tuyển thêm 50 sinh viên, và Thiền Viện mở cửa đón khách.")
        #expect(analysis.entities(.person).isEmpty)
    }

    /// After a title, a foreign given name and a surname right after a body's head are the holder's.
    @Test func aForeignNameAfterATitleAndAHeadIsThePersons() {
        let analysis = Analyze.paragraphs("Đô đốc Hải quân Charles Richard cho biết: \"Chúng tôi đang theo dõi rất sát\".")
        #expect(analysis.entities(.person) == ["Charles Richard"])
        #expect(analysis.quotes.map(\.speaker) == ["Charles Richard"])
    }

    /// After a given name, a word that alone names nothing (a nationality) is a surname.
    @Test func aNationalityAfterAGivenNameIsASurname() {
        let analysis = Analyze.paragraphs("\"It deserves the top prize,\" said the Observer's Philip French on Monday.")
        #expect(analysis.entities(.person) == ["Philip French"])
        #expect(analysis.quotes.map(\.speaker) == ["Philip French"])
    }

    /// `Phạm Quốc Vương`: a title's words (`Quốc vương`, a monarch) right after a family name, ending the run,
    /// are the person's names; before a name they are still a title.
    @Test func aTitlesWordsAfterAFamilyNameAreGivenNames() {
        let analysis = Analyze.paragraphs(
            "Theo ông Phạm Quốc Vương, huyện có diện tích trồng cau lớn. Quốc vương Maha Vajiralongkorn cũng tới thăm.")
        #expect(analysis.entities(.person) == ["Phạm Quốc Vương", "Maha Vajiralongkorn"])
    }

    /// After a title, a foreign given name and a surname after a body's name are the holder's (`chủ tịch CLB
    /// Tottenham | Daniel Levy`); not after a saint's word, which names the club or place (`CLB San Martin`).
    @Test func aForeignHoldersNameAfterABodysNameIsAPersons() {
        let analysis = Analyze.paragraphs(
            "Trong khi đó, chủ tịch CLB Westbury Daniel Lomax cho biết đội bóng sẽ sớm có huấn luyện viên mới.")
        #expect(analysis.entities(.organization) == ["CLB Westbury"])
        #expect(analysis.entities(.person) == ["Daniel Lomax"])
        let saint = Analyze.paragraphs("Huấn luyện viên CLB San Martin Rosales cho biết đội sẽ thi đấu tấn công.")
        #expect(!saint.entities(.person).contains("Martin Rosales"))
    }

    /// A known body followed at once by a Latin company word is one body (`FPT Telecom`), and a director's
    /// rank by its letters is a title (`PTGĐ`, `Phó TGĐ`): the name after them is the holder's.
    @Test func aKnownBodysLatinHeadAndADirectorsLettersEndBeforeTheName() {
        let analysis = Analyze.paragraphs(
            "Tại hội thảo, PTGĐ FPT Telecom Chu Hùng Thắng cho biết: \"Khách hàng là trọng tâm của chúng tôi\".")
        #expect(analysis.entities(.organization) == ["FPT Telecom"])
        #expect(analysis.entities(.person) == ["Chu Hùng Thắng"])
        #expect(analysis.quotes.map(\.speaker) == ["Chu Hùng Thắng"])
    }
}
