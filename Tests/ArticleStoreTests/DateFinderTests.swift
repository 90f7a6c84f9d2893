import ArticleModel
@testable import ArticleStore
import Foundation
import Testing

/// What ArticleStore makes of the dates TextKit's `DateScanner` reads (its own tests are
/// `DateScannerTests`): a dateline's date, front-matter strings, midnight UTC.
@Suite struct DateFinderTests {
    @Test func aFullDateInTheTextIsItsDayAtMidnightUTC() {
        #expect(DateFinder.firstDate(in: "Published April 27, 2021.").map { ArticleDate($0, origin: .text).day } == "2021-04-27")
        #expect(DateFinder.firstDate(in: "Published April 27, 2021.")?.timeIntervalSince1970 == 1_619_481_600)
        #expect(DateFinder.firstDate(in: "31/02/2021 is not a day") == nil)
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
