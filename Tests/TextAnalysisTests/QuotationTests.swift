import ArticleModel
import TextAnalysis
import Testing

@Suite struct QuotationTests {
    @Test(arguments: [
        ("\"", "\""), ("\u{201C}", "\u{201D}"), ("\u{00AB}", "\u{00BB}"), ("\u{201E}", "\u{201C}"),
        ("\u{300C}", "\u{300D}"), ("\u{300E}", "\u{300F}"), ("\u{2018}", "\u{2019}"),
    ])
    func everyKindOfQuoteMarkIsPaired(open: String, close: String) {
        let analysis = Analyze.paragraphs(
            "Ms Helen Carter said: \(open)We will open three new bus routes this year.\(close) Then she left.")
        #expect(analysis.quotes.map(\.text) == ["We will open three new bus routes this year."])
    }

    /// With no quotation open, a straight mark glued to the next word opens one even right after a full
    /// stop or a colon (`em ."Chúng`, `cho biết:"Nếu`), as careless typing leaves it.
    @Test(arguments: ["Pax đã về thăm quê nhà .", "Pax đã về thăm quê nhà.", "Jolie cho biết:"])
    func aMarkGluedAfterAStopOpensAQuotation(before: String) {
        let analysis = Analyze.paragraphs(
            "\(before)\"Chúng tôi nợ Việt Nam một chuyến ghé thăm, bởi vì Pax mang ơn nơi này\", Angelina Jolie chia sẻ.")
        #expect(analysis.quotes.map(\.text) == ["Chúng tôi nợ Việt Nam một chuyến ghé thăm, bởi vì Pax mang ơn nơi này"])
        #expect(analysis.quotes.map(\.speaker) == ["Angelina Jolie"])
    }

    @Test func apostrophesAreNotQuoteMarks() {
        let analysis = Analyze.paragraphs(
            "The club's manager, who's been there since 2010, didn't comment on the players' wages at all.")
        #expect(analysis.quotes.isEmpty)
        #expect(analysis.terms.isEmpty)
    }

    @Test func unbalancedMarkEndsAtTheParagraph() {
        let texts = [
            "Ông Phạm Văn Hùng nói: \"Chúng tôi chưa có kế hoạch gì cho năm sau cả",
            "Đoạn này không phải là lời trích dẫn của ai và không được nuốt vào.",
        ]
        let analysis = Analyze.blocks(texts)
        #expect(analysis.quotes.count == 1)
        #expect(analysis.quotes[0].span.block == 0)
        #expect(analysis.quotes[0].text == "Chúng tôi chưa có kế hoạch gì cho năm sau cả")
    }

    @Test func runOnQuoteEndsAtTheNextOpeningMarkAndKeepsItsSpeaker() {
        let analysis = Analyze.paragraphs(
            "\"We have worked hard all season and the players deserve this,\" said coach Tom Baker. "
                + "\"It was a long road. \"Now we can rest for a few weeks before the new season starts.\"")
        #expect(analysis.quotes.count == 3)
        #expect(analysis.quote(startingWith: "It was a long road.")?.text == "It was a long road.")
        #expect(analysis.quotes.allSatisfy { $0.speaker == "Tom Baker" })
    }

    @Test func runOnAcrossParagraphsKeepsTheSpeaker() {
        let analysis = Analyze.paragraphs(
            "Bộ trưởng Lê Văn Thành cho biết: \"Chúng tôi sẽ xây thêm hai bệnh viện mới ở miền núi.",
            "\"Ngoài ra, ngân sách cho giáo dục cũng sẽ tăng trong năm tới.\"")
        #expect(analysis.quotes.count == 2)
        #expect(analysis.quotes.allSatisfy { $0.speaker == "Lê Văn Thành" })
    }

    @Test func nestedStraightQuoteStaysInsideTheQuotation() {
        let analysis = Analyze.paragraphs(
            "\"Món phở \"gia truyền\" này đã có từ thời ông tôi, chúng tôi không đổi công thức\", chị Hoa nói.")
        #expect(analysis.quotes.count == 1)
        #expect(analysis.quotes.first?.text.hasPrefix("Món phở \"gia truyền\" này") == true)
        #expect(analysis.quotes.first?.speaker == "Hoa")
    }

