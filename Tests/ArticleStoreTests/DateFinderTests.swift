import ArticleModel
@testable import ArticleStore
import Foundation
import Testing
import TextKit

@Suite struct DateFinderTests {
    func day(_ text: String) -> String? {
        DateFinder.firstDate(in: text).map { ArticleDate($0, origin: .text).day }
    }

    @Test func findsTheFirstFullDate() {
        #expect(day("Hà Nội, ngày 18/10/2021, trời mưa.") == "2021-10-18")
        #expect(day("Sáng ngày 5 tháng 3 năm 2020, ...") == "2020-03-05")
        #expect(day("On 27 April 2021 the council met; on 1 May 2021 it voted.") == "2021-04-27")
        #expect(day("Published April 27, 2021.") == "2021-04-27")
        #expect(day("Updated 2023-11-02T10:00") == "2023-11-02")
        #expect(day("白沢町は2024年4月15日から配送を始めた。") == "2024-04-15")
        #expect(day("成都市2025年2月18日电") == "2025-02-18")
    }

    @Test func ignoresPartialAndImpossibleDates() {
        #expect(day("ngày 18/10 và ngày 1/11") == nil)
        #expect(day("31/02/2021 is not a day") == nil)
        #expect(day("score 3/4/12345") == nil)
        #expect(day("no dates here") == nil)
    }

    @Test func frontMatterStrings() {
        let parsed = DateFinder.parseDate("2021-10-18T09:30:00Z")
        #expect(parsed.map { ArticleDate($0, origin: .frontMatter).day } == "2021-10-18")
        #expect(DateFinder.parseDate("18/10/2021").map { ArticleDate($0, origin: .frontMatter).day } == "2021-10-18")
        #expect(DateFinder.parseDate("soon") == nil)
    }

    func dateline(_ blocks: String...) -> String? {
        DateFinder.datelineDate(in: blocks.map { Block(.paragraph, $0) }).map { ArticleDate($0, origin: .text).day }
    }

    /// A date in the body is what the article is about, not when it was published: only a dateline at
    /// the top counts.
    @Test func onlyADatelineAtTheTopIsAPublicationDate() {
        #expect(dateline("Hà Nội, ngày 12/8/2021.") == "2021-08-12")
        #expect(dateline("HÀ NỘI (12/8/2021) - Bộ Y tế cho biết số ca mắc mới giảm mạnh trong tuần qua, theo báo cáo chiều nay.") == "2021-08-12")
        #expect(dateline("LONDON, 3 March 2004 (Reuters) - Shares rose on Wednesday as investors shrugged off the oil price.") == "2004-03-03")
        #expect(dateline("On 12 April 1961, Yuri Gagarin became the first human to journey into outer space, aboard Vostok 1.") == nil)
        #expect(dateline("The profile, written in 2004, begins with the attacks.", "On 11 September 2001 everything changed.") == nil)
        #expect(dateline("Thẻ của bạn hết hạn vào ngày 30/6/2023, vì vậy hãy gia hạn sớm để tránh bị gián đoạn dịch vụ ngân hàng.") == nil)
        #expect(dateline() == nil)
    }

    @Test func compactDatesOfCommentHeaders() {
        #expect(DateFinder.parseDate("20210427").map { ArticleDate($0, origin: .frontMatter).day } == "2021-04-27")
        #expect(DateFinder.parseDate("20211341") == nil)
    }
}

/// The publication-date scanner reads every month name and calendar word of `DateGrammar`.
@Suite struct DateFinderGrammarTests {
    @Test func everyMonthNameOfTheGrammarIsRead() {
        for (name, month) in DateGrammar.monthNumbers {
            let found = DateFinder.firstDate(in: "Published 4 \(name.capitalized) 2021.")
            #expect(found.map { Calendar.utc.component(.month, from: $0) } == month, "\(name)")
        }
    }

    @Test func theVietnameseCalendarWordsAreTheGrammars() {
        let text = "\(DateGrammar.vietnameseDay) 5 \(DateGrammar.vietnameseMonth) 3 \(DateGrammar.vietnameseYear) 2020"
        #expect(DateFinder.firstDate(in: text).map { ArticleDate($0, origin: .text).day } == "2020-03-05")
        #expect(DateFinder.firstDate(in: "1/2/1799") == nil && DateFinder.firstDate(in: "1/2/2101") == nil)
    }
}
