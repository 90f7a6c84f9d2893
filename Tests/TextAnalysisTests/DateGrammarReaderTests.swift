import ArticleModel
import TextAnalysis
import TextKit
import Testing

/// The analyser's date recognizer reads every month name, weekday and calendar word of `DateGrammar`,
/// the grammar the publication-date scanner reads too.
@Suite struct DateGrammarReaderTests {
    @Test func everyMonthNameOfTheGrammarMakesADate() {
        for name in DateGrammar.monthNumbers.keys {
            let text = "The council met on 4 \(name.capitalized) 2021 in the town hall."
            #expect(Analyze.paragraphs(text).entities(.date).contains("4 \(name.capitalized) 2021"), "\(name)")
        }
    }

    @Test func everyWeekdayOfTheGrammarIsADate() {
        for name in DateGrammar.weekdays {
            #expect(Analyze.paragraphs("The council met on \(name.capitalized) in the town hall.").entities(.date)
                .contains(name.capitalized), "\(name)")
        }
    }

    @Test func fullDatesFollowTheGrammarsYears() {
        let meeting = Analyze.paragraphs("Hội nghị diễn ra ngày 1/11/2021 tại Hà Nội.")
        #expect(meeting.entities(.date).contains("1/11/2021"))
        #expect(!Analyze.paragraphs("Tỷ số là 1/11/1500 sau trận đấu.").entities(.date).contains("1/11/1500"))
    }
}
