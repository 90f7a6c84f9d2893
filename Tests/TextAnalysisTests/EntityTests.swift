import ArticleModel
import TextAnalysis
import Testing

@Suite struct VietnameseEntityTests {
    @Test func everySyllableOfANameIsCapitalised() {
        let analysis = Analyze.paragraphs("Sáng nay, anh Nguyễn Văn An đi bộ quanh hồ cùng con gái.")
        #expect(analysis.entities(.person) == ["Nguyễn Văn An"])
    }

    @Test func sentenceStartCapitalIsNotAName() {
        let analysis = Analyze.paragraphs(
            "Trong khi đó, giá xăng tiếp tục tăng. Hôm qua, nhiều người đã xếp hàng từ sớm. Mưa lớn kéo dài.")
        #expect(analysis.entities.filter { $0.type != .date }.isEmpty)
    }

    @Test func capitalAfterAQuoteMarkIsNotAName() {
        let analysis = Analyze.paragraphs("Bà con nói rằng \"Cá năm nay ít hơn mọi năm rất nhiều\", ông Lâm Văn Tư kể.")
        #expect(analysis.entities(.person) == ["Lâm Văn Tư"])
    }

    @Test func titleIsNotANameAndTitledNameIsSplit() {
        let analysis = Analyze.paragraphs("Tổng thống Mỹ Joe Biden và Tổng thư ký Liên hợp quốc đã có cuộc gặp.")
        #expect(analysis.entities(.person) == ["Joe Biden"])
        #expect(analysis.entities(.place) == ["Mỹ"])
        #expect(analysis.entities(.organization) == ["Liên hợp quốc"])
    }

    @Test(arguments: [
        ("Bộ Ngoại giao Nga", "đã triệu tập đại sứ."),
        ("Ngân hàng TMCP Quân đội", "vừa công bố lợi nhuận quý."),
        ("Công ty Sông Đà", "trúng thầu dự án."),
        ("Đại sứ quán Pháp", "mở cửa trở lại."),
        ("Đại học Bách khoa", "tuyển thêm sinh viên."),
        ("Sở Y tế Hà Nội", "khuyến cáo người dân."),
        ("UBND tỉnh Quảng Nam", "đã họp khẩn."),
    ])
    func organisationHeadWords(name: String, rest: String) {
        let analysis = Analyze.paragraphs("Hôm nay, \(name) \(rest)")
        #expect(analysis.entities(.organization).contains(name))
    }

    @Test func acronymsAreOrganisations() {
        let analysis = Analyze.paragraphs("Khách hàng của MB và VPBank phản ánh về phí dịch vụ, trong khi NATO họp tại Brussels.")
        #expect(analysis.entities(.organization).isSuperset(of: ["MB", "NATO"]))
        #expect(analysis.entities(.place).contains("Brussels"))
    }

    @Test func placesFromTheGazetteer() {
        let analysis = Analyze.paragraphs(
            "Đoàn khách từ Đà Nẵng, Nghệ An và TP HCM sẽ sang Nhật Bản, Hàn Quốc rồi về châu Âu.")
        #expect(analysis.entities(.place) == ["Đà Nẵng", "Nghệ An", "TP HCM", "Nhật Bản", "Hàn Quốc", "châu Âu"])
    }