    /// The quotation's own curly opening mark again mid-sentence opens a nested quotation; after a
    /// sentence's end it starts a new one.
    @Test func nestedCurlyQuoteOfTheSameMarkStaysInsideTheQuotation() {
        let analysis = Analyze.paragraphs(
            "\u{201C}Nếu chúng ta tiếp cận chương trình này mà nhận định \u{201C}nặng\u{201D} là chưa đủ căn cứ\u{201D}, "
                + "TS Thái Văn Tài khẳng định.")
        #expect(analysis.quotes.count == 1)
        #expect(analysis.quotes.first?.text.hasSuffix("là chưa đủ căn cứ") == true)
        #expect(analysis.quotes.first?.speaker == "Thái Văn Tài")
    }

    @Test func theSameCurlyMarkAfterASentenceStartsANewQuotation() {
        let analysis = Analyze.paragraphs(
            "Bà Lê Thu Hà nói: \u{201C}Chúng tôi đã chuẩn bị suốt một năm trời. \u{201C}Giờ thì mọi thứ đã sẵn sàng cho mùa mới.\u{201D}")
        #expect(analysis.quotes.map(\.text) == ["Chúng tôi đã chuẩn bị suốt một năm trời.",
                                                "Giờ thì mọi thứ đã sẵn sàng cho mùa mới."])
    }

    /// A short quotation right after a noun for a work or an event is its title, even where a verb of the
    /// sentence would attribute it.
    @Test(arguments: ["Khi trở về, anh đã viết ca khúc \"Khóc mùa đông Hà Nội\" rồi hát tặng chị.",
                      "Tại lễ phát động cuộc thi \"Hiểu đúng về tiền, tránh nợ\", bà Lê Thu Hà cho biết sẽ mở rộng.",
                      "Mark Lane said the song \"Dancing in the Rain Again\" was written in a week."])
    func aQuotationAfterAWorkNounIsATitle(text: String) {
        let analysis = Analyze.paragraphs(text)
        #expect(analysis.quotes.isEmpty)
    }

    /// A short phrase in reported speech is a partial quotation of the reporter named before the sentence's
    /// speech verb; one that opens with a capital is a title or a name, a term.
    @Test func aShortPhraseInReportedSpeechIsAPartialQuotation() {
        let analysis = Analyze.paragraphs(
            "Continental Airlines also said that it expects to lose \"hundreds of millions of dollars\" in 2005.",
            "Ông Lê Văn Hòa cho biết chương trình \"Doanh nghiệp đồng hành cùng trường\" sẽ mở rộng.")
        #expect(analysis.quotes.map(\.text) == ["hundreds of millions of dollars"])
        #expect(analysis.quotes.map(\.speaker) == ["Continental Airlines"])
    }

    @Test func shortQuotedWordsAreTermsNotQuotations() {
        let analysis = Analyze.paragraphs(
            "Làng này có \"quy ước nghiêm cấm\" việc chặt cây, và người dân gọi đó là \"luật rừng\".",
            "Critics called the plan \"desperate\" and the minister's \"road map\" was shelved.")
        #expect(analysis.quotes.isEmpty)
        #expect(Set(analysis.terms.map(\.text)) == ["quy ước nghiêm cấm", "luật rừng", "desperate", "road map"])
        #expect(analysis.terms.allSatisfy { $0.speaker == nil })
    }

    @Test func longScareQuoteWithoutSpeakerOrPunctuationIsATerm() {
        let analysis = Analyze.paragraphs("The new timetable promised a \"better and cheaper service for all\" last year.")
        #expect(analysis.quotes.isEmpty)
        #expect(analysis.terms.map(\.text) == ["better and cheaper service for all"])
    }

    @Test func singleQuotesCountOnlyWhenTheyClose() {
        let analysis = Analyze.paragraphs(
            "He said the 'plan is simply not good enough for anyone' and walked out.",
            "Fans' chants and the players' anger lasted for the whole of the second half.")
        #expect(analysis.terms.map(\.text) + analysis.quotes.map(\.text) == ["plan is simply not good enough for anyone"])
    }

    @Test func strayClosingMarkOpensNothing() {
        let analysis = Analyze.paragraphs("Giá đã tăng gấp đôi\", theo báo cáo của công ty trong tuần này.")
        #expect(analysis.quotes.isEmpty)
        #expect(analysis.terms.isEmpty)
    }
}
