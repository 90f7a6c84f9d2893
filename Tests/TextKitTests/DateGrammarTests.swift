import TextKit
import Testing

/// The one calendar grammar that the publication-date scanner and the analyser's date recognizer share;
/// each reader's own tests (`DateFinderTests`, `DateGrammarReaderTests`) check it reads every form.
@Suite struct DateGrammarTests {
    @Test func monthNamesInAnyCaseWithTheWireAbbreviations() {
        #expect(DateGrammar.month(named: "October") == 10)
        #expect(DateGrammar.month(named: "OCT") == 10)
        #expect(DateGrammar.month(named: "sept") == 9)
        #expect(DateGrammar.month(named: "May") == 5)
        #expect(DateGrammar.month(named: "Mayo") == nil)
        #expect(Set(DateGrammar.monthNumbers.values) == Set(1...12))
    }

    @Test func fullDatesNeedADayAMonthAndAYearOfTheNews() {
        #expect(DateGrammar.isFullDate(day: 18, month: 10, year: 2021))
        #expect(DateGrammar.isFullDate(day: 12, month: 4, year: 1961))
        #expect(!DateGrammar.isFullDate(day: 32, month: 1, year: 2021))
        #expect(!DateGrammar.isFullDate(day: 1, month: 13, year: 2021))
        #expect(!DateGrammar.isFullDate(day: 3, month: 4, year: 1234))  // a score or a code, not a year
        #expect(!DateGrammar.isFullDate(day: 3, month: 4, year: 2500))
    }
}
