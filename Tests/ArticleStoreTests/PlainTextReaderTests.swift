import ArticleModel
import Foundation
@testable import ArticleStore
import Testing

@Suite struct PlainTextReaderTests {
    /// The wire shape, in original words: `(Source) - lede`, title, one paragraph per line, a subheading.
    let wire = """
        (Tin Sáng) - Hội An mở lại phố đi bộ sau ba tuần sửa chữa, chính quyền thành phố cho biết hôm qua.
        Hội An mở lại phố đi bộ ven sông
        Chủ tịch UBND thành phố Nguyễn Văn An ngày 3/4 cho biết phố đi bộ sẽ mở từ tối thứ Bảy.
        "Chúng tôi đã sửa xong mặt đường và hệ thống đèn", ông An nói.
        Du khách trở lại
        Nhiều du khách đã quay lại khu phố cổ trong dịp cuối tuần, theo ghi nhận của phóng viên.
        """

    @Test func wireShapeGivesSourceLedeTitleAndHeading() {
        let article = PlainTextReader.parse(wire)
        #expect(article.title == "Hội An mở lại phố đi bộ ven sông")
        #expect(article.source == "Tin Sáng")
        #expect(article.blocks.map(\.kind) == [.lede, .paragraph, .paragraph, .heading, .paragraph])
        #expect(article.blocks[0].text.hasPrefix("Hội An mở lại phố đi bộ sau ba tuần"))
        #expect(article.blocks[3].text == "Du khách trở lại")
    }

    @Test func commonShapeTitleBlankLineParagraphs() {
        let text = """
            Council approves new cycle lanes

            The city council approved three new cycle lanes on Tuesday.

            "This is a good day for everyone who rides to work," said councillor Mary Jones.
            """
        let article = PlainTextReader.parse(text)
        #expect(article.title == "Council approves new cycle lanes")
        #expect(article.source == nil)
        #expect(article.blocks.map(\.kind) == [.lede, .paragraph])
        #expect(article.blocks[1].text.hasPrefix("\"This is a good day"))
    }

    @Test func hardWrappedParagraphsAreJoined() {
        let text = """
            A wrapped report

            The first paragraph of this report was wrapped at a fixed width by
            the program that saved it, as old wire copy and mailing lists often
            are, and should read as one paragraph.

            Second paragraph.
            """
        let article = PlainTextReader.parse(text)
        #expect(article.blocks.count == 2)
        #expect(article.blocks[0].text.contains("width by the program"))
    }

    @Test func aLongFirstLineIsNotATitle() {
        let paragraph = String(repeating: "Một câu rất dài về du lịch và ẩm thực của Hà Nội. ", count: 5)
        let article = PlainTextReader.parse(paragraph + "\n\nĐoạn thứ hai.")
        #expect(article.title == "Một câu rất dài về du lịch và ẩm thực của Hà Nội")
        #expect(article.blocks.count == 2)
    }

    /// An article without a title line is titled by its first sentence: cut at a stop before a space or
    /// the paragraph's end, not inside a number or an abbreviation; a long one is cut at 99 characters.
    @Test(arguments: [
        ("Giá tăng 1.000 đồng tại TP.HCM hôm nay! Người dân lo lắng.", "Giá tăng 1.000 đồng tại TP.HCM hôm nay"),
        ("Có thật không? Ai biết.", "Có thật không"),
        ("Không có dấu chấm ở cuối", "Không có dấu chấm ở cuối"),
        ("Kết thúc bằng dấu chấm.", "Kết thúc bằng dấu chấm"),
        (String(repeating: "ẩm thực ", count: 20) + "là thế.", String(repeating: "ẩm thực ", count: 20).prefix(99) + "…"),
    ])
    func withoutATitleLineTheFirstSentenceIsTheTitle(paragraph: String, title: String) {
        #expect(PlainTextReader.fallbackTitle(from: [Block(.paragraph, paragraph)]) == title)
    }

    /// A line's length is counted up to the bound a caller compares it with: exact up to it, one more
    /// beyond; in characters, also where scalars are not characters (a decomposed accent, an emoji flag).
    @Test(arguments: [
        ("abc", 5, 3), ("abc", 3, 3), ("abcdef", 3, 4), ("Đà Nẵng", 10, 7), ("", 0, 0),
        ("e\u{301}e\u{301}e\u{301}", 5, 3), ("e\u{301}e\u{301}e\u{301}", 1, 2), ("🇻🇳🇻🇳", 1, 2), ("🇻🇳🇻🇳", 4, 2),
    ])
    func characterCountStopsPastItsBound(text: String, limit: Int, expected: Int) {
        #expect(text.characterCount(upTo: limit) == expected)
    }

    /// Words counted on bytes are the words split at spaces as characters, also where a space carries a
    /// combining mark (and so is no space) or runs of spaces repeat.
    @Test(arguments: ["Tin  nóng   trong ngày", " Đà Nẵng ", "", "   ", "Bão số 5", "a \u{301}b c", "Café Zürich 🇻🇳 x"])
    func wordCountIsTheCharacterSplit(text: String) {
        #expect(PlainTextReader.wordCount(text) == text.split(separator: " ").count)
    }

    /// A mark is found among single-scalar marks as the character comparison finds it, not when a
    /// combining mark rides on it.
    @Test func marksAreSingleScalarCharacters() {
        #expect(PlainTextReader.isMark("…", in: ".!?…") && PlainTextReader.isMark("”", in: "\"”»"))
        #expect(!PlainTextReader.isMark("a", in: ".!?…") && !PlainTextReader.isMark(".\u{301}", in: ".!?…"))
    }

