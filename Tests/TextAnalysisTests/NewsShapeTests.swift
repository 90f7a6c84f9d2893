import ArticleModel
import TextAnalysis
import Testing

/// Shapes of news text the first rules missed: organisations that speak as `it`, clubs named after cities,
/// police and council ranks, bodies named between a title and a person, districts named by number.
@Suite struct EnglishNewsShapeTests {
    @Test func organisationReferredToAsItSpeaksUnderItsFullestName() {
        let analysis = Analyze.paragraphs(
            "Shares in Calder Foods plc fell sharply on Tuesday.",
            "Calder Foods said it would shut two depots. It added: \"We will support every colleague affected.\"")
        #expect(analysis.quotes.first?.speaker == "Calder Foods plc")
        #expect(analysis.quotes.first?.named == true)
    }

    @Test func cityBeforeARoleIsItsClubThroughoutTheArticle() {
        let analysis = Analyze.paragraphs(
            "Norwich manager Alan Pryce was furious after the defeat.",
            "Norwich have now lost four games in a row.")
        #expect(analysis.entities(.organization) == ["Norwich"])
        #expect(analysis.entities(.place).isEmpty)
        #expect(analysis.entities(.person) == ["Alan Pryce"])
    }

    @Test(arguments: ["Councillor", "Cllr", "Det Insp", "Ch Supt", "Sgt"])
    func policeAndCouncilRanksAreNotPartOfTheName(title: String) {
        let analysis = Analyze.paragraphs("\(title) Megan Achterberg said: \"The road will reopen by the weekend.\"")
        #expect(analysis.quotes.first?.speaker == "Megan Achterberg")
        #expect(analysis.entities(.person) == ["Megan Achterberg"])
    }

    @Test func ofDoesNotJoinAPersonToTheirEmployer() {
        let analysis = Analyze.paragraphs("The appeal was made by Tessa Kwan of Cumbria Police and the Bank of England.")
        #expect(analysis.entities(.person) == ["Tessa Kwan"])
        #expect(analysis.entities(.organization) == ["Cumbria Police", "Bank of England"])
    }

    @Test func aWeekdayAfterOnIsADateNotPartOfAName() {
        let analysis = Analyze.paragraphs("The plan was approved by Hallam District Council on Thursday.")
        #expect(analysis.entities(.organization) == ["Hallam District Council"])
        #expect(analysis.entities(.date) == ["Thursday"])
    }

    @Test func possessiveInsideAnOrganisationName() {
        let analysis = Analyze.paragraphs(
            "Rates were cut by the Merchant's Bank of Ostland, while Oslo's Karin Dahl waited.")
        #expect(analysis.entities(.organization).contains("Merchant's Bank of Ostland"))
        #expect(analysis.entities(.person) == ["Karin Dahl"])
        #expect(!analysis.entities(.organization).contains { $0.hasPrefix("Oslo") })
    }

    @Test func nationalityNounStandsForThePersonLastNamed() {
        let analysis = Analyze.paragraphs(
            "Coach Ruud Verbeek watched from the stands.",
            "\"We gave away two soft goals and that is unacceptable,\" the Dutchman said.")
        #expect(analysis.quotes.first?.speaker == "Ruud Verbeek")
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func qualifiedTitleLeavesThePersonTheSubjectAPronounMeans() {
        let analysis = Analyze.paragraphs(
            "Councillor Joan Pell backed the plan. But opposition leader Ravi Sandhu said it was rushed.",
            "\"Nobody asked the people who live there,\" he said.")
        #expect(analysis.quotes.first?.speaker == "Ravi Sandhu")
    }
}

@Suite struct VietnameseNewsShapeTests {
    @Test func ministryBetweenATitleAndAPerson() {
        let analysis = Analyze.paragraphs(
            "Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh cho biết: \"Chúng tôi sẽ rà soát lại toàn bộ quy hoạch.\"")
        #expect(analysis.entities(.organization) == ["Bộ Tài nguyên và Môi trường"])
        #expect(analysis.entities(.person) == ["Đặng Quốc Khánh"])
        #expect(analysis.quotes.first?.speaker == "Đặng Quốc Khánh")
    }

