import ArticleModel
import TextAnalysis
import Testing

@Suite struct VietnameseSpeakerTests {
    @Test(arguments: ["cho biết", "nói", "nói thêm", "nhấn mạnh", "khẳng định", "phát biểu", "tuyên bố", "lưu ý",
                      "chia sẻ", "bày tỏ", "cho rằng", "thông báo"])
    func quoteThenSpeakerThenVerb(verb: String) {
        let analysis = Analyze.paragraphs(
            "\"Chúng tôi sẽ hoàn thành cây cầu trước mùa mưa năm nay\", ông Đỗ Quang Vinh \(verb).")
        #expect(analysis.quotes.first?.speaker == "Đỗ Quang Vinh")
        #expect(analysis.quotes.first?.named == true)
    }

    @Test func speakerVerbColonQuote() {
        let analysis = Analyze.paragraphs("Bà Hoàng Thu Trang cho biết: \"Học sinh sẽ được nghỉ thêm một tuần.\"")
        #expect(analysis.quotes.first?.speaker == "Hoàng Thu Trang")
    }

    /// Before a colon and no speech verb, a sentence that opens with a concession (`Dù ... nhưng`) says its
    /// main clause's subject, not the person named in the concession.
    @Test func aConcessionsPersonIsNotTheSpeakerOfTheMainClause() {
        let analysis = Analyze.paragraphs(
            "Dù không còn làm việc cùng Lê Văn Tâm nhưng Phạm Thu Hằng vẫn dành cho anh sự quý trọng: "
                + "\"Chúng tôi vẫn là bạn tốt của nhau\".")
        #expect(analysis.quotes.first?.speaker == "Phạm Thu Hằng")
    }

    /// `Trạm trưởng Trạm Kiểm soát Biên phòng X`: a station's head is a title and the station a body, so the
    /// officer named before the dash speaks, not the station's place name.
    @Test func aStationsHeadAfterADashDescribesTheOfficerWhoSpeaks() {
        let analysis = Analyze.paragraphs(
            "Đại úy Trần Văn Khải - Trạm trưởng Trạm Kiểm soát Biên phòng Mũi Nai, chia sẻ: "
                + "\"Mỗi đêm, tổ tuần tra đi từ 6 đến 10 lượt\".")
        #expect(analysis.quotes.first?.speaker == "Trần Văn Khải")
        #expect(analysis.entities(.organization) == ["Trạm Kiểm soát Biên phòng Mũi Nai"])
        #expect(analysis.entities(.person) == ["Trần Văn Khải"])
    }

    /// Two people joined by `và` right before the speech verb speak together: the speaker is both.
    @Test func twoPeopleJoinedBeforeTheVerbSpeakTogether() {
        let analysis = Analyze.paragraphs(
            "\"Chúng tôi muốn giữ lấy giây phút tuyệt vời nhất cho các con\" - Lê Quốc Cường và Lê Quốc Nghĩa chia sẻ.",
            "Lê Quốc Cường nói với Phạm Văn An: \"Anh cứ yên tâm, mọi việc sẽ ổn thôi\".")
        #expect(analysis.quotes.map(\.speaker) == ["Lê Quốc Cường và Lê Quốc Nghĩa", "Lê Quốc Cường"])
    }

    /// `Chia sẻ về mâu thuẫn với X, ca sĩ Y cho biết:`: a profession and a name after the comma are the verb's
    /// own subject, no apposition to the person before the comma.
    @Test func aProfessionAndANameAfterACommaAreTheClausesOwnSubject() {
        let analysis = Analyze.paragraphs(
            "Chia sẻ thêm về việc mâu thuẫn với Trương Minh Vĩnh, ca sĩ Lê Nguyên Khang cho biết: "
                + "\"Vì hiểu lầm nhau nên hai anh em không nói chuyện\".")
        #expect(analysis.quotes.first?.speaker == "Lê Nguyên Khang")
    }

    /// `X cũng đồng quan điểm với HLV Y khi nói:`: a person after `với` (with) is the verb's object; the person
    /// named before speaks.
    /// (Past a title of several words too: `với Bộ trưởng Y`, `với ông Bộ trưởng Y`.)
    @Test(arguments: ["HLV", "Bộ trưởng", "ông Bộ trưởng"])
    func aPersonAfterAPrepositionIsTheObjectNotTheSpeaker(_ title: String) {
        let analysis = Analyze.paragraphs(
            "Tiền vệ Lê Văn Hậu cũng đồng quan điểm với \(title) Trần Minh Chiến khi nói: "
                + "\"Kết quả khả quan, nhưng mọi chuyện vẫn chưa kết thúc\".")
        #expect(analysis.quotes.first?.speaker == "Lê Văn Hậu")
    }

