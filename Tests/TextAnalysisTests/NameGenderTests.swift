import ArticleModel
import TextAnalysis
import Testing

/// The form of address (`ông`/`bà`, `Mr`/`Ms`) keeps people who share a name apart (the people here are
/// made up).
@Suite struct NameGenderTests {
    @Test func aWomanSharingAMansGivenNameIsAnotherPerson() {
        let analysis = Analyze.paragraphs(
            "Ông Trần Quốc Hà, Giám đốc sở, đã chủ trì cuộc họp sáng nay.",
            "\"Chúng tôi sẽ kiểm tra từng công trình trong tháng tới\", ông Hà nói.",
            "\"Người dân trong xóm rất lo lắng về con đê này\", bà Hà, một người dân, chia sẻ.")
        #expect(analysis.quotes.map(\.speaker) == ["Trần Quốc Hà", "Hà"])
    }

    @Test func aShortFormJoinsTheNameOfItsOwnGender() {
        let analysis = Analyze.paragraphs(
            "Ông Phạm Đức Lan và bà Nguyễn Thị Lan cùng dự buổi lễ ở Hải Phòng.",
            "\"Đây là một ngày rất đáng nhớ với cả gia đình tôi\", bà Lan nói.",
            "\"Chúng tôi đã chuẩn bị buổi lễ này trong nhiều tháng\", ông Lan cho biết.")
        #expect(analysis.quotes.map(\.speaker) == ["Nguyễn Thị Lan", "Phạm Đức Lan"])
    }

    /// `vợ anh X` is his wife X: after a relative's word, `anh` is a possessive and says nothing of X, while
    /// `vợ` says she is a woman; `Chồng của X` (X's husband) says nothing of X.
    @Test func aFormOfAddressAfterARelativesWordIsAPossessive() {
        let analysis = Analyze.paragraphs(
            "Lê Quang Minh có sự nghiệp âm nhạc từ nhỏ và vợ anh Mira Kaur từng là ngôi sao điện ảnh. "
                + "Chồng của Mira Kaur sở hữu khối tài sản lớn.",
            "Cả hai cùng đến dự buổi lễ ở Mumbai.",
            "Trên trang cá nhân, nữ diễn viên viết: \"Chúng tôi cần sự hỗ trợ của các bạn hơn bao giờ hết\".")
        #expect(analysis.quotes.map(\.speaker) == ["Mira Kaur"])
    }

    @Test func englishTitlesKeepAManAndAWomanApart() {
        let analysis = Analyze.paragraphs(
            "Mr Peter Hollis, the council leader, opened the meeting on Tuesday.",
            "\"We cannot keep the library open without more money,\" said Ms Hollis, a local teacher.")
        #expect(analysis.quotes.first?.speaker == "Hollis")
    }

    @Test func aGenderedPronounSpeakerIsTheLatestPersonOfThatGender() {
        let analysis = Analyze.paragraphs(
            "Bà Đặng Thu Nga đã sống ở xóm này hơn 30 năm. Hôm qua, ông Lý Văn Tường tới thăm.",
            "\"Mỗi mùa lũ, cả xóm lại phải dọn đồ lên gác\", bà nói.",
            "\"Năm nay chúng tôi sẽ nâng cấp con đê trước tháng Tám\", ông cho biết.")
        #expect(analysis.quotes.map(\.speaker) == ["Đặng Thu Nga", "Lý Văn Tường"])
    }

    /// `nữ diễn viên Ấn Độ - X` says X is a woman; `vợ chồng X` (the couple X) says nothing of X.
    @Test func aGenderedProfessionBeforeTheNameCountsAndTheCoupleDoesNot() {
        let analysis = Analyze.paragraphs(
            "Năm 2017, bà Sunita Rao giới thiệu nữ diễn viên Ấn Độ - Mira Kaur với đạo diễn.",
            "Sau ba năm kết hôn, vợ chồng Mira Kaur vẫn rất hạnh phúc.",
            "Nói về quá khứ, nữ diễn viên tâm sự: \"Cuộc đời này đã đẩy tôi gục ngã vài lần\".")
        #expect(analysis.quotes.map(\.speaker) == ["Mira Kaur"])
    }
}