    @Test func peoplesCommitteeOfAProvinceBetweenATitleAndAPerson() {
        let analysis = Analyze.paragraphs(
            "Chủ tịch UBND tỉnh Bắc Giang Lê Ánh Dương đã đi kiểm tra. Bà cho biết: \"Tỉnh sẽ hỗ trợ người dân bị ảnh hưởng.\"")
        #expect(analysis.entities(.organization) == ["UBND tỉnh Bắc Giang"])
        #expect(analysis.entities(.person) == ["Lê Ánh Dương"])
        #expect(analysis.quotes.first?.speaker == "Lê Ánh Dương")
    }

    @Test func peoplesCommitteeOfTheCityBeforeAPerson() {
        let analysis = Analyze.paragraphs("Chủ tịch UBND thành phố Võ Văn Thưởng đã ký quyết định.")
        #expect(analysis.entities(.person) == ["Võ Văn Thưởng"])
        #expect(analysis.entities(.place).isEmpty)
    }

    @Test func latinHeadAfterTheName() {
        let analysis = Analyze.paragraphs("Ông Trần Khải, Tổng giám đốc Hưng Thịnh Group, và Sài Gòn FC đã ký hợp đồng.")
        #expect(analysis.entities(.organization) == ["Hưng Thịnh Group", "Sài Gòn FC"])
        #expect(analysis.entities(.person) == ["Trần Khải"])
    }

    /// A club's or a paper's English head after a known name (`Hotspur`, `Herald`) goes on with it too.
    @Test func anEnglishClubsHeadAfterAKnownNameInVietnameseText() {
        let analysis = Analyze.paragraphs("Tottenham Hotspur đã rút lui, tờ Xiaoxiang Morning Herald cho biết.")
        #expect(analysis.entities(.organization) == ["Tottenham Hotspur", "Xiaoxiang Morning Herald"])
    }

    @Test func urbanDistrictNamedByNumber() {
        let analysis = Analyze.paragraphs("Nhiều người dân ở quận 3 và phường 12 phản ánh tình trạng ngập.")
        #expect(analysis.entities(.place) == ["quận 3", "phường 12"])
    }

    @Test func coachReferredToByRoleAfterARunOnQuote() {
        let analysis = Analyze.paragraphs(
            "HLV Philippe Troussier của đội tuyển thừa nhận thất bại. \"Chúng tôi chơi không tốt trong hiệp hai.",
            "\"Các cầu thủ sẽ rút kinh nghiệm cho trận tới\", chiến lược gia người Pháp nói thêm.")
        #expect(analysis.quotes.map(\.speaker) == ["Philippe Troussier", "Philippe Troussier"])
    }
}

@Suite struct PlaceAndNameShapeTests {
    @Test func runAfterInIsAPlace() {
        let analysis = Analyze.paragraphs("The factory in Little Haddon will close, and a depot near Wexcombe too.")
        #expect(analysis.entities(.place) == ["Little Haddon", "Wexcombe"])
    }

    @Test func givenNameAfterInIsStillAPerson() {
        let analysis = Analyze.paragraphs("Confidence in Gordon Tulley has collapsed.")
        #expect(analysis.entities(.person) == ["Gordon Tulley"])
    }

    @Test func acronymWithAPlaceIsAnOrganisation() {
        let analysis = Analyze.paragraphs("Figures from NHS Wales and the letters A and B were published.")
        #expect(analysis.entities(.organization) == ["NHS Wales"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func leadingPlaceWord() {
        let analysis = Analyze.paragraphs("Water levels on the River Tamsin rose overnight.")
        #expect(analysis.entities(.place) == ["River Tamsin"])
    }

    @Test func hyphenatedGivenNameEndsAName() {
        let analysis = Analyze.paragraphs("Ngoại trưởng Park Jin-seo hôm qua đã tới Hà Nội. Ông Park cho biết hai bên sẽ hợp tác.")
        #expect(analysis.entities(.person) == ["Park Jin-seo", "Park"])
        #expect(analysis.entities(.place) == ["Hà Nội"])
    }

    @Test func accordingToMakesThePersonTheSubjectAPronounMeans() {
        let analysis = Analyze.paragraphs(
            "Analyst Rosa Fenwick expects a fall. According to Ian Corder, a banker, rates will rise.",
            "\"Nobody is ready for that,\" he said.")
        #expect(analysis.quotes.first?.speaker == "Ian Corder")
    }

    @Test func acronymInParenthesesAfterAnOrganisation() {
        let analysis = Analyze.paragraphs("Theo Tổ chức Y tế Thế giới (WHO), số ca mắc đã tăng.")
        #expect(analysis.entities(.organization) == ["Tổ chức Y tế Thế giới", "WHO"])
    }

