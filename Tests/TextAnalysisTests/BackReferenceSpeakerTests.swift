import TextAnalysis
import Testing

/// Speakers given by a description of someone already named, by a medium relaying someone's words, or by
/// a body whose name opens with a describing word.
@Suite struct BackReferenceSpeakerTests {
    /// A character the person played (`vai X`, `vai ông X`, `nhân vật X`) is no one a later description
    /// means: the actress is.
    @Test(arguments: ["vai Lâm Đại Ngọc", "vai bà Lâm Đại Ngọc", "nhân vật Lâm Đại Ngọc"])
    func aCharacterPlayedIsNoOneADescriptionMeans(_ role: String) {
        let analysis = Analyze.paragraphs(
            "Đạo diễn từng hỏi Trần Hiểu Húc, ngoài \(role) còn muốn diễn nhân vật nào khác không. "
                + "Cô gái 20 tuổi khi đó đã trả lời đầy quyết liệt: \"Tôi sẽ chỉ diễn một vai này mà thôi\".")
        #expect(analysis.quotes.map(\.speaker) == ["Trần Hiểu Húc"])
    }

    /// The photographer a caption credits (`Ảnh: X`) takes no part in the story: the pronoun after the
    /// caption is the person the story was about.
    @Test func aPhotoCreditIsNoOneAPronounMeans() {
        let analysis = Analyze.paragraphs(
            "Chị Ngô Thị Tuyết, một tiểu thương ở chợ Long Biên, cho biết giá mận năm nay xuống rất thấp.",
            "Dân mạng kêu gọi giải cứu mận cơm (Ảnh: Hoàng Dung).",
            "\"Mận rẻ lắm, hàng về tới Hà Nội mà khách cũng chẳng đoái hoài\" - chị nói.")
        #expect(analysis.quotes.map(\.speaker) == ["Ngô Thị Tuyết"])
    }