    /// `X - Tổng Giám đốc Công ty Y chia sẻ:`: a role after a spaced dash describes the person before it,
    /// who speaks, not a name inside the role; but a person described inside a comma's apposition (`Chú X,
    /// phụ huynh của bạn Y - tốt nghiệp ...`) leaves the subject to the one that apposition follows.
    @Test func aRoleAfterADashDescribesThePersonBeforeIt() {
        let analysis = Analyze.paragraphs(
            "Ông Bùi Văn Tiến - Tổng Giám đốc Công ty cổ phần Lọc dầu Hòa Sơn chia sẻ: "
                + "\"Một trong những nỗ lực nổi bật năm nay là tiết giảm chi phí\".",
            "Chú Nguyễn Văn Trung, phụ huynh của bạn Lê Minh Anh - tốt nghiệp ngành Công nghệ thông tin năm 2020 "
                + "chia sẻ: \"Trước khi cho con vào học trường này, tôi đã tìm hiểu rất kỹ\".")
        #expect(analysis.quotes.map(\.speaker) == ["Bùi Văn Tiến", "Nguyễn Văn Trung"])
    }

    @Test func speakerSaysThatQuote() {
        let analysis = Analyze.paragraphs("Ông Vũ Minh Khoa nói rằng \"mọi chuyện đã được giải quyết ổn thỏa, không ai bị thương\".")
        #expect(analysis.quotes.first?.speaker == "Vũ Minh Khoa")
    }

    /// A quotation ending with an ellipsis ends no sentence when a comma follows its mark: the words after
    /// it, however long, attribute it.
    @Test func aCommaAfterAnEllipsisAndTheMarkCarriesTheSentenceOn() {
        let analysis = Analyze.paragraphs(
            "\"Đây là lúc vui và buồn cười nhất, cả nhà cười không ngậm được miệng...\", Lê Thu Hà viết (Ảnh: FBNV).")
        #expect(analysis.quotes.first?.speaker == "Lê Thu Hà")
    }

    @Test func accordingToSpeaker() {
        let analysis = Analyze.paragraphs("Theo ông Ngô Bảo Châu, \"toán học cần nhiều thời gian và sự kiên nhẫn của người học\".")
        #expect(analysis.quotes.first?.speaker == "Ngô Bảo Châu")
    }