    @Test func stadiumAfterSan() {
        let analysis = Analyze.paragraphs("Trận đấu diễn ra trên sân Cẩm Phả vào tối nay.")
        #expect(analysis.entities(.place) == ["Cẩm Phả"])
    }
}

@Suite struct ThirdRoundShapeTests {
    @Test func surnameThatIsAPlaceSuffixAfterATitleOrGivenName() {
        let analysis = Analyze.paragraphs("Captain Owain Lake and coroner Margaret Street both spoke.")
        #expect(analysis.entities(.person) == ["Owain Lake", "Margaret Street"])
        #expect(analysis.entities(.place).isEmpty)
    }

    /// After a locative the place suffix wins over a given name: `in Stanley Park` is a park.
    @Test func aPlaceSuffixAfterALocativeWinsOverAGivenName() {
        let analysis = Analyze.paragraphs("The club's new stadium in Stanley Park will open in 2007, said Rick Parrish.")
        #expect(analysis.entities(.place) == ["Stanley Park"])
        #expect(analysis.entities(.person) == ["Rick Parrish"])
    }

    @Test func countryBeforeARoleStaysAPlace() {
        let analysis = Analyze.paragraphs("Former Scotland full-back Iain Reid watched as Scotland lost.")
        #expect(analysis.entities(.place) == ["Scotland"])
        #expect(analysis.entities(.person) == ["Iain Reid"])
    }

    @Test func teamPositionIsATitle() {
        let analysis = Analyze.paragraphs("Saracens flanker Tom Drury was injured.")
        #expect(analysis.entities(.person) == ["Tom Drury"])
        #expect(analysis.entities(.organization) == ["Saracens"])
    }

    @Test func knownBodysBranchForACountry() {
        let analysis = Analyze.paragraphs("She was speaking to BBC Scotland on Friday.")
        #expect(analysis.entities(.organization) == ["BBC Scotland"])
    }

    @Test func nationalityAdjectiveStartsABodysName() {
        let analysis = Analyze.paragraphs("The Irish Football Association and the British people disagreed.")
        #expect(analysis.entities(.organization) == ["Irish Football Association"])
    }

    @Test func wireStyleAbbreviatedMonth() {
        let analysis = Analyze.paragraphs("LIMA, Oct 12 (Reuters) - Talks resumed.")
        #expect(analysis.entities(.date).contains("Oct 12"))
    }

    @Test func fieldNounsContinueAVietnameseBodysName() {
        let analysis = Analyze.paragraphs(
            "Sở Giao thông vận tải Hải Phòng và Bộ Nông nghiệp và Phát triển nông thôn đã họp. Bộ Y tế thông tin thêm.")
        #expect(analysis.entities(.organization)
            == ["Sở Giao thông vận tải Hải Phòng", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Y tế"])
    }

    @Test func acronymInParenthesesAtASentenceStart() {
        let analysis = Analyze.paragraphs("Hiệp hội Cà phê Ca cao Việt Nam (VICOFA) dự báo giá sẽ giảm.")
        #expect(analysis.entities(.organization).contains("VICOFA"))
    }
}

@Suite struct DatelineAndHometownTests {
    @Test func wireDatelineCityAndTheStoryAfterTheDash() {
        let analysis = Analyze.paragraphs("QUITO, March 3 (Reuters) - Roughly half the country lost power on Monday.")
        #expect(analysis.entities(.place) == ["QUITO"])
        #expect(analysis.entities(.organization) == ["Reuters"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func hometownAfterFromButNotAnEmployer() {
        let analysis = Analyze.paragraphs(
            "Ellen Marsh, 34, from Thornbury, was fined.", "Paul Wren from Zentaro said the app was safe.")
        #expect(analysis.entities(.place) == ["Thornbury"])
        #expect(!analysis.entities(.place).contains("Zentaro"))
    }

    @Test func coronerIsATitle() {
        let analysis = Analyze.paragraphs("Senior coroner Ingrid Lake recorded a narrative conclusion.")
        #expect(analysis.entities(.person) == ["Ingrid Lake"])
    }

    @Test func peoplesCommitteeOfANumberedDistrict() {
        let analysis = Analyze.paragraphs("Đại diện UBND quận 5 cho biết sẽ hỗ trợ người dân.")
        #expect(analysis.entities(.organization) == ["UBND quận 5"])
    }
}

@Suite struct FourthRoundShapeTests {
    @Test func fromWithoutACommaIsNotAHometown() {
        let analysis = Analyze.paragraphs("He takes over from Lucien Ferrat, who resigned.")
        #expect(analysis.entities(.person) == ["Lucien Ferrat"])
        #expect(analysis.entities(.place).isEmpty)
    }