    @Test func placeAfterALocativeNoun() {
        let analysis = Analyze.paragraphs("Quán nằm trên phố Hàng Bông, gần quận Hoàn Kiếm.")
        #expect(analysis.entities(.place).isSuperset(of: ["Hàng Bông", "Hoàn Kiếm"]))
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func countryAsHonorificAmbiguity() {
        // "Anh" before a name is the honorific; alone it is the country (the United Kingdom).
        let analysis = Analyze.paragraphs("Anh Hoàng Long kể rằng anh đã sống ở Anh mười năm.")
        #expect(analysis.entities(.person) == ["Hoàng Long"])
        #expect(analysis.entities(.place) == ["Anh"])
    }

    @Test(arguments: [
        ("Sự kiện diễn ra ngày 18/10 tại Huế.", "18/10"),
        ("Hợp đồng ký ngày 1/11/2021.", "1/11/2021"),
        ("Dự án khởi công tháng 4/2021.", "tháng 4/2021"),
        ("Nhà máy được xây năm 2015.", "2015"),
        ("Cửa hàng mở cửa vào thứ Hai hằng tuần.", "thứ Hai"),
        ("Cô rời nhóm vào tháng 8 năm 2014.", "tháng 8 năm 2014"),
        ("Nhà vua mất ngày 24 tháng 5 năm 1064 tại kinh thành.", "24 tháng 5 năm 1064"),
        ("Hạn nộp hồ sơ là 18 tháng 2.", "18 tháng 2"),
        ("Dự án khởi công tháng 11-2012.", "tháng 11-2012"),
        ("Giá vàng tăng mạnh từ tháng 1.2015.", "tháng 1.2015"),
        ("Con đập được đắp năm 1545.", "1545"),
        ("Hội chợ diễn ra từ 20 - 25/4 tại Huế.", "20 - 25/4"),
        ("Hội thảo kéo dài 14-17/04/2021.", "14-17/04/2021"),
        ("Học phí năm học 2021 - 2022 không đổi.", "2021 - 2022"),
    ])
    func dates(sentence: String, date: String) {
        #expect(Analyze.paragraphs(sentence).entities(.date).contains(date))
    }

    @Test func numbersThatAreNotDates() {
        let analysis = Analyze.paragraphs("Khoảng 2500 người và 45/100 hộ dân đã nhận 3,5 tấn gạo.")
        #expect(analysis.entities(.date).isEmpty)
    }

    @Test func scoresAndCountsWithDashesAreNotRanges() {
        let analysis = Analyze.paragraphs("Đội khách thắng 3 - 2, sau trận 1-10 có 12 - 15 người bị thương.")
        #expect(analysis.entities(.date).isEmpty)
    }
}

@Suite struct EnglishEntityTests {
    @Test func peopleOrganisationsPlaces() {
        let analysis = Analyze.paragraphs(
            "Gordon Pike, chairman of Northfield Bank, met officials from the European Commission in Brussels.")
        #expect(analysis.entities(.person) == ["Gordon Pike"])
        #expect(analysis.entities(.organization) == ["Northfield Bank", "European Commission"])
        #expect(analysis.entities(.place) == ["Brussels"])
    }

    @Test(arguments: ["Ltd", "Inc", "plc", "Party", "Council", "Commission", "Bank", "Association"])
    func organisationHeadWords(head: String) {
        let analysis = Analyze.paragraphs("Staff at Harwick \(head) were told on Friday.")
        #expect(analysis.entities(.organization) == ["Harwick \(head)"])
    }

    @Test func connectorsStayInsideOrganisationNamesOnly() {
        let analysis = Analyze.paragraphs(
            "The Department of Trade and Industry wrote to England and Ireland last week.")
        #expect(analysis.entities(.organization) == ["Department of Trade and Industry"])
        #expect(analysis.entities(.place) == ["England", "Ireland"])
    }

    @Test func sentenceStartFunctionWordIsDropped() {
        let analysis = Analyze.paragraphs("But Karen Holt disagreed. However, nothing changed.")
        #expect(analysis.entities(.person) == ["Karen Holt"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func surnameAloneGroupsWithTheFullName() {
        let analysis = Analyze.paragraphs("Victor Almeida scored twice. Later Almeida was substituted.")
        #expect(analysis.entities(.person) == ["Victor Almeida", "Almeida"])
        #expect(Set(analysis.entities.filter { $0.type == .person }.map(\.canonical)) == ["Victor Almeida"])
    }

    @Test func possessiveIsNotPartOfTheName() {
        let analysis = Analyze.paragraphs("It was Victor Almeida's best season.")
        #expect(analysis.entities(.person) == ["Victor Almeida"])
    }

