@testable import Feeds
import Foundation
import Testing

@Suite struct FeedDateTests {
    /// 2006-01-02 15:04:05 UTC.
    static let reference = Date(timeIntervalSince1970: 1_136_214_245)

    @Test(arguments: [
        "Mon, 02 Jan 2006 15:04:05 GMT", "Mon, 02 Jan 2006 15:04:05 +0000", "02 Jan 2006 15:04:05 UT",
        "Mon, 2 Jan 06 15:04:05 Z", "Mon, 02 Jan 2006 10:04:05 EST", "Mon, 02 Jan 2006 22:04:05 +0700",
        "Monday, January 2, 2006 3:04:05 PM GMT", "Mon Jan  2 15:04:05 2006", "Mon, 02 Jan 2006 08:04:05 PDT",
        "2006-01-02T15:04:05Z", "2006-01-02T22:04:05+07:00", "2006-01-02T15:04:05", "2006-01-02 15:04:05",
        "2006-01-02T10:04:05-0500", "  2006-01-02T15:04:05.000Z ",
    ])
    func readsTheFormatsFeedsWrite(text: String) {
        #expect(FeedDate.parse(text) == Self.reference, "\(text)")
    }

    @Test func keepsFractionsAndDayOnlyDates() {
        #expect(FeedDate.parse("2006-01-02T15:04:05.25Z") == Self.reference.addingTimeInterval(0.25))
        #expect(FeedDate.parse("2006-01-02") == Date(timeIntervalSince1970: 1_136_160_000))
        #expect(FeedDate.parse("Mon, 02 Jan 2006 15:04 GMT") == Self.reference.addingTimeInterval(-5))
        #expect(FeedDate.parse("1 Jan 99 00:00:00 GMT") == Date(timeIntervalSince1970: 915_148_800))
    }

    @Test(arguments: ["", "yesterday", "2006-13-02", "Mon, 31 Feb 2006 10:00:00 GMT", "32 Jan 2006", "12:00",
                      "Mon, 02 Foo 2006 15:04:05 GMT", "2006-01-02T25:00:00Z", "\u{0}\u{1}", String(repeating: "9", count: 500)])
    func anUnusableDateIsNil(text: String) {
        #expect(FeedDate.parse(text) == nil, "\(text)")
    }
}
