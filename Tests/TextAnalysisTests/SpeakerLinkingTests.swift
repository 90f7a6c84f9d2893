import ArticleModel
import TextAnalysis
import Testing

/// Speakers written in short, by pronoun or by description, linked to the person the article names.
@Suite struct SpeakerLinkingTests {
    @Test func vietnameseTitleAndGivenNameThatIsAlsoACountry() {
        let analysis = Analyze.paragraphs(
            "Luật sư Trương Minh Đức, đại diện cho nguyên đơn, phản đối bản án.",
            "\"Thân chủ của tôi không nhận được bất kỳ thông báo nào trước phiên xử\", luật sư Đức nói.")
        #expect(analysis.quote(startingWith: "Thân chủ")?.speaker == "Trương Minh Đức")
        #expect(analysis.quote(startingWith: "Thân chủ")?.named == true)
    }

    @Test func englishTitleAndSurnameThatIsAlsoACountry() {
        let analysis = Analyze.paragraphs(
            "The clinic's director, Dr Helen Jordan, said the trial had only just begun.",
            "\"We need another year of results before anyone should rely on this,\" Dr Jordan told reporters.")
        #expect(analysis.quote(startingWith: "We need")?.speaker == "Helen Jordan")
    }

    @Test func titleAndPlaceWithNoSuchPersonStaysAsWritten() {
        let analysis = Analyze.paragraphs(
            "Ông Lê Văn Tám dự hội thảo.",
            "\"Chúng tôi sẽ tăng cường hợp tác trong nhiều lĩnh vực\", Đại sứ Đức nói.")
        #expect(analysis.quote(startingWith: "Chúng tôi")?.speaker != "Lê Văn Tám")
    }

    @Test func heGoesToTheManWhenTheSubjectIsAWoman() {
        let analysis = Analyze.paragraphs(
            "Mrs Ilse Brandt opened the children's wing, which was designed by Tomas Reyes.",
            "\"We wanted every corridor to end in daylight, so that nobody ever feels lost,\" he said.")
        #expect(analysis.quote(startingWith: "We wanted")?.speaker == "Tomas Reyes")
    }

    @Test func sheStaysWithTheWomanWhoIsTheSubject() {
        let analysis = Analyze.paragraphs(
            "Mrs Ilse Brandt opened the children's wing, which was designed by Tomas Reyes.",
            "\"It is the building this town has waited twenty years for,\" she said.")
        #expect(analysis.quote(startingWith: "It is the building")?.speaker == "Ilse Brandt")
    }

    @Test func ongGoesToTheManWhenTheSubjectIsAWoman() {
        let analysis = Analyze.paragraphs(
            "Bà Trịnh Thu Hà đã mời ông Lương Văn Sơn đến dự buổi khai trương cửa hàng.",
            "\"Tôi đã chờ ngày này suốt mười năm qua\", ông nói.")
        #expect(analysis.quote(startingWith: "Tôi đã chờ")?.speaker == "Lương Văn Sơn")
    }

    @Test func herPronounGivesTheWritersGender() {
        let analysis = Analyze.paragraphs(
            "The poet Aurelia Stanton has won the prize for her third collection.",
            "Stanton, 31, received the award at a dinner on Tuesday.",
            "The chair of the panel, the critic Bernard Hollis, praised the book as \"quietly fearless\".",
            "\"It reads like a letter you were never meant to open,\" he said.")
        #expect(analysis.quote(startingWith: "It reads")?.speaker == "Bernard Hollis")
    }

    @Test func runOnQuotationTakesTheSpeakerWhereItEnds() {
        let analysis = Analyze.paragraphs(
            "Xưởng của ông Lý Quốc Toàn nằm cạnh nhà máy do bà Đào Thị Hương quản lý.",
            "\"Đơn hàng giảm một nửa so với năm ngoái và chúng tôi phải cho công nhân nghỉ luân phiên.",
            "\"Chúng tôi hy vọng thị trường sẽ khởi sắc vào mùa xuân\", ông Toàn nói.")
        #expect(analysis.quote(startingWith: "Đơn hàng")?.speaker == "Lý Quốc Toàn")
        #expect(analysis.quote(startingWith: "Chúng tôi hy vọng")?.speaker == "Lý Quốc Toàn")
    }