    @Test(arguments: [
        ("The deal was signed on 27 April 2021.", "27 April 2021"),
        ("Sales fell in April 2021 again.", "April 2021"),
        ("The hearing is on Tuesday.", "Tuesday"),
        ("It opened in 1998.", "1998"),
        ("He ran the club in 1965-71.", "1965-71"),
        ("The 2005-06 season was his last.", "2005-06"),
        ("Fans travel to the farm from 24-26 June.", "24-26 June"),
        ("The tie is on 4 - 6 March 2005 in Croatia.", "4 - 6 March 2005"),
    ])
    func dates(sentence: String, date: String) {
        #expect(Analyze.paragraphs(sentence).entities(.date).contains(date))
    }

    /// A bare month is a date after a word that places it in time (`in March`, `since November`); not
    /// `May` the name, nor a month after any other word; `June 2004` stays one date.
    @Test func aBareMonthIsADateOnlyAfterAWordPlacingItInTime() {
        let analysis = Analyze.paragraphs(
            "The report is due in March, a year after sales fell in June 2004.",
            "Prices have risen since November, and the election may come in May.",
            "Theresa May wrote to May supporters; April Jones and the March for Jobs were there.",
            "The song was written by May Jones, who sang it by June.")
        #expect(analysis.entities(.date) == ["March", "June 2004", "November", "May", "June"])
        #expect(analysis.entities.filter { $0.type == .date && $0.text == "May" }.count == 1)  // (`in May` alone)
    }
}

@Suite struct CapitalisationEdgeTests {
    @Test func contractionsAndPluralAcronymsAreNotNames() {
        let analysis = Analyze.paragraphs("Then I'm told the TVs and PCs sold out. We've seen it before, I've said.")
        #expect(analysis.entities.filter { $0.type != .date }.isEmpty)
    }

    @Test func lowercaseAfterHyphenIsNotAName() {
        let analysis = Analyze.paragraphs("The offer targets PC-owning families and Mac-loving students alike.")
        #expect(analysis.entities.isEmpty)
    }

    @Test func particlesStayInsidePeoplesNames() {
        let analysis = Analyze.paragraphs("The winner was Luca di Marco, ahead of Jan van Dijkstra.")
        #expect(analysis.entities(.person) == ["Luca di Marco", "Jan van Dijkstra"])
    }

    @Test func runWithAWordThatNamesNothingIsNoName() {
        let analysis = Analyze.paragraphs("Buyers of a Windows PC can upgrade for free, said Dana Frewin.")
        #expect(analysis.entities(.person) == ["Dana Frewin"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func vietnameseSentenceInitialSyllableNeedsEvidence() {
        let analysis = Analyze.paragraphs(
            "Phía Bulgaria chưa lên tiếng. Cờ Nga được treo khắp nơi.",
            "Nguyễn Hữu Đang đến Hà Nội hôm qua.")
        #expect(analysis.entities(.person) == ["Nguyễn Hữu Đang"])
        #expect(analysis.entities(.place) == ["Bulgaria", "Nga", "Hà Nội"])
    }

    @Test func bylineAloneOnItsLineIsAPerson() {
        let analysis = Analyze.paragraphs("Mưa lớn kéo dài ba ngày ở miền núi.", "Quang Huy (Theo Reuters)")
        #expect(analysis.entities(.person) == ["Quang Huy"])
        #expect(analysis.entities(.organization) == ["Reuters"])
    }

