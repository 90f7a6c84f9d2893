import TextAnalysis
import Testing

/// A speaker is a person or a body that can speak: not a place that only qualifies the speaker.
@Suite struct NotASpeakerTests {
    @Test func aPlaceAfterTheNounItQualifiesIsNoSpeaker() {
        let analysis = Analyze.paragraphs(
            "\"Giá vé đã tăng gấp ba lần chỉ trong một buổi sáng\", tờ nhật báo thể thao Thái Lan bình luận.")
        #expect(analysis.quotes.first?.speaker == "tờ nhật báo thể thao Thái Lan")
        #expect(analysis.quotes.first?.named == false)
    }

    @Test func aPlaceAfterTheNounItQualifiesBeforeTheQuotation() {
        let analysis = Analyze.paragraphs(
            "Nhà ngoại giao Việt Nam cho biết: \"Tình hình ở thủ đô vẫn còn rất căng thẳng.\"")
        #expect(analysis.quotes.first?.named == false)
        #expect(analysis.quotes.first?.speaker != "Việt Nam")
    }

    @Test func aPlaceStandingForItsGovernmentStillSpeaks() {
        let analysis = Analyze.paragraphs("\"Chúng tôi sẽ đáp trả tương xứng với mọi hành động khiêu khích\", Nga tuyên bố.")
        #expect(analysis.quotes.first?.speaker == "Nga")
        #expect(analysis.quotes.first?.named == true)
    }

    /// A known site after the noun for where one posts (`tài khoản Facebook`) is where the words appeared:
    /// the body named before it speaks, or the phrase with the noun describes an unnamed speaker.
    @Test func aSiteWhereWordsWerePostedIsNoSpeaker() {
        let analysis = Analyze.paragraphs(
            "Đại sứ quán Pháp hôm qua đăng trên tài khoản Facebook chính thức nói rằng \"chúng tôi rất tiếc về sự việc này\".",
            "\"Tại sao lại không có ai chịu trách nhiệm về việc này chứ?\", một tài khoản Twitter bình luận.",
            "Facebook cho biết: \"Chúng tôi sẽ gỡ bỏ mọi quảng cáo vi phạm chính sách\".")
        #expect(analysis.quotes.map(\.speaker) == ["Đại sứ quán Pháp", "một tài khoản Twitter", "Facebook"])
        #expect(analysis.quotes.map(\.named) == [true, false, true])
        #expect(analysis.entities(.organization) == ["Đại sứ quán Pháp", "Facebook", "Twitter"])
    }

    /// Audiences, patients, customers, researchers and fans speak unnamed, not as the person named before.
    @Test(arguments: ["một bệnh nhân Covid-19 cho biết", "một số khán giả cho biết", "các nhà khoa học cho biết"])
    func anUnnamedPatientOrViewerIsNoNamedPerson(_ attribution: String) {
        let analysis = Analyze.paragraphs(
            "\"Chúng tôi đã chuẩn bị đủ giường bệnh cho mọi người\", ông Lê Văn Tâm nói.",
            "\"Tôi đã gọi điện khắp nơi, mỗi ngày, nhiều lần mà không ai trả lời\", \(attribution).")
        #expect(analysis.quotes.map(\.speaker) == ["Lê Văn Tâm", attribution.replacingOccurrences(of: " cho biết", with: "")])
        #expect(analysis.quotes.map(\.named) == [true, false])
    }

    /// A spokesperson for a firm whose name ends in an English head (`Aviation`) is unnamed, the firm a body.
    @Test func aSpokespersonForAnAviationFirmIsUnnamed() {
        let analysis = Analyze.paragraphs(
            "\"Chúng tôi đã yêu cầu thêm máy bay từ các đối tác\", người phát ngôn của Enthrall Aviation cho biết.")
        #expect(analysis.quotes.first?.speaker == "người phát ngôn của Enthrall Aviation")
        #expect(analysis.quotes.first?.named == false)
        #expect(analysis.entities(.organization) == ["Enthrall Aviation"])
    }