    @Test func titlesAreStrippedAndShortFormsResolveToTheFullestName() {
        let analysis = Analyze.paragraphs(
            "Ngoại trưởng Nga Sergei Lavrov hôm qua đã tới Hà Nội.",
            "\"Hai nước sẽ tăng cường hợp tác trong lĩnh vực năng lượng\", ông Lavrov nói.",
            "Ngoại trưởng Lavrov cho biết: \"Chúng tôi đánh giá cao vai trò của Việt Nam trong khu vực.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Sergei Lavrov", "Sergei Lavrov"])
        #expect(analysis.entities(.person) == ["Sergei Lavrov", "Lavrov"])
        #expect(analysis.entities.filter { $0.type == .person }.allSatisfy { $0.canonical == "Sergei Lavrov" })
    }

    @Test func pronounResolvesToTheLatestNamedPerson() {
        let analysis = Analyze.paragraphs(
            "Bà Lý Thanh Hương là chủ quán phở lâu đời nhất phố này.",
            "\"Tôi bán phở ở đây đã gần bốn mươi năm rồi\", bà cho biết.")
        #expect(analysis.quotes.first?.speaker == "Lý Thanh Hương")
        #expect(analysis.quotes.first?.named == true)
    }

    @Test func unnamedSpeakerKeepsItsPhrase() {
        let analysis = Analyze.paragraphs("\"Nước lên rất nhanh, chúng tôi không kịp chạy đồ đạc\", một người dân cho biết.")
        #expect(analysis.quotes.first?.speaker == "một người dân")
        #expect(analysis.quotes.first?.named == false)
    }

    @Test func organisationCanSpeak() {
        let analysis = Analyze.paragraphs("\"Các chuyến bay sẽ hoạt động bình thường từ ngày mai\", Bộ Giao thông Vận tải thông báo.")
        #expect(analysis.quotes.first?.speaker == "Bộ Giao thông Vận tải")
    }

    @Test func unattributedQuoteTakesTheAdjacentSpeaker() {
        let analysis = Analyze.paragraphs(
            "\"Mùa này khách du lịch rất đông\", anh Trịnh Công Sơn nói. \"Chúng tôi phải thuê thêm người làm.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Trịnh Công Sơn", "Trịnh Công Sơn"])
    }

    /// `Thư ký`, `Thư ký Báo chí`, `Trợ lý`, `Cố vấn` are titles: the body after one is the office's, and the
    /// title with its body alone later names the person who held it.
    @Test func aPressSecretarysTitleNamesThePersonNotTheBody() {
        let analysis = Analyze.paragraphs(
            "Thư ký Báo chí Nhà Trắng Karen Holt cho biết chính quyền sẽ xem xét mọi lựa chọn.",
            "Thư ký Báo chí Nhà Trắng nói thêm: \"Chúng tôi sẽ công bố quyết định trong những tuần tới.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Karen Holt"])
        #expect(analysis.entities(.person) == ["Karen Holt"])
    }

    /// A clause opened by a conjunction with an unnamed source of its own is that source's, not the person
    /// named earlier in the sentence's.
    @Test func anUnnamedSourceInItsOwnClauseIsTheSpeaker() {
        let analysis = Analyze.paragraphs(
            "Ca sĩ Minh Tú và người mẫu Lê Hà đã chia tay năm ngoái, mặc dù một nguồn tin thân cận nói với báo chí "
                + "rằng: \"Họ vẫn là bạn tốt của nhau\".")
        #expect(analysis.quotes.map(\.speaker) == ["một nguồn tin thân cận"])
        #expect(analysis.quotes.map(\.named) == [false])
    }

    /// `X đã chỉ trích Y và tuyên bố`: the second verb shares the first one's subject.
    @Test func aJoinedVerbKeepsTheFirstVerbsSubject() {
        let analysis = Analyze.paragraphs(
            "Chủ tịch Đỗ Văn Lâm của câu lạc bộ đã chỉ trích ông Trần Quốc Bảo và tuyên bố \"không muốn hợp tác "
                + "thêm một mùa giải nào nữa\".")
        #expect(analysis.quotes.map(\.speaker) == ["Đỗ Văn Lâm"])
    }

    /// An initial's full stop inside a name ends no sentence for the attribution after a quotation.
    @Test func aNameWithInitialsAfterTheQuotationIsItsSpeaker() {
        let analysis = Analyze.paragraphs(
            "Bệnh viện đã quá tải từ tuần trước. \"Nhiều ca tử vong không được ghi nhận trong số liệu chính thức\", "
                + "Tiến sĩ R.K. Menon, bác sĩ tim mạch tại Bhopal, cho biết.")
        #expect(analysis.quotes.map(\.speaker) == ["R.K. Menon"])
    }

    /// A description written after a dash (`ông X - Giám đốc Sở ...`) names him when it later speaks alone;
    /// after a dash one generic word is not enough (`anh Tuấn - một người dân` is not every `người`).
    @Test func aDescriptionAfterADashNamesThePersonItFollowed() {
        let analysis = Analyze.paragraphs(
            "Ông Trần Văn Khải - Giám đốc Sở Giao thông tỉnh Bình Định - cho biết con đường sẽ mở vào tháng sau.",
            "Giám đốc Sở Giao thông tỉnh Bình Định nhấn mạnh: \"Chúng tôi sẽ hoàn thành đúng tiến độ đã cam kết với người dân.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Trần Văn Khải"])
        let generic = Analyze.paragraphs(
            "\"Cháu bán hàng ở đây từ sáng đến tối mỗi ngày\", anh Đỗ Văn Tuấn - một người dân gần đó chia sẻ.",
            "Có người hỏi: \"Nhà cháu ở đâu, sao lại đi bán hàng một mình thế này?\"")
        #expect(generic.quotes.map(\.speaker) == ["Đỗ Văn Tuấn", "Có người"])
        #expect(generic.quotes.map(\.named) == [true, false])
    }
}