    @Test func districtInParenthesesBeforeItsProvinceIsAPlace() {
        let analysis = Analyze.paragraphs("Ông Đinh Văn Sáu (Thạch Thất, Hà Nội) nuôi ong đã hai mươi năm.")
        #expect(analysis.entities(.place) == ["Thạch Thất", "Hà Nội"])
        #expect(analysis.entities(.person) == ["Đinh Văn Sáu"])
    }
}

@Suite struct OrganisationAndTitleEdgeTests {
    @Test func headWordAloneIsNoOrganisation() {
        let analysis = Analyze.paragraphs(
            "Theo đề xuất, Quỹ sẽ được dùng linh hoạt hơn và Bộ sẽ giám sát.",
            "A spokesman said the Government and the Council had agreed.")
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func lowercaseWordsThatContinueAnOrganisationName() {
        let analysis = Analyze.paragraphs(
            "Sinh viên Học viện Hành chính quốc gia và cán bộ Công an tỉnh Quảng Nam cùng tham dự.")
        #expect(analysis.entities(.organization) == ["Học viện Hành chính quốc gia", "Công an tỉnh Quảng Nam"])
    }

    @Test func dashJoinsTwoCompoundsOfAnOrganisationName() {
        let analysis = Analyze.paragraphs("Chiều nay, Liên Bộ Lao động - Thương binh điều chỉnh mức trợ cấp.")
        #expect(analysis.entities(.organization) == ["Bộ Lao động - Thương binh"])
    }

    @Test func aBodysHeadAloneBeforeAndStaysInsideTheName() {
        // (`Securities` is a head: alone before `and` it is no body of its own, unlike `University of X`.)
        let analysis = Analyze.paragraphs(
            "Officials at the Securities and Exchange Commission and the University of Harrow and Leeds University met.")
        #expect(analysis.entities(.organization) == ["Securities and Exchange Commission", "University of Harrow",
                                                     "Leeds University"])
    }

    /// A title's mark passes over a full stop only after an abbreviation (`Gen. X`), not after a whole
    /// word ending a sentence (`stays on as coach. | Similarly, ...`).
    @Test func aTitleEndingASentencePassesNoMarkOverTheStop() {
        let analysis = Analyze.paragraphs("He stays on as coach. Similarly, Gen. Musharraf spoke.")
        #expect(analysis.entities(.person) == ["Musharraf"])
    }

    @Test func wordQualifyingACapitalisedTitleIsPartOfIt() {
        let analysis = Analyze.paragraphs("Yesterday Health Secretary Joan Whitby visited the ward.")
        #expect(analysis.entities(.person) == ["Joan Whitby"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    /// A field of several words, or of parts joined by `and` and commas, is part of the title too.
    @Test(arguments: ["Rural Affairs Minister", "Culture, Media and Sport Secretary", "Economic and Fiscal Policy Minister"])
    func aFieldOfSeveralWordsBeforeACapitalisedTitleIsPartOfIt(_ title: String) {
        let analysis = Analyze.paragraphs("Yesterday \(title) Joan Whitby visited the ward.")
        #expect(analysis.entities.map(\.text) == ["Joan Whitby"])
    }

    /// But not a body's name (`Office`), nor a person's before `and` and another title.
    @Test func aBodyOrAPersonBeforeACapitalisedTitleStaysAnEntity() {
        let analysis = Analyze.paragraphs(
            "Foreign Office Minister Joan Whitby met Mr Pryce and First Minister Tom Hale in Leeds.")
        #expect(analysis.entities(.organization) == ["Foreign Office"])
        #expect(analysis.entities(.person) == ["Joan Whitby", "Pryce", "Tom Hale"])
    }
}

@Suite struct KnownOrganisationAndEventTests {
    @Test func knownOrganisationDoesNotSwallowTheNameAfterIt() {
        let analysis = Analyze.paragraphs(
            "Người phát ngôn Nhà Trắng Karine Jean cho biết thêm chi tiết, còn Quốc hội Pháp sẽ họp sau.")
        #expect(analysis.entities(.organization) == ["Nhà Trắng", "Quốc hội Pháp"])
        #expect(analysis.entities(.person) == ["Karine Jean"])
    }

    @Test func eventNamesAreNotEntities() {
        let analysis = Analyze.paragraphs("They reached the final of the League Cup and later played at the Summer Olympics.")
        #expect(analysis.entities.isEmpty)
    }