    /// A description ends before a word that marks the verb's time or addition: the predicate after it is
    /// no part of who spoke.
    @Test func aDescriptionEndsBeforeTheWordsOfItsPredicate() {
        let analysis = Analyze.paragraphs(
            "Cư dân mạng cũng vào trang cá nhân của nam diễn viên bình luận: \"Học càng kỹ càng tốt, không sao cả.\"",
            "The prime minister's official spokesman also told reporters: \"The words were his own, and clear.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Cư dân mạng", "The prime minister's official spokesman"])
    }

    /// `cha nuôi của X chia sẻ:`: a relative's word, `của` and a name opening the clause that speaks make
    /// the relative the speaker, described, not the person named.
    @Test func aRelativeOfANamedPersonSpeaksNotThePerson() {
        let analysis = Analyze.paragraphs(
            "Đáp lại sự tò mò của dư luận, cha nuôi của Lê Thu Hà chia sẻ: \"Tôi không có nghĩa vụ phải trả lời về "
                + "vấn đề này\".")
        #expect(analysis.quotes.first?.speaker == "cha nuôi của Lê Thu Hà")
        #expect(analysis.quotes.first?.named == false)
    }

    /// `Chủ doanh nghiệp Đ.H. tại tỉnh X cho biết:`, `Lái xe T. ...`: a person news will not name is written
    /// by an initial; its full stop before a lowercase word ends no sentence, and after a word for someone
    /// unnamed (`lái xe`, `sản phụ`) the initial is that person, so the place after it does not speak.
    @Test func aPersonWrittenByAnInitialSpeaksNotThePlaceAfterIt() {
        let analysis = Analyze.paragraphs(
            "Chủ doanh nghiệp Đ.H. tại tỉnh Thừa Thiên Huế cho biết: \"Mỗi năm chi phí qua trạm khoảng 10 tỷ đồng\".",
            "Lái xe T. chuyên chở hàng hóa tuyến Huế - Đà Nẵng cảm thấy \"điêu đứng\" trước thông tin tăng phí. "
                + "\"Bây giờ không qua hầm thì phải đi đường đèo\".")
        #expect(analysis.quotes.map(\.speaker) == ["Đ.H", "T"])
    }

    /// `..., say the Tories.`: an English speech verb after a comma with its subject after it, ending the
    /// sentence, attributes the sentence's quotation, not the body named inside it.
    @Test func anInvertedAttributionEndingTheSentenceSpeaks() {
        let analysis = Analyze.paragraphs(
            "A \"taxpayer subsidised propaganda exercise\" on the treaty is being used to lull the public into a false "
                + "sense of security, say the Tories.",
            "Rail fares \"will rise faster than wages for a decade\" under the plan, Ms Okafor told Reuters.")
        #expect(analysis.quotes.map(\.speaker) == ["Tories", "Okafor"])
    }

    /// `", lời ông Minh.`: `lời` (the words of) right after a quotation names whose words they were.
    @Test func theWordsOfAPersonAfterAQuotationAreHis() {
        let analysis = Analyze.paragraphs(
            "Ông Trần Đình Minh nói không ai làm thép mãi được. Khi hoàn thành Dung Quất 2 thì đạt trên 200.000 tỷ đồng "
                + "doanh thu. \"Sớm muộn cũng phải đa ngành, nhưng không bằng mọi giá\", lời ông Minh.")
        #expect(analysis.quotes.map(\.speaker) == ["Trần Đình Minh"])
    }

    /// `" - tiến sĩ X, nhà sinh lý học ... tại Trung tâm Y, giải thích`: a person opening the words after the
    /// mark, past a title, speaks however far the verb.
    @Test func aTitledPersonOpeningTheWordsAfterTheMarkSpeaksHoweverFarTheVerb() {
        let analysis = Analyze.paragraphs(
            "\"Hiểu được các hình thức hoạt động thể chất đóng góp như thế nào đối với não bộ là rất quan trọng\" - tiến "
                + "sĩ Noah Kellerman, nhà sinh lý học thể dục và là điều phối viên dự án tại Trung tâm Chăm sóc lão khoa "
                + "Baycrest, giải thích trên Medical Xpress.")
        #expect(analysis.quotes.map(\.speaker) == ["Noah Kellerman"])
    }

    /// `X đã nói với Thủ tướng Y trong cuộc điện đàm hôm 26/4 rằng: "`: a speech verb whose words run, with no
    /// comma, to `rằng` right before the mark is the quotation's however far back, and its subject speaks, not
    /// the source `Theo` names at the sentence's start.
    @Test func aSpeechVerbRunningToRằngIsTheQuotationsHoweverFar() {
        let analysis = Analyze.paragraphs(
            "Theo Điều phối viên Hội đồng An ninh Quốc gia Nhà Trắng, Kurt Campbell, Tổng thống Mỹ Joe Biden đã nói với "
                + "Thủ tướng Ấn Độ Narendra Modi trong cuộc điện đàm hôm 26/4 rằng: \"Các bạn hãy cho tôi biết những gì "
                + "các bạn cần\".")
        #expect(analysis.quotes.map(\.speaker) == ["Joe Biden"])
    }
}