@Suite struct EnglishSpeakerTests {
    /// A name after a comma that ends its sentence is in apposition to the noun before it, no new subject:
    /// `he` means the one who said, not the editor.
    @Test func aNameInAppositionAtTheSentencesEndIsNoSubject() {
        let analysis = Analyze.paragraphs(
            "The case was weak, Lord Bexley said in his interview, which was conducted by the magazine's editor, "
                + "Conservative MP Boris Jonson. He said: \"When civil servants give material to ministers, they say so.\"")
        #expect(analysis.quotes.first?.speaker == "Bexley")
    }

    @Test func twoPeopleJoinedAfterTheVerbSpeakTogether() {
        let analysis = Analyze.paragraphs(
            "\"The results show that people can learn to move a cursor,\" said Jonathan Welpaw and Dennis McFarland.")
        #expect(analysis.quotes.first?.speaker == "Jonathan Welpaw and Dennis McFarland")
    }

    /// `Commons Speaker X`: the chair of a parliament is a title, not part of the name.
    @Test func theSpeakerOfAParliamentIsATitle() {
        let analysis = Analyze.paragraphs(
            "Commons Speaker Michael Martin said: \"The house will sit late tonight to finish the bill.\"")
        #expect(analysis.quotes.first?.speaker == "Michael Martin")
        #expect(analysis.entities(.person) == ["Michael Martin"])
    }

    @Test func aConcessionsPersonIsNotTheSpeakerOfTheMainClause() {
        let analysis = Analyze.paragraphs(
            "Although Mark Ellison lost the vote, Helen Brookes was clear: \"We will carry on with the plan.\"")
        #expect(analysis.quotes.first?.speaker == "Helen Brookes")
    }

    @Test(arguments: ["said", "added", "warned", "explained", "insisted", "argued", "claimed", "admitted", "assured"])
    func quoteThenSpeakerThenVerb(verb: String) {
        let analysis = Analyze.paragraphs("\"The new line will be open before the winter,\" Margaret Ellison \(verb).")
        #expect(analysis.quotes.first?.speaker == "Margaret Ellison")
    }

    @Test func quoteThenVerbThenSpeaker() {
        let analysis = Analyze.paragraphs("\"We did not expect so many visitors this early,\" said museum director Paul Whitaker.")
        #expect(analysis.quotes.first?.speaker == "Paul Whitaker")
    }

    @Test func speakerSaidColonQuote() {
        let analysis = Analyze.paragraphs("Mr Graham Oakes said: \"The figures show a clear rise in demand.\"")
        #expect(analysis.quotes.first?.speaker == "Graham Oakes")
    }

    @Test func speakerToldOutletColonQuote() {
        let analysis = Analyze.paragraphs("Sarah Lindqvist told the BBC: \"Nobody warned us that the bridge would close.\"")
        #expect(analysis.quotes.first?.speaker == "Sarah Lindqvist")
    }

    @Test func accordingToSpeaker() {
        let analysis = Analyze.paragraphs("\"Prices will keep rising until the spring,\" according to analyst Fiona Marsh.")
        #expect(analysis.quotes.first?.speaker == "Fiona Marsh")
    }

    @Test func honorificFormResolvesToTheFullName() {
        let analysis = Analyze.paragraphs(
            "Patricia Hewitt opened the new clinic on Monday.",
            "\"This is a good day for the town and for every family in it,\" Ms Hewitt said.")
        #expect(analysis.quotes.first?.speaker == "Patricia Hewitt")
        #expect(analysis.entities.first { $0.text == "Hewitt" }?.canonical == "Patricia Hewitt")
    }

    @Test func pronounResolvesToTheSubjectOfTheLatestClause() {
        let analysis = Analyze.paragraphs(
            "Keith Barlow apologised to Simon Reyes after the match.",
            "He said: \"It was a stupid thing to do and I regret it.\"")
        #expect(analysis.quotes.first?.speaker == "Keith Barlow")
    }

    @Test func unnamedSpeakerKeepsItsPhrase() {
        let analysis = Analyze.paragraphs("\"The factory will stay open for now,\" a spokesman said.")
        #expect(analysis.quotes.first?.speaker == "a spokesman")
        #expect(analysis.quotes.first?.named == false)
    }

    /// `, but an FA spokesman said:` is the spokesman's, not the person named before the comma; a relative
    /// clause (`X, who met officials in London, said`) stays X's.
    @Test func anUnnamedSourceInItsOwnClauseIsTheSpeaker() {
        let analysis = Analyze.paragraphs(
            "Coach Ellen Gray had complained about the referee, but an FA spokesman said: \"We are not taking any action over this.\"",
            "Tom Barrow, who met officials in London, said: \"We have reached an agreement today.\"")
        #expect(analysis.quotes.map(\.speaker) == ["an FA spokesman", "Tom Barrow"])
        #expect(analysis.quotes.map(\.named) == [false, true])
    }