    /// A quotation run on into a paragraph whose closing mark is followed by a full stop: the attribution
    /// is the sentence after it.
    @Test func runOnQuotationClosedBeforeAFullStopTakesTheNextSentencesSpeaker() {
        let analysis = Analyze.paragraphs(
            "\"Bệnh nhân bị đa chấn thương nặng và hôn mê khi được đưa vào viện.",
            "Chúng tôi đã mổ cấp cứu ngay trong đêm cho bệnh nhân\". Bác sĩ Trần Minh Long - Phó trưởng khoa Hồi sức nhận định.")
        #expect(analysis.quote(startingWith: "Bệnh nhân")?.speaker == "Trần Minh Long")
    }

    @Test func unattributedQuotationBeforeTheNamedPersonsOwn() {
        let analysis = Analyze.paragraphs(
            "\"We will ship the first units in March,\" said Carla Benton. Analyst Marcus Reid said the date looked ambitious.",
            "\"Nobody in this industry ships new hardware on time.\" Reid added: \"I would expect a delay of a quarter.\"")
        #expect(analysis.quote(startingWith: "Nobody")?.speaker == "Marcus Reid")
    }

    @Test func birthYearDescriptionNamesTheOnlyPersonOfTheParagraph() {
        let analysis = Analyze.paragraphs(
            "Trần Minh Khôi chia sẻ niềm vui sau trận đấu. \"Tôi dành bàn thắng này cho mẹ, người luôn ủng hộ tôi\", tiền đạo sinh năm 2001 cho biết.")
        #expect(analysis.quote(startingWith: "Tôi dành")?.speaker == "Trần Minh Khôi")
    }

    @Test func birthYearDescriptionWithTwoPeopleNamedStaysAsWritten() {
        let analysis = Analyze.paragraphs(
            "Trần Minh Khôi và Phạm Quốc Long cùng ghi bàn. \"Tôi dành bàn thắng này cho mẹ, người luôn ủng hộ tôi\", tiền đạo sinh năm 2001 cho biết.")
        #expect(analysis.quote(startingWith: "Tôi dành")?.speaker == "tiền đạo sinh năm 2001")
        #expect(analysis.quote(startingWith: "Tôi dành")?.named == false)
    }
}

@Suite struct SpeakerAcronymTests {
    @Test func bodysAcronymBeforeTheNameIsNotPartOfTheSpeaker() {
        let analysis = Analyze.paragraphs(
            "Chủ tịch HKTV Hồ Minh Quân cho rằng thị trường sẽ sớm phục hồi.",
            "\"Doanh nghiệp cần chuẩn bị nguồn vốn cho đợt tăng trưởng tới\", ông Quân nói.")
        #expect(analysis.quote(startingWith: "Doanh nghiệp")?.speaker == "Hồ Minh Quân")
    }
}

@Suite struct SpeakingBodyTests {
    @Test func itSaidMeansTheBodyThatSpokeNotTheLastOneNamed() {
        let analysis = Analyze.paragraphs(
            "Norvale said it had received forty complaints about the heaters. The recall covers Thermacore units sold since 2019.",
            "In a statement, it added: \"We are sorry for the trouble and will replace every unit free of charge.\"")
        #expect(analysis.quote(startingWith: "We are sorry")?.speaker == "Norvale")
    }

    /// `ông X (còn gọi với cái tên Y)`, `X (also known as Y)`: the other name in parentheses is the same
    /// person, who speaks and is counted under the name.
    @Test func anotherNameInParenthesesIsTheSamePerson() {
        let analysis = Analyze.paragraphs(
            "Ông Joseph Mensah (còn gọi với cái tên Papa Jo) cho biết đây là một công việc nghiêm túc.",
            "Nhớ lại ngày đầu, Papa Jo cho biết: \"Từ năm 1962 khi 15 tuổi, tôi bắt đầu học việc\".")
        #expect(analysis.quotes.map(\.speaker) == ["Joseph Mensah"])
        #expect(Set(analysis.entities.filter { $0.type == .person }.map(\.canonical)) == ["Joseph Mensah"])
        let english = Analyze.paragraphs(
            "Curtis Jameson (also known as Fifty Grand) opened the show. \"We worked hard for this night,\" Fifty Grand said.")
        #expect(english.quotes.map(\.speaker) == ["Curtis Jameson"])
    }
}
