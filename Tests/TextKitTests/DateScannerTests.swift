import Testing
import TextKit

/// The one date scanner and the grammar it reads: the full dates that publication dates are taken
/// from, the number groups the analyser's date rules read, and the days of the calendar.
@Suite struct DateScannerTests {
    func day(_ text: String) -> String? {
        DateScanner(text).firstFullDate().map { "\($0.year)-\($0.month)-\($0.day)" }
    }

    @Test func findsTheFirstFullDate() {
        #expect(day("Hà Nội, ngày 18/10/2021, trời mưa.") == "2021-10-18")
        #expect(day("Sáng ngày 5 tháng 3 năm 2020, ...") == "2020-3-5")
        #expect(day("On 27 April 2021 the council met; on 1 May 2021 it voted.") == "2021-4-27")
        #expect(day("Published April 27, 2021.") == "2021-4-27")
        #expect(day("Updated 2023-11-02T10:00") == "2023-11-2")
        #expect(day("白沢町は2024年4月15日から配送を始めた。") == "2024-4-15")
        #expect(day("成都市2025年2月18日电") == "2025-2-18")
        #expect(day("18th Oct. 2021 and 18.10.2021") == "2021-10-18")
    }

    /// Where each form's date ends: right after its year, or after 日; what follows is not the date's.
    @Test(arguments: [
        ("Hà Nội, ngày 18/10/2021, trời mưa.", "Hà Nội, ngày 18/10/2021"),
        ("Sáng ngày 5 tháng 3 năm 2020, ...", "Sáng ngày 5 tháng 3 năm 2020"),
        ("LONDON, 3 March 2004 (Reuters) -", "LONDON, 3 March 2004"),
        ("Published April 27, 2021.", "Published April 27, 2021"),
        ("Updated 2023-11-02T10:00", "Updated 2023-11-02"),
        ("成都市2025年2月18 日电", "成都市2025年2月18 日"),
    ])
    func theDateEndsWhereItsLastPartEnds(text: String, upToTheEnd: String) throws {
        let found = try #require(DateScanner(text).firstFullDateAndEnd())
        #expect(String(String.UnicodeScalarView(text.unicodeScalars.prefix(found.end))) == upToTheEnd)
    }

    @Test func ignoresPartialAndImpossibleDates() {
        #expect(day("ngày 18/10 và ngày 1/11") == nil)
        #expect(day("31/02/2021 is not a day") == nil)
        #expect(day("29/02/2023, 29/02/2024") == "2024-2-29")  // the first real day
        #expect(day("score 3/4/12345") == nil)
        #expect(day("no dates here") == nil)
    }

    @Test func everyMonthNameOfTheGrammarIsRead() {
        for (name, month) in DateGrammar.monthNumbers {
            #expect(DateScanner("Published 4 \(name.capitalized) 2021.").firstFullDate()?.month == month, "\(name)")
        }
    }

    @Test func theVietnameseCalendarWordsAreTheGrammars() {
        let text = "\(DateGrammar.vietnameseDay) 5 \(DateGrammar.vietnameseMonth) 3 \(DateGrammar.vietnameseYear) 2020"
        #expect(day(text) == "2020-3-5")
        #expect(day("1/2/1799") == nil && day("1/2/2101") == nil)
    }

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

    @Test func calendarDaysExistInTheirMonth() {
        #expect(CalendarDay(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2021, month: 4, day: 31) == nil)
        #expect(CalendarDay(year: 2021, month: 12, day: 31) != nil)
    }

    func group(_ text: String, _ separator: NumberGroup.Separator, maxDigits: Int) -> [Int]? {
        let scalars = Array(text.unicodeScalars)
        return NumberGroup(scalars, 0..<scalars.count, separator: separator, maxDigits: maxDigits)
            .map { group in (0..<group.count).map { group[$0] } }
    }

    @Test func numberGroupsOfSlashesAndDashes() {
        #expect(group("18/10/2021", .slash, maxDigits: 6) == [18, 10, 2021])
        #expect(group("4/2021", .slash, maxDigits: 6) == [4, 2021])
        #expect(group("2015", .slash, maxDigits: 6) == [2015])
        #expect(group("12-3", .dash, maxDigits: 4) == [12, 3])
        #expect(group("5\u{2013}9\u{2013}2024", .dash, maxDigits: 4) == [5, 9, 2024])
        // Not groups: the other separator, a fourth part, a separator at an end, decimals, too many digits.
        #expect(group("12-3", .slash, maxDigits: 6) == nil)
        #expect(group("1/2/3/4", .slash, maxDigits: 6) == nil)
        #expect(group("18/", .slash, maxDigits: 6) == nil)
        #expect(group("/18", .slash, maxDigits: 6) == nil)
        #expect(group("1.000", .slash, maxDigits: 6) == nil)
        #expect(group("1234567", .slash, maxDigits: 6) == nil)
        #expect(group("12345-3", .dash, maxDigits: 4) == nil)
    }
}