    /// `X denied a row with Y and said:` is X's; across a reported clause (`X told reporters that the star
    /// ... and asked:`) the verb is no longer X's.
    @Test func aJoinedVerbKeepsTheFirstVerbsSubject() {
        let analysis = Analyze.paragraphs(
            "Peter Hollis denied reports of a row with Dan Ruskin and said: \"I did not argue with anybody at the club.\"",
            "Ann Pryce told reporters that the singer Joe Lorne smiled and asked: \"Is everybody ready for the show?\"")
        #expect(analysis.quotes.map(\.speaker) == ["Peter Hollis", "Joe Lorne"])
    }

    @Test func describedSpeakerIsTheNamedPersonWithThatDescription() {
        let analysis = Analyze.paragraphs(
            "Lena Brookes, a spokeswoman for the council, confirmed the closure.",
            "\"Repairs will take at least six months,\" a spokeswoman for the council said.")
        #expect(analysis.quotes.first?.speaker == "Lena Brookes")
    }

    @Test func clauseAfterAQuoteThatIsNotAnAttribution() {
        let analysis = Analyze.paragraphs(
            "Rail chief Oliver Grant said the line would \"reopen as soon as it is safe to do so\", when Norway announced new checks.")
        #expect(analysis.quotes.first?.speaker == "Oliver Grant")
    }
}

@Suite struct PronounAfterTitleTests {
    @Test func pronounMeansThePersonIntroducedWithAMultiWordTitle() {
        let analysis = Analyze.paragraphs(
            "Bà Đoàn Thị Nga kể lại sự việc với phóng viên.",
            "Đại tá Hồ Văn Lực, Phó Giám đốc Công an tỉnh, đã đến hiện trường. Ông nói: \"Chúng tôi đang truy tìm đối tượng.\"")
        #expect(analysis.quotes.first?.speaker == "Hồ Văn Lực")
    }
}

@Suite struct DottedTitleTests {
    @Test func nameAfterADottedTitleAtASentenceStart() {
        let analysis = Analyze.paragraphs(
            "Theo báo cáo. TS. Khúc Thừa Dụ phân tích: \"Lãi suất sẽ còn giảm trong quý III năm nay.\"")
        #expect(analysis.quotes.first?.speaker == "Khúc Thừa Dụ")
        #expect(analysis.entities(.organization).isEmpty)
    }
}

@Suite struct CanonicalNameTieTests {
    /// Two full names share a surname and are named equally often: "Fletcher" alone goes to the one the
    /// article names first, the same in every run (it once followed dictionary order, which changes
    /// from one process to the next).
    @Test func aSurnameSharedByTwoNamesGoesToTheFirstNamed() {
        let analysis = Analyze.paragraphs(
            "Tom Fletcher opened the meeting on Monday.",
            "Anna Fletcher, his sister, chaired the vote.",
            "\"We will build the bridge before winter,\" Fletcher said.")
        #expect(analysis.quotes.first?.speaker == "Tom Fletcher")
    }
}