    @Test func aMediumRelayingAPersonsWordsIsNotTheSpeaker() {
        let analysis = Analyze.paragraphs(
            "Tờ Bangkok Post đã dẫn lời của Somchai Prasert sau trận đấu: \"Chúng tôi đã chơi hết sức mình trong hiệp hai.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Somchai Prasert"])
    }

    @Test func aRelayOpeningTheSentence() {
        let analysis = Analyze.paragraphs(
            "Dẫn lời Phạm Thu Trang, tờ Tuổi Trẻ viết: \"Chúng tôi sẽ mở rộng chương trình ra cả nước vào năm sau.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Phạm Thu Trang"])
    }

    @Test func aRelayAfterTheQuotationGivesThePersonAfterIt() {
        let analysis = Analyze.paragraphs(
            "\"Giá xăng sẽ còn tăng trong những tuần tới\", hãng tin Reuters dẫn lời ông Ahmed Karim.")
        #expect(analysis.quotes.map(\.speaker) == ["Ahmed Karim"])
    }

    /// After a quotation, a phrase saying whose words they were gives the speaker, in the same sentence or
    /// in the next one.
    @Test func aPhraseSayingWhoseWordsTheyWereGivesTheSpeaker() {
        let analysis = Analyze.paragraphs(
            "\"Chúng tôi sẽ chiến đấu đến phút cuối cùng của trận đấu\" - vẫn là lời của thủ môn Lê Văn Khải.",
            "\"Đó không phải là lỗi của hệ thống. Chúng tôi từng thành công với nó\". Điều đáng buồn là đó chính là "
                + "phát biểu cuối cùng của HLV Trần Quang Minh trên mặt báo.")
        #expect(analysis.quotes.map(\.speaker) == ["Lê Văn Khải", "Trần Quang Minh"])
    }

    @Test func anEnglishMediumQuotingSomeone() {
        let analysis = Analyze.paragraphs(
            "The Courier quoted Janet Ellery as saying: \"We never expected the river to rise this fast.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Janet Ellery"])
    }

    @Test func aDescribingWordOpeningABodysNameIsTheBody() {
        let analysis = Analyze.paragraphs(
            "Đại sứ quán Pháp cũng nhấn mạnh: \"Chúng tôi sẽ hỗ trợ các công dân bị ảnh hưởng bởi vụ việc này.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Đại sứ quán Pháp"])
        #expect(analysis.quotes.first?.named == true)
    }

    @Test func aProfessionOpeningTheSentenceIsThePersonJustNamed() {
        let analysis = Analyze.paragraphs(
            "Trong khi đó, Lâm Quốc Hưng cũng hẹn tái đấu vào năm sau.",
            "Võ sĩ người Canada gốc Việt chia sẻ: \"Tôi sẽ nghỉ ngơi vài tuần rồi bắt đầu tập luyện lại.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Lâm Quốc Hưng"])
    }

    /// A profession after a classifier, `cựu` or `tân` (`Vị cựu trọng tài`, `Vị HLV`), and a leader of a
    /// country, refer back the same way.
    @Test(arguments: ["Vị cựu trọng tài người Thái Lan", "Vị HLV người Hàn Quốc", "Nhà lãnh đạo Hàn Quốc"])
    func aProfessionAfterAClassifierIsThePersonJustNamed(description: String) {
        let analysis = Analyze.paragraphs(
            "Ông Kim Sung-min đã gắn bó với bóng đá Việt Nam suốt năm năm qua.",
            "\(description) cho biết: \"Chúng tôi sẽ chuẩn bị thật kỹ cho giải đấu vào mùa hè năm sau.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Kim Sung-min"])
        #expect(analysis.quotes.map(\.named) == [true])
    }

    @Test func aDescriptionWithADemonstrativeIsThePersonJustNamed() {
        let analysis = Analyze.paragraphs(
            "Tiến sĩ Hoàng Minh Đạo đã nghiên cứu hiện tượng này suốt mười năm.",
            "Vị chuyên gia này cho biết: \"Mực nước ngầm đã giảm mạnh trong mùa khô năm nay.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Hoàng Minh Đạo"])
    }

    @Test(arguments: ["Nữ diễn viên xinh đẹp nói", "Người đẹp nói về bạn diễn"])
    func aWomansDescriptionIsNotTheManNamedLast(_ description: String) {
        let analysis = Analyze.paragraphs(
            "Bà Trần Thu Hà đóng phim cùng với Lý Quốc Bảo, người bạn diễn lâu năm.",
            "Lý Quốc Bảo rất hài lòng với bộ phim.",
            "\(description): \"Tôi cảm thấy không thoải mái khi quay những cảnh như vậy.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Trần Thu Hà"])
    }

    @Test func aRoleInANamedBodyIsSomeoneNew() {
        let analysis = Analyze.paragraphs(
            "Ông Hoàng Minh Đạo đã đến Bắc Kinh hôm qua.",
            "Người phát ngôn Bộ Ngoại giao Trung Quốc cho biết: \"Chúng tôi hoan nghênh chuyến thăm này.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Người phát ngôn Bộ Ngoại giao Trung Quốc"])
        #expect(analysis.quotes.map(\.named) == [false], "described, not named")
    }

    @Test func anIndefiniteDescriptionIsSomeoneNew() {
        let analysis = Analyze.paragraphs(
            "Tiến sĩ Hoàng Minh Đạo đã nghiên cứu hiện tượng này suốt mười năm.",
            "Một chuyên gia khác cho biết: \"Mực nước ngầm đã giảm mạnh trong mùa khô năm nay.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Một chuyên gia khác"])
        #expect(analysis.quotes.map(\.named) == [false], "described, not named")
    }

    @Test func aNewspaperDescribedIsTheMediumNamedBefore() {
        let analysis = Analyze.paragraphs(
            "Tờ Straits Times đã gọi đó là một bất ngờ lớn.",
            "Nhật báo hàng đầu Singapore viết: \"Đội chủ nhà đã chơi một trận đấu hoàn hảo trước đối thủ mạnh.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Straits Times"])
    }

    /// `Tờ báo này viết` (this paper wrote) is the medium named before, even one named after words that
    /// describe it (`tờ nhật báo thể thao hàng đầu Thái Lan X`) or by a one-word name that is also a head
    /// (`tờ Telegraph`); `niềm tin từ X` (trust from X) names no medium.
    @Test(arguments: [
        ("Nói về trận đấu, tờ Daily Sportsline đánh giá đội khách có lợi thế.", "Daily Sportsline"),
        ("Sau trận, tờ nhật báo thể thao hàng đầu Thái Lan Sportsline chạy bài dài về đội khách.", "Sportsline"),
        ("Tờ Telegraph đưa tin về trận đấu, còn HLV Park Hang Seo nhận được niềm tin từ VFF.", "Telegraph"),
    ])
    func aMediumDescribedWithThisIsTheMediumNamedBefore(first: String, medium: String) {
        let analysis = Analyze.paragraphs(
            first, "Tờ báo này viết thêm: \"Đội chủ nhà đã chơi một trận đấu hoàn hảo trước đối thủ mạnh.\"")
        #expect(analysis.quotes.map(\.speaker) == [medium])
    }

    @Test func aJointStatementIsByBothParties() {
        let analysis = Analyze.paragraphs(
            "\"Hai nước cam kết tăng cường hợp tác về an ninh hàng hải trong khu vực\", thông cáo của Pháp - Ấn Độ nêu rõ.")
        #expect(analysis.quotes.map(\.speaker) == ["Pháp - Ấn Độ"])
    }

    @Test func aQuotationClosedTwiceIsAttributedAfterTheStrayMark() {
        let analysis = Analyze.paragraphs(
            "Giải đấu được thành lập từ ý tưởng của Nguyễn Hoàng Long, cùng với doanh nhân Trần Đức Minh.",
            "\"Chúng tôi sẽ đưa giải đấu lên một tầm cao mới\". Đây là trách nhiệm của chúng tôi với người hâm mộ\", "
                + "ông Long nói.")
        #expect(analysis.quotes.map(\.speaker) == ["Nguyễn Hoàng Long"])
    }

    /// A describing noun with a nationality (`người` and a place) refers back even when its clause opens
    /// after a comma or a dash, not the sentence.
    @Test func aDescriptionByNationalityAfterACommaIsThePersonJustNamed() {
        let analysis = Analyze.paragraphs(
            "HLV Roberto Mancini luôn bảo vệ hệ thống của mình.",
            "Chẳng thế mà, HLV người Italy từng nhấn mạnh rằng: \"Phương pháp của tôi không ai sánh kịp được.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Roberto Mancini"])
        #expect(analysis.quotes.map(\.named) == [true])
    }

    @Test func aDescriptionByNationalityAfterTheQuotationIsThePersonJustNamed() {
        let analysis = Analyze.paragraphs(
            "Paul Dubois từng có nhận xét thẳng thắn về ông thầy cũ.",
            "\"Ông ấy không bao giờ chống lại cầu thủ của mình trong phòng thay đồ\" - ngôi sao người Pháp chia sẻ.")
        #expect(analysis.quotes.map(\.speaker) == ["Paul Dubois"])
    }

    /// Without a nationality, a description in the middle of a sentence stays a description.
    @Test func aDescriptionAfterACommaWithoutANationalityStaysDescribed() {
        let analysis = Analyze.paragraphs(
            "HLV Roberto Mancini luôn bảo vệ hệ thống của mình.",
            "Chẳng thế mà, một chuyên gia bóng đá từng nhấn mạnh rằng: \"Phương pháp đó không ai sánh kịp được.\"")
        #expect(analysis.quotes.map(\.speaker) == ["một chuyên gia bóng đá"])
        #expect(analysis.quotes.map(\.named) == [false])
    }

    /// `the`, qualifying words and a role refer back to the latest subject, as `the actor` does; a title
    /// that names someone elsewhere in the article (`economy minister Heizo Tanaka`) still names him.
    @Test(arguments: ["The Oscar-nominated actor said", "The Old Trafford boss said", "The 60-year-old actor said",
                      "The England captain said", "The Belfast South MP said", "The Rovers player said"])
    func anEnglishRoleWithQualifyingWordsIsThePersonJustNamed(_ phrase: String) {
        let analysis = Analyze.paragraphs(
            "Liam Brennan backed the campaign to rebuild the theatre in Belfast on Monday.",
            "\(phrase): \"The Lyric is too important to the cultural life of this city.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Liam Brennan"])
    }

    @Test func aRoleNamedElsewhereInTheArticleNamesThatPerson() {
        let analysis = Analyze.paragraphs(
            "Confidence among large firms fell, the Bank of Japan said, blaming Jon Marsh for the slow exports. "
                + "\"The economy is at a pause but unlikely to fall,\" the economy minister said. \"Growth may be a "
                + "bit more gentle next year,\" said economy minister Heizo Tanaka.")
        #expect(analysis.quotes.map(\.speaker) == ["Heizo Tanaka", "Heizo Tanaka"])
    }

    /// The names of a relative clause before the verb (`, whose films include ...,`) are not its subject.
    @Test func aNameInsideARelativeClauseBeforeTheVerbDoesNotSpeak() {
        let analysis = Analyze.paragraphs(
            "Liam Brennan backed the campaign on Monday.",
            "The Belfast-born actor, whose films include a biopic of Michael Collins, said: \"The Lyric is too "
                + "important to the cultural life of this city.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Liam Brennan"])
    }

    /// A role `the` makes a pronoun of (`the champion`, `the star`) with qualifying words before it still
    /// refers back to the subject, not to a name seen since in object position.
    @Test(arguments: ["The world indoor champion said:", "The Chelsea star said:"])
    func aQualifiedDefiniteRoleIsTheSubjectJustNamed(_ phrase: String) {
        let analysis = Analyze.paragraphs(
            "Jason Gardner clocked 6.56 seconds and finished well ahead of Marc Blume. \(phrase) \"I got to "
                + "the airport and my stomach was upset.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Jason Gardner"])
    }

    /// A title with a body (`HLV trưởng của Barcelona`) is the person named with that title, wherever its
    /// clause opens, when that person is the latest subject; after someone else it is not the title holder.
    @Test func aTitleWithABodyIsThePersonNamedWithThatTitle() {
        let analysis = Analyze.paragraphs(
            "Tuy nhiên, khi được hỏi về điều này, HLV Ronald Koeman vẫn tỏ ra bất an.",
            "Chia sẻ trước báo giới, HLV trưởng của Barcelona cho biết: \"Tôi không biết điều gì sẽ xảy ra tiếp theo\".")
        #expect(analysis.quotes.map(\.speaker) == ["Ronald Koeman"])
        let two = Analyze.paragraphs(
            "HLV Pep Guardiola hài lòng. Ryan Mason thì thất vọng.",
            "Sau trận đấu, HLV tạm quyền của Tottenham thừa nhận: \"Tôi nghĩ rằng Man City đã đi trước chúng tôi\".")
        #expect(two.quotes.map(\.speaker) == ["Ryan Mason"])
    }

    /// (`cựu`, former, before the title changes nothing: `cựu Tổng thống Mỹ` is the former president named.)
    @Test func aFormerTitleWithAPlaceIsThePersonNamedWithThatTitle() {
        let analysis = Analyze.paragraphs(
            "Tổng thống Donald Trump nói rằng ông luôn nỗ lực cải thiện quan hệ với Moscow.",
            "\"Tôi có mối quan hệ tốt với các nhà lãnh đạo cho tới khi dịch bệnh ập đến\", cựu Tổng thống Mỹ cho biết.")
        #expect(analysis.quotes.map(\.speaker) == ["Donald Trump"])
    }

    /// A description refers back wherever its clause opens: after a comma, or after the quotation it
    /// attributes.
    @Test func aDescriptionOpeningAClauseAfterACommaOrAQuotationRefersBack() {
        let analysis = Analyze.paragraphs(
            "HLV Lê Quang Hải bên phía đội khách nói: \"Trong hiệp 1, chúng tôi kiểm soát được thế trận.\"",
            "\"Nhưng sang hiệp 2, đối thủ đã thay đổi cục diện trận đấu\" - vị HLV nổi tiếng này nói thêm.",
            "Trên trang cá nhân, nữ ca sĩ Trần Thu Hà đăng ảnh cùng con gái.",
            "Trên trang Instagram, nữ ca sĩ viết: \"Con gái là niềm hạnh phúc lớn nhất của tôi.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Lê Quang Hải", "Lê Quang Hải", "Trần Thu Hà"])
    }

    /// `Người đứng đầu X` (the head of a body) is someone named before, though it names a body; the names of
    /// a list after a verb (`kỷ luật VĐV X, Y, Z`) are none of them the subject it means.
    @Test func theHeadOfABodyIsThePersonNamedBefore() {
        let analysis = Analyze.paragraphs(
            "Trả lời báo chí, ông Lê Văn Thành cho biết VFV đã kỷ luật 3 VĐV Nguyễn Thu Hoài, Trần Ninh Anh, "
                + "Hoàng Phương Anh.",
            "Người đứng đầu VFV nhấn mạnh: \"Nếu nghiêm túc thì các VĐV không bao giờ đi nhận tiền của CLB khác\".")
        #expect(analysis.quotes.map(\.speaker) == ["Lê Văn Thành"])
    }

    /// The title may stand after the name, in apposition (`X, Chủ tịch HĐQT Y`).
    @Test func aTitleInAppositionNamesItsHolderToo() {
        let analysis = Analyze.paragraphs(
            "Ông Lê Văn Khải, Chủ tịch HĐQT Công ty Quillan, trả lời cổ đông.",
            "Ông Khải nói về dự án mới ở Quảng Ngãi và kế hoạch của năm tới.",
            "\"Thuận lợi là rất nhiều\", Chủ tịch Công ty Quillan nói.")
        #expect(analysis.quotes.map(\.speaker) == ["Lê Văn Khải"])
    }

    /// A description refers back only to someone named before it: not to a name that opens a clause of
    /// the list inside its own relative clause.
    @Test func aDescriptionIsNotAPersonNamedInsideItsOwnRelativeClause() {
        let analysis = Analyze.paragraphs(
            "Liam Brennan held a dinner in New York to promote the theatre.",
            "The Oscar-nominated actor, whose films include Rob Roy, Michael Collins and Star Wars: The Hidden "
                + "Fleet, said: \"The Lyric is too important to the cultural life of this city.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Liam Brennan"])
    }

    /// `Deputy Prime Minister X` holds another office than the one `the prime minister` names, wherever
    /// in the article he stands.
    @Test(arguments: ["Deputy Prime Minister John Prescott", "former prime minister John Major",
                      "acting prime minister Ruth Kell"])
    func aLowerRankBeforeATitleIsNotTheOfficeItNames(_ other: String) {
        let analysis = Analyze.paragraphs(
            "Prime Minister Tony Blair spoke to the unions on Sunday.",
            "\"You don't do deals over jobs like this,\" the prime minister told BBC One.",
            "\(other) was abroad all week.")
        #expect(analysis.quotes.map(\.speaker) == ["Tony Blair"])
    }

    /// `Nữ diễn viên ... chia sẻ` with no woman known as one: the first person of the paragraph, whom it is
    /// about, not the man named after her.
    @Test func aWomansDescriptionWithNoKnownWomanIsTheParagraphsFirstPerson() {
        let analysis = Analyze.paragraphs(
            "Khi Kirsten Steward đóng phim cùng với Robin Patterson, việc đóng cảnh nóng cũng không dễ dàng gì. "
                + "Nữ diễn viên 31 tuổi chia sẻ: \"Đó là cảm giác khó chịu và không thoải mái một cách kỳ lạ\".")
        #expect(analysis.quotes.map(\.speaker) == ["Kirsten Steward"])
    }

    /// A description with words of mood after its name-like word (`chủ tịch UEFA tức giận`) is the person
    /// its first words introduced (`Chủ tịch UEFA Aleksander Ceferin`).
    @Test func aDescriptionWithAMoodAfterItIsThePersonItsTitleIntroduced() {
        let analysis = Analyze.paragraphs(
            "Chủ tịch UEFA Aleksander Cefer đã lên tiếng về kế hoạch của các đội bóng lớn.",
            "\"Giờ đây, tất cả thế giới đều biết những người đó là ai\", chủ tịch UEFA tức giận nói.")
        #expect(analysis.quotes.map(\.speaker) == ["Aleksander Cefer"])
    }

    /// The person a description refers back to may have been named in the last two paragraphs outside a
    /// clause's subject (`khi X cho rằng`, `của Chủ tịch X`), when an earlier clause had that person as
    /// its subject: the article is about them.
    @Test func aDescriptionRefersBackToThePersonTheArticleIsAbout() {
        let analysis = Analyze.paragraphs(
            "Somchai Prasert chia sẻ rằng đội bóng đã sẵn sàng.",
            "Sân vận động đã kín chỗ từ sáng.",
            "Người hâm mộ đã chờ đợi trận đấu này rất lâu.",
            "Và thật bất ngờ khi Somchai cho rằng kết quả không quan trọng.",
            "Vị HLV người Thái Lan nói: \"Chúng tôi không quan tâm đội nào thắng\".")
        #expect(analysis.quotes.map(\.speaker) == ["Somchai Prasert"])
    }

    /// Someone named only outside a subject, never the subject of a clause, is not whom a description means.
    @Test func aDescriptionDoesNotReferBackToSomeoneOnlyMentioned() {
        let analysis = Analyze.paragraphs(
            "Sân vận động đã kín chỗ từ sáng.",
            "Và thật bất ngờ khi Somchai Prasert cho rằng kết quả không quan trọng.",
            "Vị HLV người Thái Lan nói: \"Chúng tôi không quan tâm đội nào thắng\".")
        #expect(analysis.quotes.map(\.named) == [false])
    }

    /// A title alone (`Thứ trưởng nhấn mạnh`) is the latest person the article named with that title, however
    /// long the body's name between them; not someone named since without it.
    @Test func aTitleAloneIsThePersonNamedWithIt() {
        let analysis = Analyze.paragraphs(
            "Phát biểu, Thứ trưởng Bộ Lao động - Thương binh và Xã hội Lê Tấn Dũng đánh giá cao sự hợp tác. "
                + "Ông Nguyễn Văn Sơn cũng dự lễ.",
            "\"Báo cáo sẽ là một tài liệu có giá trị với các nước thành viên\", Thứ trưởng nhấn mạnh.")
        #expect(analysis.quotes.map(\.speaker) == ["Lê Tấn Dũng"])
        // (`Bộ Công an` ends with `an`: no English article before the name, which stays the one seen.)
        let police = Analyze.paragraphs(
            "Thứ trưởng Bộ Công an Nguyễn Văn Sơn cho biết, lực lượng công an phát hiện 1.400 vụ.",
            "\"Riêng trong quý 1, các lực lượng công an trong cả nước phát hiện 1.400 vụ\", Thứ trưởng thông tin.")
        #expect(police.quotes.map(\.speaker) == ["Nguyễn Văn Sơn"])
    }

    /// A title and the country the person serves (`đặc phái viên Mỹ`) is the person named with that title.
    @Test func aTitleWithItsCountryIsThePersonNamedWithIt() {
        let analysis = Analyze.paragraphs(
            "Đặc phái viên Robert Kessler đến Hà Nội chiều nay.",
            "Ông Kessler cũng đề cao vai trò của Việt Nam trong khu vực.",
            "\"Việt Nam đã làm được những điều phi thường\", đặc phái viên Mỹ nhấn mạnh.")
        #expect(analysis.quotes.map(\.speaker) == ["Robert Kessler"])
    }

    /// A plural pronoun (`họ`, `they`) after a body that spoke, with no person speaking since, is the body,
    /// not the person the body's sentence named.
    @Test func aPluralPronounAfterASpeakingBodyIsTheBody() {
        let analysis = Analyze.paragraphs(
            "Tờ Jakarta Sport cho rằng HLV Lee Min Soo thực sự lo lắng. "
                + "Họ viết thêm: \"HLV Lee Min Soo có thể mất nhiều trụ cột vì chấn thương.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Jakarta Sport"])
        let english = Analyze.paragraphs(
            "A statement from the label Northgate said singer Tom Ashby would work with his other band. "
                + "However they said that the group would \"reconvene in due course\".")
        #expect(english.quotes.map(\.speaker) == ["Northgate"])
    }

    /// In English, `the` and lowercase words ending with a body's head is a body named before: the one that
    /// just spoke, else the latest whose name holds the words, else for `company`, `firm` the last one named.
    @Test(arguments: [
        ("Greystone City Council approved the plan on Monday. \"We are pleased with the outcome of the vote,\" said the council.",
         "Greystone City Council"),
        ("In a statement, the Welsh Assembly Government said the wait was \"unacceptable\". Dr Ann Hale called it a setback. "
            + "\"We will put in place appropriate care for our patients,\" said the assembly government.", "Welsh Assembly Government"),
        ("Harlow Capital said it would fund the scheme. The bank said it was \"a very different company than it was in 1900\".",
         "Harlow Capital"),
        ("Video game maker Quillsoft is to hold open auditions. The Canada-based company says it wants \"a wide variety of people to use as models\".",
         "Quillsoft"),
    ])
    func aBodyDescribedWithTheIsTheBodyNamedBefore(text: String, speaker: String) {
        #expect(Analyze.paragraphs(text).quotes.map(\.speaker) == [speaker])
    }

    /// With no body named before, the description speaks, not named.
    @Test func aBodyDescribedWithNoBodyNamedIsNotNamed() {
        let analysis = Analyze.paragraphs("\"We now have to verify certain aspects of the deal,\" the commission said.")
        #expect(analysis.quotes.map(\.speaker) == ["the commission"])
        #expect(analysis.quotes.map(\.named) == [false])
    }

    /// `tiếp tục` (goes on) before the verb is no part of the description: `Người đàn ông này tiếp tục cho
    /// biết` ends with its demonstrative and refers back.
    @Test func aDescriptionBeforeTiepTucRefersBack() {
        let analysis = Analyze.paragraphs(
            "Scott Waring là một thợ săn UFO nổi tiếng ở Đài Loan.",
            "Người đàn ông tự xưng là thợ săn UFO này tiếp tục cho biết: \"Vật thể này không tồn tại trên ảnh khác\".")
        #expect(analysis.quotes.map(\.speaker) == ["Scott Waring"])
    }

    /// `Chia sẻ với MC X, nữ ca sĩ cho biết`: a phrase after a comma that goes on into a speech verb is the
    /// verb's subject, not an apposition making X the singer; a later `nữ ca sĩ` is the singer named before.
    @Test func aPhraseAfterACommaBeforeASpeechVerbIsNoApposition() {
        let analysis = Analyze.paragraphs(
            "Là khách mời trong tập tiếp theo của Chuyến xe thời gian, nữ ca sĩ Lương Bích Hữu gây ấn tượng bởi "
                + "nhan sắc mặn mà ở tuổi U40.",
            "Chia sẻ với MC Xuân Nghị, nữ ca sĩ cho biết bản thân đã rất may mắn từ khi sinh ra.",
            "\"Lần đó Hữu đi diễn ở đèo Hải Vân, lúc đó đèo vẫn chưa có hầm nên đi ghê lắm\", nữ ca sĩ tiết lộ.")
        #expect(analysis.quotes.map(\.speaker) == ["Lương Bích Hữu"])
    }

    /// `lãnh đạo Cục X` (the leadership of a body) is the one person the article names with a title of that
    /// body, before the name or after it in apposition; with two such people, no one.
    @Test func theLeadershipOfABodyIsThePersonNamedWithItsTitle() {
        let quote = "\"Đây là nguy cơ, chúng ta vẫn chưa bị mất nhưng nếu không làm gì thì sẽ mất\"."
        let apposition = Analyze.paragraphs(
            "Ông Lê Bá Tùng - Cục trưởng Cục Xúc tiến thương mại - cho biết, xây dựng thương hiệu đã khó.",
            "Theo lãnh đạo Cục Xúc tiến thương mại: " + quote)
        #expect(apposition.quotes.map(\.speaker) == ["Lê Bá Tùng"])
        let before = Analyze.paragraphs(
            "Cục trưởng Cục Xúc tiến thương mại Lê Bá Tùng cho biết, xây dựng thương hiệu đã khó.",
            "Lãnh đạo Cục Xúc tiến thương mại cho biết: " + quote)
        #expect(before.quotes.map(\.speaker) == ["Lê Bá Tùng"])
        #expect(before.entities(.person) == ["Lê Bá Tùng"])
        let two = Analyze.paragraphs(
            "Ông Lê Bá Tùng - Tổng giám đốc Habeco - cho biết, doanh thu tăng.",
            "Lãnh đạo Habeco cho biết: " + quote,
            "Chủ tịch Habeco Trần Đình Phong cũng dự họp.")
        #expect(two.quotes.map(\.named) == [false])
    }

    /// `the 34-year-old told`: `the` and an age alone (one token, `34-year-old`) describe the person named
    /// before, as `the midfielder` does, not whoever speaks next in the paragraph; after `said`, the age ends
    /// the description (`said the 30-year-old, who retires next year`).
    @Test func anAgeAloneRefersBackToThePersonNamedBefore() {
        let analysis = Analyze.paragraphs(
            "Norwich have signed Charlton midfielder Graham Stuart until the end of the season.",
            "\"It was a very easy decision to make,\" the 34-year-old told the club's website. Canaries boss Nigel "
                + "Worthington added: \"I'm delighted that Graham will be joining us until the end of the season.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Graham Stuart", "Nigel Worthington"])
        let relative = Analyze.paragraphs(
            "Double Olympic champion Hicham Benali is set to make a rare appearance in France.",
            "\"If I am to compete in it, it is only if I feel I can win,\" said the 30-year-old, who retires next year.")
        #expect(relative.quotes.map(\.speaker) == ["Hicham Benali"])
    }

    /// A word of manner before the speech verb (`thẳng thắn`, `xúc động`) is no part of the description:
    /// `Vị chuyên gia này thẳng thắn chia sẻ` refers back as `Vị chuyên gia này chia sẻ` does.
    @Test func aWordOfMannerBeforeTheVerbIsNoPartOfTheDescription() {
        let analysis = Analyze.paragraphs(
            "Ông Nguyễn Văn An là chuyên gia kinh tế.",
            "Vị chuyên gia này thẳng thắn chia sẻ: \"Thị trường sẽ còn biến động mạnh trong những tháng tới\".")
        #expect(analysis.quotes.map(\.speaker) == ["Nguyễn Văn An"])
    }

    /// `the magazine reported` is the medium last named (`US magazine Rolling Stone`), not the person named
    /// last; `the China Daily newspaper said` is that paper.
    @Test func aWordForAMediumIsTheMediumLastNamed() {
        let magazine = Analyze.paragraphs(
            "Prince earned more than any other pop star, beating Madonna in US magazine Rolling Stone's annual list.",
            "Veterans Simon and Garfunkel were in 10th place. \"Prince returned to centre stage after a decade in the "
                + "commercial wilderness,\" the magazine reported.")
        #expect(magazine.quotes.map(\.speaker) == ["Rolling Stone"])
        let newspaper = Analyze.paragraphs(
            "\"The statement comes as especially bad news for the tobacco company,\" the China Daily newspaper said.")
        #expect(newspaper.quotes.map(\.speaker) == ["China Daily"])
    }

    /// An age closing a description (`vị chủ tịch 73 tuổi`, `sinh năm 1948`) adds nothing to whom it means:
    /// the title alone refers back to the person named with it.
    @Test func anAgeClosingADescriptionChangesNotWhomItMeans() {
        let analysis = Analyze.paragraphs(
            "Khi được hỏi về giải đấu, chủ tịch Carlos Mendes tiết lộ rằng có một CLB đã thể hiện sự miễn cưỡng.",
            "\"Tôi chưa bao giờ thấy những lời đe dọa như thế này\", vị chủ tịch 73 tuổi chia sẻ.")
        #expect(analysis.quotes.map(\.speaker) == ["Carlos Mendes"])
    }

    /// `Ngôi sao Hollywood cho biết:`: `ngôi sao` (a star) describes someone already named, as a profession
    /// does, and the place after it only says where.
    @Test func aStarsDescriptionRefersBack() {
        let analysis = Analyze.paragraphs(
            "Hoa hậu Thế giới Anita Verma thừa nhận cô bị sốc khi Rahul Kapoor cầu hôn. Ngôi sao Hollywood cho biết: "
                + "\"Tôi không ngờ anh ấy cầu hôn ở thời điểm đó\".")
        #expect(analysis.quotes.map(\.speaker) == ["Anita Verma"])
        #expect(analysis.entities(.place) == ["Hollywood"])
    }

    /// `the Labour peer and former minister said:`: two roles joined by `and` after `the` refer back as one
    /// does; the party's name only qualifies the role.
    @Test func twoJoinedRolesReferBackAsOne() {
        let analysis = Analyze.paragraphs(
            "Lord Hendry agreed to withdraw his bill. During the debate, the Labour peer and former minister said: "
                + "\"The monarchy should symbolise the values of this country.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Hendry"])
    }

    /// `the world 200m and 400m record holder told Five Live`: numbers joined by `and` qualify a role, and
    /// `the holder` refers back as `the champion` does, not to the person named after the quotation.
    @Test func aRecordHolderRefersBack() {
        let analysis = Analyze.paragraphs(
            "Former Olympic champion Michael Jensen has accused British sprinters of lacking pride.",
            "\"At the moment, the biggest factor on their mind is to be number one in Britain,\" the world 200m and "
                + "400m record holder told Five Live. However, Linford Carter countered: \"It is easy to criticise.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Michael Jensen", "Linford Carter"])
    }
}
