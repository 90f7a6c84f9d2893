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
}