    /// A plan or strategy is named after what it is for, even right after a title word (`Justice`).
    @Test func plansAndStrategiesAreNotEntities() {
        let analysis = Analyze.paragraphs(
            "She will set out her Criminal Justice Plan after the Marshall Plan debate and the Race Equality Strategy.")
        #expect(analysis.entities.isEmpty)
    }
}

@Suite struct NotEntityTests {
    @Test func nationalitiesAreNotEntities() {
        let analysis = Analyze.paragraphs("Several Spanish and Dutch fans travelled in January, while Irish supporters stayed home.")
        #expect(analysis.entities.map(\.type) == [.date])  // (only `January`: a bare month placed in time)
    }

    @Test func aNationalityBeforeANameLeavesTheName() {
        let analysis = Analyze.paragraphs("The award went to Danish midfielder Christian Eriksen.")
        #expect(analysis.entities(.person) == ["Christian Eriksen"])
    }
}

@Suite struct EnglishRoleTests {
    @Test func wordBeforeARoleAndANameIsTheOrganisation() {
        let analysis = Analyze.paragraphs("Rovers won again. Harbourside chairman Tom Pryce was delighted.")
        #expect(analysis.entities(.organization).contains("Harbourside"))
        #expect(analysis.entities(.person) == ["Tom Pryce"])
    }

    /// A profession does it too (`Beach Boys veteran X`, `Oasis guitarist X`), but not after one word that
    /// opens the sentence (`Diminutive wing X`); `Brothers` ends a firm's name.
    @Test func wordsBeforeAProfessionAndANameAreTheBody() {
        let analysis = Analyze.paragraphs(
            "Harbour Lights veteran Tom Pryce won. Diminutive wing Dan Hale scored. Quillan Brothers sponsored it.")
        #expect(analysis.entities(.organization) == ["Harbour Lights", "Quillan Brothers"])
        #expect(analysis.entities(.person) == ["Tom Pryce", "Dan Hale"])
    }

    @Test func sentenceInitialSurnameIsAPersonWhenTheFullNameAppears() {
        let analysis = Analyze.paragraphs("The keeper Ray Dunmore made a mistake.", "Dunmore apologised after the game.")
        #expect(analysis.entities(.person) == ["Ray Dunmore", "Dunmore"])
    }

    @Test func sentenceInitialWordNeverCapitalisedElsewhereIsNothing() {
        let analysis = Analyze.paragraphs("Generally, prices rose.")
        #expect(analysis.entities.isEmpty)
    }
}

@Suite struct VietnameseLocativeTests {
    @Test func nameAfterTaiOrOIsAPlace() {
        let analysis = Analyze.paragraphs("Đoàn công tác đã làm việc tại Kon Rẫy rồi bay sang họp ở Surabaya.")
        #expect(analysis.entities(.place) == ["Kon Rẫy", "Surabaya"])
        #expect(analysis.entities(.person).isEmpty)
    }
}

/// A name with an initial and its full stop (made up).
@Suite struct InitialInNameTests {
    @Test func anInitialsFullStopStaysInsideTheName() {
        let analysis = Analyze.paragraphs("The play was directed by Martin K. Osgood, who won last year.")
        #expect(analysis.entities(.person) == ["Martin K. Osgood"])
    }

    @Test func aVietnameseBylineWithAnInitialIsOneName() {
        let analysis = Analyze.paragraphs("Giá lúa tăng mạnh trong tuần qua.", "T.Thảo")
        #expect(analysis.entities(.person) == ["T.Thảo"])
    }

    @Test func aLetterEndingASentenceJoinsNoFunctionWord() {
        let analysis = Analyze.paragraphs("They had no Plan B. The council said it would wait.")
        #expect(!analysis.entities(.organization).contains { $0.contains("The") })
        #expect(!analysis.entities(.person).contains { $0.contains("The") })
    }
}
