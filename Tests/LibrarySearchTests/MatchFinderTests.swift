import Foundation
import LibrarySearch
import Testing

@Suite struct MatchFinderTests {
    func marked(_ text: String, _ query: String, typing: Bool = false) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        let ranges = MatchFinder.ranges(in: text, for: SearchQuery(parsing: query, typing: typing))
        for (offset, scalar) in scalars.enumerated() {
            if ranges.contains(where: { $0.lowerBound == offset }) { result.append("[") }
            result.append(scalar)
            if ranges.contains(where: { $0.upperBound == offset + 1 }) { result.append("]") }
        }
        return String(result)
    }

    @Test func highlightsOriginalWordsForFoldedQueries() {
        #expect(marked("Đại sứ quán Nga tại Bỉ.", "dai su quan") == "[Đại sứ quán] Nga tại Bỉ.")
        #expect(marked("Đại sứ quán Nga tại Bỉ.", "su dai") == "Đại sứ quán Nga tại Bỉ.", "never together here")
        #expect(marked("Ông Lavrov nói.", "lavrov") == "Ông [Lavrov] nói.")
        #expect(marked("Ông Lavrov nói.", "lav", typing: true) == "Ông [Lavrov] nói.")
        #expect(marked("東京の大使館", "大使") == "東京の[大使]館")
        #expect(marked("Cao nguyên và cao nguyên, cao.", "\"cao nguyen\"") == "[Cao nguyên] và [cao nguyên], cao.")
    }

    @Test func diacriticsTypedMatchOnlyThoseAndWordsTypedTogetherMatchTogether() {
        let text = "Đà Nẵng đã tăng đà; ngày mai Biden tới Bỉ, biểu tình ở Nga và Đà Lạt."
        #expect(marked(text, "Đà Nẵng") == "[Đà Nẵng] đã tăng đà; ngày mai Biden tới Bỉ, biểu tình ở Nga và Đà Lạt.")
        #expect(marked(text, "đà") == "[Đà] Nẵng đã tăng [đà]; ngày mai Biden tới Bỉ, biểu tình ở Nga và [Đà] Lạt.")
        #expect(marked(text, "nga") == "Đà Nẵng đã tăng đà; ngày mai Biden tới Bỉ, biểu tình ở [Nga] và Đà Lạt.")
        #expect(marked(text, "Bỉ") == "Đà Nẵng đã tăng đà; ngày mai Biden tới [Bỉ], biểu tình ở Nga và Đà Lạt.")
        #expect(marked(text, "Bỉ", typing: true) == "Đà Nẵng đã tăng đà; ngày mai Biden tới [Bỉ], biểu tình ở Nga và Đà Lạt.")
        #expect(marked("Nẵng và Đà", "Đà Nẵng", typing: false) == "Nẵng và Đà", "apart: the caller asks again")
        let apart = MatchFinder.ranges(in: "Nẵng và Đà", for: SearchQuery(parsing: "Đà Nẵng"), together: false)
        #expect(apart == [0..<4, 8..<10])
    }

    @Test func nfdTextMatchesToo() {
        let nfd = "Đà Nẵng".decomposedStringWithCanonicalMapping
        #expect(MatchFinder.ranges(in: nfd, for: SearchQuery(parsing: "da nang")).count == 1)
        #expect(MatchFinder.ranges(in: nfd, for: SearchQuery(parsing: "da nang"), together: false).count == 2)
    }

    @Test func snippetsShowMatchesInContext() {
        let text = String(repeating: "Lorem ipsum dolor sit amet. ", count: 10) + "Ông Lavrov nói về NATO hôm nay."
            + String(repeating: " Consectetur adipiscing elit.", count: 10)
        let snippets = MatchFinder.snippets(in: text, for: SearchQuery(parsing: "lavrov nato"))
        #expect(snippets.count == 1)
        #expect(snippets[0].contains("Ông Lavrov nói về NATO"))
        #expect(snippets[0].hasPrefix("…") && snippets[0].hasSuffix("…"))
        #expect(MatchFinder.snippets(in: "Short text.", for: SearchQuery(parsing: "short")) == ["Short text."])
    }
}