    @Test func twoBodiesJoinedByAnd() {
        let analysis = Analyze.paragraphs("Teams from the University of Leeds and Durham University took part.")
        #expect(analysis.entities(.organization) == ["University of Leeds", "Durham University"])
    }

    @Test func placesJoinedIntoOneBody() {
        let analysis = Analyze.paragraphs("The Scotland and Ireland Hockey Federation agreed.")
        #expect(analysis.entities(.organization) == ["Scotland and Ireland Hockey Federation"])
    }

    @Test func oneWordTitleEndingANameIsASurname() {
        let analysis = Analyze.paragraphs("He shared a stand with Harry Bishop, and Pope Leo sent a message.")
        #expect(analysis.entities(.person) == ["Harry Bishop", "Leo"])
    }

    @Test func compassWordAndHotelMakePlaces() {
        let analysis = Analyze.paragraphs("Flights to South Ossenland were cancelled, and guests left the Hotel Bellavista.")
        #expect(analysis.entities(.place) == ["South Ossenland", "Hotel Bellavista"])
    }

    @Test func partyNamesWithAHead() {
        let analysis = Analyze.paragraphs("Voters backed the Green Front, while Anne Dumas's People's Rally lost ground.")
        #expect(analysis.entities(.organization).isSuperset(of: ["Green Front", "People's Rally"]))
        #expect(analysis.entities(.person) == ["Anne Dumas"])
    }

    @Test func roleBeforeAPossessiveInsideABody() {
        let analysis = Analyze.paragraphs("The hearing at Dorset Coroner's Court lasted two days.")
        #expect(analysis.entities(.organization) == ["Dorset Coroner's Court"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func vietnameseSchoolNames() {
        let analysis = Analyze.paragraphs("Em học Trường THPT chuyên Trần Đại Nghĩa và sẽ thi vào ĐH Quốc gia Hà Nội.")
        #expect(analysis.entities(.organization) == ["Trường THPT chuyên Trần Đại Nghĩa", "ĐH Quốc gia Hà Nội"])
        #expect(analysis.entities(.person).isEmpty)
    }
}

@Suite struct ListAndPrefixShapeTests {
    @Test func placesListedAfterAKnownPlace() {
        let analysis = Analyze.paragraphs("Rivers in Kent, Wealdshire and Marlowdale were polluted.")
        #expect(analysis.entities(.place) == ["Kent", "Wealdshire", "Marlowdale"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func listDoesNotRunIntoTheNextClause() {
        let analysis = Analyze.paragraphs("In Paris, Valcourt said the talks had failed.")
        #expect(analysis.entities(.place) == ["Paris"])
    }

    @Test func wholeNameAfterAPlacePrefixEvenWhenItStartsWithAKnownPlace() {
        let analysis = Analyze.paragraphs("Người dân huyện Mỹ Hào, sân Pháp Vân và sân Cẩm Trường đều được thông báo.")
        #expect(analysis.entities(.place) == ["Mỹ Hào", "Pháp Vân", "Cẩm Trường"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func promoterIsARole() {
        let analysis = Analyze.paragraphs("Promoter Frank Castell said: \"The rematch will happen next year.\"")
        #expect(analysis.quotes.first?.speaker == "Frank Castell")
    }
}

@Suite struct BroadcasterAndTownTests {
    @Test func numberAfterAHeadWordIsPartOfTheName() {
        let analysis = Analyze.paragraphs("He told BBC Radio 4 and Coastline Radio 2 that he would stay.")
        #expect(analysis.entities(.organization) == ["BBC Radio 4", "Coastline Radio 2"])
    }

    @Test func ofAfterATownNounNamesAPlace() {
        let analysis = Analyze.paragraphs("She thanked the people of Porthkennack and the town of Eldmoor.")
        #expect(analysis.entities(.place) == ["Porthkennack", "Eldmoor"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func exchangesAndPartiesWithAHead() {
        let analysis = Analyze.paragraphs("Shares fell on the Oslo Stock Exchange, and the Social Democrats objected.")
        #expect(analysis.entities(.organization) == ["Oslo Stock Exchange", "Social Democrats"])
        #expect(analysis.entities(.person).isEmpty)
    }
}