/// A quotation with no attribution of its own after a sentence that reports a newly named person's words.
@Suite struct ReportedSpeechSpeakerTests {
    /// The text has moved on to the person who speaks in the sentence before (after an apposition too):
    /// the quotation is theirs, not the previous quotation's speaker's.
    @Test func theQuotationGoesToWhoeverSpeaksInTheSentenceBefore() {
        let analysis = Analyze.paragraphs(
            "Clara Whitfield said: \"The budget is fair and we will defend it.\" Opposition leader Tom Barrow said "
                + "the plan would hurt families. \"Nobody in this town can afford another rise in rents.\" Ruth Penn, "
                + "who ran the council for ten years, said the figures were wrong. \"We counted every pound twice over.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Clara Whitfield", "Tom Barrow", "Ruth Penn"])
    }

    @Test func vietnameseReportedSpeechBeforeAQuotation() {
        let analysis = Analyze.paragraphs(
            "Ông Nguyễn Văn Hùng cho biết: \"Dự án sẽ hoàn thành trong năm nay.\" Bà Trần Thị Mai nói thêm rằng kinh "
                + "phí đã được bố trí đủ. \"Chúng tôi sẽ giám sát chặt chẽ từng hạng mục công trình.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Nguyễn Văn Hùng", "Trần Thị Mai"])
    }

    /// The sentence after a quotation that ends in a comma is that quotation's own attribution: the next
    /// quotation goes on in the same voice, not in the voice of the last name of that attribution.
    @Test func aTrailingAttributionIsNoNewSpeaker() {
        let analysis = Analyze.paragraphs(
            "\"We all know the numbers are bad,\" chairman Paul Reyes and treasurer Ann Lowe said in a letter. "
                + "\"The deficit will be closed by next year, we promise.\"")
        #expect(analysis.quotes.count == 2)
        #expect(analysis.quotes[1].speaker == analysis.quotes[0].speaker)
        #expect(analysis.quotes[1].speaker != "Ann Lowe")
    }

    /// With no speech verb at all, a quotation in or right after a sentence that opens with a newly named
    /// person is theirs: a report quotes whom it has just introduced.
    @Test func theQuotationGoesToTheSubjectOfItsSentenceOrTheOneBefore() {
        let analysis = Analyze.paragraphs(
            "\"We showed great character to come back,\" said coach Alan Pryor. Double try scorer Gareth Lloyd was "
                + "keen not to talk about a title. \"There is no mention of a trophy among the players.\"",
            "\"The market is closed to rivals,\" said Professor Emma Hale. Mr Owen Blake called himself a customer "
                + "who \"was also forced to buy their own music player from the same firm\" to hear his songs.")
        #expect(analysis.quotes.map(\.speaker) == ["Alan Pryor", "Gareth Lloyd", "Emma Hale", "Owen Blake"])
    }

    /// Not when the name only qualifies the subject (`Ms X's lawyer`, `The X leader`), nor when a clause or
    /// a pronoun comes before it: the quotation keeps the speaker before.
    @Test func aNameThatIsNotTheSentencesSubjectTakesNothing() {
        let analysis = Analyze.paragraphs(
            "\"The claim has no merit at all,\" said Peter Lane. Ms Hart's legal action alleges he \"pushed and "
                + "struck her twice before anyone in the room could stop him\" at the party.",
            "\"Our party will lower taxes for all,\" said Michael Dunn. When Karen Bell left, he \"promised to "
                + "fight for every single seat in the north and in the cities\" there.")
        #expect(analysis.quotes.map(\.speaker) == ["Peter Lane", "Peter Lane", "Michael Dunn", "Michael Dunn"])
    }

    /// A quotation opening its paragraph after a paragraph that ends in reported speech, past its last
    /// quotation, goes on in that speaker's voice, not in the previous quotation's.
    @Test func aQuotationAfterAParagraphEndingInReportedSpeechIsThatSpeakers() {
        let analysis = Analyze.paragraphs(
            "But Labour's spokesman Fraser Kent responded: \"Britain is working, so do not let them wreck it again.\" "
                + "Mr Howard also paid tribute to the nation's character, which had shone, Mr Howard said.",
            "\"We watched the scenes of destruction with a sense of disbelief and sorrow.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Fraser Kent", "Howard"])
    }

    /// Not when the paragraph before ends with a quotation's own attribution: the voice goes on.
    @Test func aQuotationAfterAParagraphEndingInAnAttributionKeepsItsVoice() {
        let analysis = Analyze.paragraphs(
            "\"Britain is working, so do not let them wreck it again,\" Fraser Kent said.",
            "\"We watched the scenes of destruction with a sense of disbelief and sorrow.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Fraser Kent", "Fraser Kent"])
    }

    /// A describing phrase that speaks in the sentence right before the quotation is whom its `she` means
    /// (and whose it is without any attribution), not the person named before.
    @Test func anUnnamedSpeakerInTheSentenceBeforeIsWhomThePronounMeans() {
        let analysis = Analyze.paragraphs(
            "SNP leader Nicola Stone said: \"This is an incredible gaffe by the first minister.\" But an executive "
                + "spokeswoman insisted Mr Connell had made the remark with adults in mind. \"He was talking in the "
                + "context of adults drinking,\" she said.",
            "A spokesman for the council said the road would reopen. \"We predict the next week will be busy.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Nicola Stone", "an executive spokeswoman", "A spokesman for the council"])
        #expect(analysis.quotes.map(\.named) == [true, false, false])
    }

    /// `thầy X, hiện giảng dạy tại Y, đồng thời là Phó Tổng GĐ Công ty Z, Chủ tịch HĐQT Công ty W (WW) cũng cho
    /// biết:`: descriptions one after another follow the person named before the first of them, who speaks,
    /// not the body that ends the last one; however long the sentence.
    @Test func aChainOfDescriptionsFollowsThePersonWhoSpeaks() {
        let analysis = Analyze.paragraphs(
            "Vừa là doanh nhân, vừa đóng vai trò người thầy giảng dạy chuyên môn, thầy Nguyễn Phúc Khang, hiện giảng dạy "
                + "tại khoa Tài chính - Thương mại, đồng thời là Phó Tổng GĐ Công ty Thương mại Sài Gòn, Chủ tịch HĐQT "
                + "Công ty CP Kỹ nghệ Súc sản Miền Nam (SUSAN) cũng cho biết: \"Khi tham gia giảng dạy, tôi dường như "
                + "quên mất mình là doanh nhân\".")
        #expect(analysis.quotes.map(\.speaker) == ["Nguyễn Phúc Khang"])
    }
}