    @Test func wireLedeNeedsParenthesesAndADash() {
        #expect(PlainTextReader.splitWireLede("(Tổ Quốc) - Moscow") ?? ("", "") == ("Tổ Quốc", "Moscow"))
        #expect(PlainTextReader.splitWireLede("(AP) — Paris") ?? ("", "") == ("AP", "Paris"))
        #expect(PlainTextReader.splitWireLede("(Note) without a dash") == nil)
        #expect(PlainTextReader.splitWireLede("Plain line") == nil)
    }

    /// Corpora such as CP_Vietnamese-UNC keep metadata in comment lines: metadata, never title or text.
    @Test func commentMetadataLinesAreMetadata() {
        let article = PlainTextReader.parse("""
            # doc_id = 12345
            # url = https://example.vn/bai-viet
            # date = 20210427
            Giá lúa tăng mạnh

            Giá lúa tại Đồng bằng sông Cửu Long tăng mạnh trong tuần qua.

            # sent_id = 2
            Nông dân phấn khởi.
            """)
        #expect(article.title == "Giá lúa tăng mạnh")
        #expect(article.url == "https://example.vn/bai-viet")
        #expect(article.date.map { ArticleDate($0, origin: .frontMatter).day } == "2021-04-27")
        #expect(!article.blocks.contains { $0.text.contains("#") })
        #expect(article.blocks.map(\.text).last == "Nông dân phấn khởi.")
    }

    @Test func photoCaptionsAreNeitherTitleNorSubheading() {
        let article = PlainTextReader.parse("""
            Người dân xếp hàng chờ tiêm vaccine tại Hà Nội (Ảnh: Reuters).
            Hà Nội đẩy nhanh tiêm chủng
            Thành phố đặt mục tiêu tiêm xong mũi hai trước cuối tháng, theo Sở Y tế cho biết hôm qua.
            Photo: Nguyen Van A
            Các điểm tiêm mở cửa từ sáng sớm đến tối muộn, kể cả cuối tuần, để người dân đến tiêm.
            """)
        #expect(article.title == "Hà Nội đẩy nhanh tiêm chủng")
        #expect(!article.blocks.contains { $0.kind == .heading })
        #expect(article.blocks.map(\.kind) == [.lede, .paragraph, .paragraph, .paragraph])
        #expect(article.blocks[1].text.hasSuffix("(Ảnh: Reuters)."), "the caption stays, as text")
        #expect(PlainTextReader.isCaption("Khách du lịch tại phố cổ. Ảnh: TTXVN"))
        #expect(!PlainTextReader.isCaption("Ảnh hưởng của bão số 3"))
    }

    /// The byte check is written apart from the list of marks: every mark of the list, in any case and
    /// inside a line, must get past it, so that a mark added to the list is not skipped unseen.
    @Test func everyCaptionMarkGetsPastTheByteCheck() {
        for mark in PlainTextReader.captionMarks {
            for line in [mark, mark.uppercased(), "Tàu cập cảng (" + mark + " AP)", mark.decomposedStringWithCanonicalMapping] {
                #expect(PlainTextReader.mayHoldCaptionMark(line), "\(line)")
            }
        }
    }

    /// The byte check that spares most lines the full search keeps every kind of mark: in any case, at
    /// the start or in the tail, with a colon, `ảnh minh họa` or `photo`, and in decomposed Unicode.
    @Test func captionMarksAreFoundInAnyCaseAndForm() {
        #expect(PlainTextReader.isCaption("ẢNH MINH HỌA"))
        #expect(PlainTextReader.isCaption("Cánh đồng lúa chín vàng. Ảnh minh hoạ"))
        #expect(PlainTextReader.isCaption("PHOTO BY Jane Doe"))
        #expect(PlainTextReader.isCaption("Crowds at the harbour (Picture: AP)"))
        #expect(PlainTextReader.isCaption("Tàu cập cảng - Nguồn ảnh: VnExpress"))
        #expect(PlainTextReader.isCaption("Ảnh minh họa: cảng Tiên Sa".decomposedStringWithCanonicalMapping))
        #expect(PlainTextReader.isCaption("Cánh đồng lúa chín vàng. Ảnh minh hoạ".decomposedStringWithCanonicalMapping))
        #expect(!PlainTextReader.isCaption("Ông Minh cho biết tàu sẽ cập cảng vào sáng mai."))
        #expect(!PlainTextReader.isCaption("The photographer waited all day: nothing came."))
        #expect(!PlainTextReader.isCaption("Giá lúa tăng mạnh trong tháng qua"))
        #expect(PlainTextReader.mayHoldCaptionMark("Khách ở phố cổ. PhOtO"))
        #expect(!PlainTextReader.mayHoldCaptionMark("Khách du lịch ở phố cổ Hội An"))
        #expect(!PlainTextReader.mayHoldCaptionMark("Ông Nam cho biết: tàu sẽ cập cảng"))
        #expect(PlainTextReader.mayHoldCaptionMark("Đám đông ở cảng (IMAGE: AP)"))
        // A name is not the mark it shares a word with.
        #expect(!PlainTextReader.mayHoldCaptionMark("Ông Nguyễn Văn Minh và bà Thanh Minh cho biết"))
    }
}
