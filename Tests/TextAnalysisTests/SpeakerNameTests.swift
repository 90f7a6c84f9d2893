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
}
