import TextAnalysis
import Testing

/// Who a speech verb's subject is when several people are named around a quotation.
@Suite struct ConversationSpeakerTests {
    @Test func theSubjectBeforeAnAppositionSpeaksNotAPersonInsideIt() {
        let analysis = Analyze.paragraphs(
            "Lê Minh Tâm, đồng nghiệp lâu năm của Phạm Quốc Khánh tại bệnh viện, nói: "
                + "\"Anh ấy luôn làm việc đến tận khuya và không bao giờ than phiền.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Lê Minh Tâm"])
    }

    @Test func reportedSpeechByThePersonBeforeARelativeClause() {
        let analysis = Analyze.paragraphs(
            "Helen Marsh, who trained the young Oliver Grant, told reporters the rider was \"stronger than he has ever been\".")
        #expect(analysis.quotes.map(\.speaker) == ["Helen Marsh"])
    }

    @Test func theSpeakerOfSaidXIsWhomTheNextHeMeans() {
        let analysis = Analyze.paragraphs(
            "Sales of tablets rose again, the Harbour Group survey found.",
            "\"Tablets are now a mainstream purchase for families,\" said Owen Pryce, director of the survey. "
                + "\"More growth is certain as new models reach the shops,\" he added.")
        #expect(analysis.quotes.map(\.speaker) == ["Owen Pryce", "Owen Pryce"])
    }
}