/// A person's possessive before the words that speak.
@Suite struct PossessedSpeakerTests {
    /// `Tony Blair's official spokesman said`: the spokesman speaks, not named; Tony Blair does not.
    @Test(arguments: [
        "Tony Blair's official spokesman said: \"We will need to study this judgement in detail.\"",
        "\"We will need to study this judgement in detail,\" Tony Blair's spokesman also said.",
    ])
    func aPersonsSpokesmanIsNotThePerson(_ sentence: String) {
        let analysis = Analyze.paragraphs("Tony Blair met union leaders on Monday.", sentence)
        #expect(analysis.quotes.map(\.named) == [false])
        #expect(analysis.quotes.first?.speaker?.hasPrefix("Tony Blair's") == true)
    }

    /// A person's own writing speaks for the person.
    @Test func aPersonsReportIsThePerson() {
        let analysis = Analyze.paragraphs(
            "Wim Kok led the review.", "Wim Kok's report said: \"The ink had scarcely dried on the agreement.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Wim Kok"])
    }

    /// After a quotation, a comma and a person's name (after a title and what it holds) speak whatever the
    /// verb (`gửi lời thỉnh cầu`); not after a short phrase, which is a saying or a nickname.
    @Test func aNameRightAfterTheClosingMarkAndACommaSpeaksWhateverTheVerb() {
        let plea = Analyze.paragraphs(
            "\"Xin hãy giúp chúng tôi lấy ôxy, sẽ có thảm kịch xảy ra ở đây\", Thủ hiến Delhi Arvind Kejriwal "
                + "gửi lời thỉnh cầu tới Thủ tướng tại một hội nghị.")
        #expect(plea.quotes.map(\.speaker) == ["Arvind Kejriwal"])
        let nickname = Analyze.paragraphs(
            "Nhiều người gọi anh là \"ông vua nhạc sống\", Nguyễn Văn Tùng vẫn đi diễn đều đặn khắp nơi.")
        #expect(nickname.quotes.isEmpty)
    }

    /// `"...". TS. BS X - Phó trưởng khoa nhận định.`: in Vietnamese, a sentence after the mark's full stop that
    /// ends with its speech verb is only the attribution (past a title's abbreviation and another title); not
    /// one whose verb opens another quotation (`Y cho biết: "`).
    @Test func aSentenceEndingWithASpeechVerbAfterTheMarkAttributes() {
        let analysis = Analyze.paragraphs(
            "Bệnh nhân được đưa vào viện trong đêm.",
            "\"Cháu bị đa chấn thương, chúng tôi phải mổ cấp cứu ngay trong đêm\". TS. BS Trần Minh Long - Phó "
                + "trưởng khoa Hồi sức nhận định.")
        #expect(analysis.quotes.map(\.speaker) == ["Trần Minh Long"])
        let another = Analyze.paragraphs(
            "Thanh Hào chia sẻ: \"Em muốn ứng tuyển vào vị trí phân tích dữ liệu của công ty\". Tiểu Yến cho biết: "
                + "\"Em đến để tìm hiểu xem các nhà tuyển dụng cần gì ở sinh viên\".")
        #expect(analysis.quotes.count == 1)
        #expect(another.quotes.map(\.speaker) == ["Thanh Hào", "Tiểu Yến"])
    }
}
