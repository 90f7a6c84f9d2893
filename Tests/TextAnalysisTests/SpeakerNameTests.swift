import TextAnalysis
import Testing

/// The name a speaker goes under: the body behind its statement, a name the recogniser left untyped.
@Suite struct SpeakerNameTests {
    @Test func aBodysStatementSpeaksForTheBody() {
        let analysis = Analyze.paragraphs(
            "\"The athlete has been provisionally suspended pending a full hearing,\" an IAAF statement said.")
        #expect(analysis.quotes.map(\.speaker) == ["IAAF"])
        #expect(analysis.quotes.first?.named == true)
    }

    /// An acronym speaks under the name the article gives in full, spelt out in parentheses or by its
    /// words' initials.
    @Test func anAcronymSpeaksUnderTheNameItsInitialsSpell() {
        let analysis = Analyze.paragraphs(
            "Northern Rowing Federation is awaiting the umpire's report.",
            "The NRF said: \"Once the report comes in we will look at the incident.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Northern Rowing Federation"])
        let spelt = Analyze.paragraphs(
            "The Federation of Northern Rowers (FNR) met on Monday.",
            "The FNR said: \"Once the report comes in we will look at the incident.\"")
        #expect(spelt.quotes.map(\.speaker) == ["Federation of Northern Rowers"])
    }

    /// `Bạn X` opening a sentence is how school pages address a student: a form of address, no part of the
    /// name; `bạn diễn của Y` (a co-star) stays a noun.
    @Test func aStudentAddressedAsBạnSpeaksUnderTheName() {
        let analysis = Analyze.paragraphs(
            "Bạn Nguyễn Thanh Thiên - cựu sinh viên ngành Quản trị kinh doanh cho biết: \"Kiến thức của các thầy là vô "
                + "cùng lớn\".",
            "Glynn Turman, bạn diễn của Chadwick Boseman trong phim Ma Rainey nói: \"Anh ấy thật đáng kinh ngạc\".")
        #expect(analysis.quotes.map(\.speaker) == ["Nguyễn Thanh Thiên", "Glynn Turman"])
        #expect(analysis.entities(.person) == ["Nguyễn Thanh Thiên", "Glynn Turman", "Chadwick Boseman"])
    }

    /// A person the article names only by initials (`bà N.T.C.`) and then by the last one after a form of
    /// address (`bà C. nói`): the initial's full stop ends no sentence, and the initial is that person.
    @Test func anInitialAfterAFormOfAddressSpeaks() {
        let analysis = Analyze.paragraphs(
            "Người có hành vi đe dọa là bà N.T.C. (SN 1965), trú ở xã Sơn Thành.",
            "Cháu T.H.L. vẫn đi học bình thường.",
            "\"Nhà thằng nhỏ ni vay mượn của cô. Nó núp trong nhà.\" - bà C. nói trong clip.")
        #expect(analysis.quotes.map(\.speaker) == ["N.T.C"])
    }

    /// A Vietnamese body named by its head and the acronym spelt out after its full name (`Bộ Giao thông vận
    /// tải (GTVT)`, then `Bộ GTVT`) speaks under the full name.
    @Test func aHeadAndAnAcronymSpeakUnderTheFullName() {
        let analysis = Analyze.paragraphs(
            "Thông tin trên được Bộ Giao thông vận tải (GTVT) nêu ra trong báo cáo gửi Chính phủ.",
            "\"Việc giao dự toán phải có sự đồng ý của Quốc hội\" - Bộ GTVT nhấn mạnh.")
        #expect(analysis.quotes.map(\.speaker) == ["Bộ Giao thông vận tải"])
    }

    /// A profession written with a capital at a sentence's start is no part of the name after it.
    @Test(arguments: ["Model", "Agent", "Wing", "Treasurer", "US Attorney"])
    func aCapitalisedProfessionOpeningTheSentenceIsNoPartOfTheName(_ profession: String) {
        let analysis = Analyze.paragraphs("\(profession) Dana Hollis said: \"It was the happiest week of my life.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Dana Hollis"])
        #expect(analysis.entities(.person) == ["Dana Hollis"])
    }

    /// A body opening the sentence speaks a quotation inside its reported speech, as a person does.
    @Test func aBodyOpeningTheSentenceSpeaksTheQuotationInItsReportedSpeech() {
        let analysis = Analyze.paragraphs(
            "Bộ Ngoại giao Quillan cho biết giới chức hàng hải nước này đã quan sát thấy \"sự hiện diện và hoạt "
                + "động trái phép tiếp tục\" của 160 tàu cá.")
        #expect(analysis.quotes.map(\.speaker) == ["Bộ Ngoại giao Quillan"])
        let pronoun = Analyze.paragraphs(
            "Công ty vận tải Quillan Logistics cho biết, hãng đã ngừng tất cả các chuyến bay.",
            "Công ty này cho biết, hãng quyết định trên là do \"sự thay đổi đột ngột về tình hình dịch bệnh\".")
        #expect(pronoun.quotes.map(\.speaker) == ["Công ty vận tải Quillan Logistics"])
    }

    @Test func aVietnameseCommuniqueSpeaksForItsBody() {
        let analysis = Analyze.paragraphs(
            "\"Chúng tôi kêu gọi các bên kiềm chế và đối thoại hòa bình\", thông cáo của ASEAN nêu rõ.")
        #expect(analysis.quotes.map(\.speaker) == ["ASEAN"])
    }

    @Test func aSpokesmanForABodyIsStillThePhrase() {
        let analysis = Analyze.paragraphs("\"We will appeal against the ruling,\" a spokesman for Northwind Airways said.")
        #expect(analysis.quotes.first?.named == false)
    }

    @Test func aCommonAcronymAsTheSubjectOfASpeechVerbIsKeptAsWritten() {
        let analysis = Analyze.paragraphs(
            "\"Lượng mưa tại các tỉnh miền Trung sẽ còn tăng mạnh trong hai ngày tới\", CCTV cho biết.")
        #expect(analysis.quotes.map(\.speaker) == ["CCTV"])
        #expect(analysis.quotes.first?.named == true)
    }

    @Test func aNewspaperAfterTheWordForItSpeaks() {
        let analysis = Analyze.paragraphs(
            "Tờ Khao Sod viết: \"Đội khách đã chơi tốt hơn hẳn trong hiệp hai của trận đấu.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Khao Sod"])
    }

    /// A sentence that opens with a word for a medium and its name is the medium's, whatever its verb,
    /// and not a person's named later in it.
    @Test(arguments: ["Tờ Khao Sod chạy tít:", "Tờ Khao Sod tự hào vì thành tích của Somchai Wongsa:"])
    func aNewspaperOpeningASentenceBeforeAColonSpeaks(_ opening: String) {
        let analysis = Analyze.paragraphs("\(opening) \"Đội khách đã chơi tốt hơn hẳn trong hiệp hai của trận đấu.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Khao Sod"])
    }

    /// `A Labour Party spokesman said`: a body named in the first words, then the describing head: the
    /// phrase speaks, not named, as `an Apple spokesman` does.
    @Test(arguments: ["A Labour Party spokesman said:", "A Department for Education and Skills spokeswoman said:"])
    func aSpokesmanAfterABodysLongNameIsThePhrase(_ opening: String) {
        let analysis = Analyze.paragraphs("\(opening) \"We have made it clear that we will not do this at all.\"")
        #expect(analysis.quotes.map(\.named) == [false])
        #expect(analysis.quotes.map(\.speaker) == [String(opening.dropLast(" said:".count))])
    }

    /// Verbs of speech an interview uses: taking up the word, talking with a paper, reporting.
    @Test(arguments: ["tiếp lời", "trao đổi với Dân trí", "đưa tin", "thuật lại"])
    func anInterviewsVerbsOfSpeechAttribute(_ verb: String) {
        let analysis = Analyze.paragraphs(
            "Nhắc đến anh Hai, ông Đoàn Văn Báu \(verb): \"Hay như giang hồ mạng thì không ai quản lý được cả\".")
        #expect(analysis.quotes.map(\.speaker) == ["Đoàn Văn Báu"])
    }

    /// A newspaper known by its Vietnamese name is a body, and relays the person after `dẫn lời`.
    @Test func aNewspapersVietnameseNameIsABodyThatRelays() {
        let analysis = Analyze.paragraphs(
            "Tờ Bưu điện Hoa Nam Buổi sáng dẫn lời ông Triệu Lập Kiên cho biết: \"Chúng tôi luôn ủng hộ hòa bình\".")
        #expect(analysis.entities(.organization) == ["Bưu điện Hoa Nam Buổi sáng"])
        #expect(analysis.quotes.map(\.speaker) == ["Triệu Lập Kiên"])
    }

    @Test func aCapitalisedWordOpeningTheSentenceIsNoUntypedName() {
        let analysis = Analyze.paragraphs("Rồi nói: \"Chúng tôi sẽ tiếp tục theo dõi sát tình hình mưa lũ.\"")
        #expect(analysis.quotes.first?.speaker != "Rồi")
    }

    @Test func anAcronymSpeaksUnderTheNameTheArticleSpellsOut() {
        let analysis = Analyze.paragraphs(
            "Exports will stay weak this year, the Northern Traders Federation (NTF) has said.",
            "\"There are worrying signs for every manufacturer in the region,\" the NTF said.")
        #expect(analysis.quotes.map(\.speaker) == ["Northern Traders Federation"])
    }

    /// The words between a described speaker and its verb that mark time or addition, and a joining word
    /// before it, are not the speaker's.
    @Test(arguments: [("Người phát ngôn cũng cho biết: \"Chúng tôi sẽ tiếp tục theo dõi sát tình hình.\"", "Người phát ngôn"),
                      ("A spokesman also said: \"We will keep watching the river levels closely.\"", "A spokesman"),
                      ("Khi được hỏi, thì một người dân cũng nói: \"Đường có thì họ chạy thôi, ai cấm được.\"", "một người dân")])
    func wordsBeforeTheVerbAreNotTheDescribedSpeaker(text: String, speaker: String) {
        let analysis = Analyze.paragraphs(text)
        #expect(analysis.quotes.map(\.speaker) == [speaker])
        #expect(analysis.quotes.map(\.named) == [false])
    }

    /// A title's abbreviation with a full stop before the speaker's name ends no sentence.
    @Test func aTitlesAbbreviationWithAFullStopBeforeTheName() {
        let analysis = Analyze.paragraphs(
            "\"Hồi thế kỷ 17, hoa tulip trồng ở Hà Lan bỗng dưng có sọc màu\", PGS. Đặng Văn Đông kể lại.")
        #expect(analysis.quotes.map(\.speaker) == ["Đặng Văn Đông"])
    }

    /// `the French coach. He added`: a full stop after a title that no name follows still ends the sentence.
    @Test func aFullStopAfterATitleWithoutANameEndsTheSentence() {
        let analysis = Analyze.paragraphs(
            "\"We will go to Twickenham with a little fear,\" said the French coach. He added that the team was ready.")
        #expect(analysis.quotes.map(\.speaker) == ["the French coach"])
    }

    /// A person named right after the closing mark, then a long description set off by commas, speaks.
    @Test func aLongDescriptionBetweenTheNameAndTheVerb() {
        let analysis = Analyze.paragraphs(
            "\"Tình hình rất phức tạp. Hiện chưa thể đưa ra giải pháp nào\", Xing Aiguo, giáo sư chuyên về kỹ thuật "
                + "dân dụng tại Đại học Giao thông ở Thượng Hải, một thành viên nhóm nghiên cứu, cho biết.")
        #expect(analysis.quotes.map(\.speaker) == ["Xing Aiguo"])
    }

    /// As far from the closing mark, a verb whose clause does not open with a name attributes nothing.
    @Test func aFarVerbAfterATitleInQuotesAttributesNothing() {
        let analysis = Analyze.paragraphs(
            "Sáng nay, tại lễ phát động cuộc thi \"Hiểu đúng về tiền\" diễn ra tại Hà Nội, PGS.TS Nguyễn Trúc Lê, "
                + "Hiệu trưởng Trường Đại học Kinh tế - Đại học Quốc gia Hà Nội cho rằng giáo dục tài chính là tiền đề.")
        #expect(analysis.quotes.isEmpty)
    }

    /// A place after `ở`, `tại`, `in` says where the speaker is, not who: the describing phrase speaks.
    @Test func aPlaceAfterALocativeIsNoSpeaker() {
        let analysis = Analyze.paragraphs(
            "\"Chúng tôi rất háo hức mong chờ biên giới được mở cửa trở lại\", một nhà kinh doanh ở Đan Đông cho biết.")
        #expect(analysis.quotes.map(\.speaker) == ["một nhà kinh doanh ở Đan Đông"])
        #expect(analysis.quotes.map(\.named) == [false])
    }

    /// `đại diện`, `tác giả`, `đại biểu`, `cư dân mạng` describe a speaker not named.
    @Test(arguments: ["đại diện Công ty Hoa Sen", "tác giả đoạn video", "một cư dân mạng"])
    func describingNounsOfUnnamedSpeakers(description: String) {
        let analysis = Analyze.paragraphs(
            "\"Chúng tôi sẽ tiếp tục lắng nghe ý kiến của mọi người trong thời gian tới\", \(description) cho biết.")
        #expect(analysis.quotes.map(\.speaker) == [description])
        #expect(analysis.quotes.map(\.named) == [false])
    }

    /// A role with `the` that has nobody named before it to stand for stays the description, not named.
    @Test func aRoleWithTheAndNoOneBeforeItIsTheDescription() {
        let analysis = Analyze.paragraphs("\"We will go to Twickenham with a little fear,\" said the coach.")
        #expect(analysis.quotes.map(\.speaker) == ["the coach"])
        #expect(analysis.quotes.map(\.named) == [false])
    }

    /// `the organisation said`, `công ty này cho biết` stand for the body last named, as `it said` does,
    /// not for a person the body spoke about.
    @Test(arguments: [
        (["A spokesman for Reporters Without Borders called on President Mohammed Khatami to secure his release.",
          "\"The authorities are trying to make an example of him,\" the organisation said in a statement."],
         "Reporters Without Borders"),
        (["Tập đoàn Hoa Sen đã gửi thư cho ông Lê Văn Nam về vụ việc.",
          "\"Chúng tôi sẽ bồi thường toàn bộ thiệt hại cho khách hàng\", tập đoàn này cho biết."],
         "Tập đoàn Hoa Sen"),
    ])
    func aBodysWordWithTheIsTheBodyLastNamed(paragraphs: [String], body: String) {
        let analysis = Analyze.blocks(paragraphs)
        #expect(analysis.quotes.map(\.speaker) == [body])
    }

    /// A body seen speaking (`Valve also said`) is what `the company said` means next, unless another body is
    /// named in the quotation's own paragraph.
    @Test func aBodySeenSpeakingGivesWayToOneNamedInTheParagraph() {
        let analysis = Analyze.paragraphs(
            "Rival club Northfield City has pleaded with fans not to protest inside its ground.",
            "Southfield United's response comes as little surprise. \"Any board has a responsibility to consider an offer,\" the club said.")
        #expect(analysis.quotes.map(\.speaker) == ["Southfield United"])
        let valve = Analyze.paragraphs(
            "Valve also said that rumours about Half-Life 2 keys were false. The company said: \"The hack came from the community as do they all.\"")
        #expect(valve.quotes.map(\.speaker) == ["Valve"])
    }

    /// An initial after a form of address opens the name (`ông K. Preetham`); a word inside a body's name
    /// describes no one (`báo The Economist` is the paper); a foreign given name and surname right after a
    /// known place are a person's (`Alaska | Sarah Palin`).
    @Test(arguments: [
        ("\"Chúng tôi buộc phải cho 2 bệnh nhân dùng chung ống thở\", ông K. Preethan, nhân viên y tế, cho biết.", "K. Preethan"),
        ("\"Nếu Ấn Độ không kiểm soát được dịch, cả thế giới sẽ phải trả giá\", báo The Economist cảnh báo.", "The Economist"),
        ("Cựu thống đốc bang Alaska Sarah Pallin nói: \"Bạn có thể nhìn thấy nước Nga từ hòn đảo này.\"", "Sarah Pallin"),
    ])
    func namesFoundInsideAttributions(text: String, speaker: String) {
        let analysis = Analyze.paragraphs(text)
        #expect(analysis.quotes.map(\.speaker) == [speaker])
        #expect(analysis.quotes.map(\.named) == [true])
    }

    /// A sentence opening with two syllables right before a speech verb names someone (`Cẩm Nhung chia sẻ:`),
    /// but not when the second syllable opens a name of its own (`Mẹ Lưu Diệc Phi`).
    @Test func syllablesOpeningASentenceBeforeASpeechVerbAreAName() {
        let analysis = Analyze.paragraphs(
            "Cẩm Nhung chia sẻ: \"Em được sinh ra và lớn lên tại Bến Tre\".",
            "Mẹ Lưu Diệc Phi kể: \"Con bé rất chăm chỉ từ khi còn nhỏ\".")
        #expect(analysis.quotes.map(\.speaker) == ["Cẩm Nhung", "Lưu Diệc Phi"])
    }

    /// `Bá Trung tâm sự`: `Trung tâm` opens a body's name, but a head whose last word opens a speech verb
    /// (`tâm sự`) is the name's end and the verb.
    @Test func aNameEndingInAHeadsFirstWordBeforeASpeechVerbIsWhole() {
        let analysis = Analyze.paragraphs(
            "Hiện kỹ sư trẻ Trần Bá Trung đang học tiếp lên thạc sĩ tại Trung tâm Y tế quận.",
            "Bá Trung tâm sự: \"Trước đây em đã tập thổi sáo nứa từ hồi cấp 3\".")
        #expect(analysis.quotes.map(\.speaker) == ["Trần Bá Trung"])
        #expect(analysis.entities(.organization) == ["Trung tâm Y tế"])
    }

    /// A one-word name the recogniser left untyped (`Trung tâm sự`: `Trung tâm` is also a body's head) is
    /// the person the article names in full.
    @Test func anUntypedOneWordNameIsThePersonNamedInFull() {
        let analysis = Analyze.paragraphs(
            "Gia đình em Hồ Văn Trung có 6 người.",
            "\"Vì quá lo lắng, em quyết định chạy về nhà ngay\", Trung tâm sự.")
        #expect(analysis.quotes.map(\.speaker) == ["Hồ Văn Trung"])
    }

    /// `cựu tiền vệ Chelsea, Fabregas chia sẻ`: the name after a description and a comma speaks; places
    /// joined by a comma (`ở Jammu, Kashmir`) are a list, and the description stays.
    @Test func theNameInAppositionAfterADescriptionSpeaks() {
        let analysis = Analyze.paragraphs(
            "\"Kante luôn là cầu thủ của những trận đấu lớn\" - cựu tiền vệ Chelsea, Fabregas chia sẻ.",
            "\"Chiến dịch tiêm chủng sẽ được đẩy nhanh trong tháng tới\", một quan chức ở Jammu, Kashmir cho biết.")
        #expect(analysis.quotes.map(\.speaker) == ["Fabregas", "một quan chức ở Jammu, Kashmir"])
    }

    /// The BBC writes acronyms of three letters or more as words (`Bat`, `Nato`): one that spells a body's
    /// initials, in parentheses after its name or alone, speaks as the body, named in full.
    @Test func anAcronymWrittenAsAWordSpeaksAsTheBodyItSpells() {
        let analysis = Analyze.paragraphs(
            "Shares in British American Tobacco rose on Monday. \"We are pleased with the result,\" Bat said.",
            "The North Atlantic Treaty Organisation (Nato) met in Brussels. \"We stand together and we will defend every member,\" Nato said.")
        #expect(analysis.quotes.map(\.speaker) == ["British American Tobacco", "North Atlantic Treaty Organisation"])
    }

    /// A clergyman's title is no part of his name; `the Cardinal` alone is the person named with it.
    @Test func aClergyTitleIsNoPartOfTheName() {
        let analysis = Analyze.paragraphs(
            "Billions were spent on the war, Cardinal Aldo Brennan-Kerr has said.",
            "\"It is possible, it is real and it is true,\" the Cardinal said.")
        #expect(analysis.entities(.person) == ["Aldo Brennan-Kerr"])
        #expect(analysis.quotes.map(\.speaker) == ["Aldo Brennan-Kerr"])
    }

    /// `says King, 30, who…`: a title word standing alone is the surname of the person named in full with
    /// it, not the start of a description running to the sentence's end.
    @Test func aTitleWordAloneIsTheSurnameOfThePersonNamedWithIt() {
        let analysis = Analyze.paragraphs(
            "The show is presented by Jason King and Joel Ross.",
            "\"So listeners will get the advantage of both our music tastes,\" says King, 30, who likes dance music.")
        #expect(analysis.quotes.map(\.speaker) == ["Jason King"])
    }

    /// A capitalised word that opens sentences (`Asked`) right after a closing quotation mark, a full stop
    /// left out, names nothing; but one before a capitalised word opens a name (`Will Townsend`).
    @Test func aSentenceOpeningWordAfterAClosingMarkNamesNothing() {
        let asked = Analyze.paragraphs(
            "Ms Hutt said she hoped \"the people of Wales would benefit from my work\" Asked about waiting lists, she said no more.")
        #expect(asked.entities(.organization).isEmpty)
        #expect(asked.entities(.person) == ["Hutt"])
        let name = Analyze.paragraphs(
            "\"These machines are made to measure for a few uses,\" Will Townsend, an analyst at Moor Insights, said.")
        #expect(name.quotes.map(\.speaker) == ["Will Townsend"])
    }

    /// `Called Speegle, it reads the results out`: a participle opening a sentence is no part of the name after it.
    @Test(arguments: ["Called", "Named", "Dubbed"])
    func aParticipleOpeningTheSentenceIsNoPartOfTheName(_ participle: String) {
        let analysis = Analyze.paragraphs(
            "\(participle) Speegle, it reads out what you search for.",
            "\"It is still a bit robotic and can make a few mistakes,\" said Speegle founder Gordon Renton.")
        #expect(!analysis.entities(.person).contains("\(participle) Speegle"))
        #expect(analysis.quotes.map(\.speaker) == ["Gordon Renton"])
    }

    /// Vietnamese text spells out a body's English acronym in parentheses after its Vietnamese name
    /// (`Cơ quan Hàng không Liên bang Quillan (FAQ)`): the acronym speaks under that name, whatever its letters.
    @Test func anEnglishAcronymAfterAVietnameseNameSpeaksUnderIt() {
        let analysis = Analyze.paragraphs(
            "Cơ quan Hàng không Liên bang Quillan (FAQ) ngày 19/4 đã ra thông báo.",
            "Trong thông báo, FAQ nhấn mạnh \"những căng thẳng leo thang ở khu vực có thể dẫn đến xung đột\".")
        #expect(analysis.quotes.map(\.speaker) == ["Cơ quan Hàng không Liên bang Quillan"])
    }

    /// `DJ`, written in capitals inside a run of capitalised words, is a title: the station before it is a
    /// body, the name after it a person's.
    @Test func aDiscJockeysTitleSplitsTheStationFromTheName() {
        let analysis = Analyze.paragraphs(
            "Radio 1 DJ John Peel said: \"There might be more appearances outside the band for all of them.\"")
        #expect(analysis.quotes.map(\.speaker) == ["John Peel"])
        #expect(analysis.entities(.organization) == ["Radio 1"])
        #expect(analysis.entities(.person) == ["John Peel"])
    }

    /// `Marketing` after a manager's title is the department, no name: the person before the title speaks.
    @Test func aDepartmentAfterATitleIsNoSpeaker() {
        let analysis = Analyze.paragraphs(
            "Đại diện Karofi, bà Nguyễn Thị Bích Thủy, Phó Giám đốc Marketing cho biết: \"Chúng tôi luôn tận tâm "
                + "hướng đến khách hàng trong mọi hoạt động\".")
        #expect(analysis.quotes.map(\.speaker) == ["Nguyễn Thị Bích Thủy"])
        #expect(!analysis.entities(.person).contains("Marketing"))
    }
}
