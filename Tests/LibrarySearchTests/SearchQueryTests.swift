import LibrarySearch
import Testing

@Suite struct SearchQueryTests {
    @Test func wordsKeepTheirDiacriticsOrFoldAndAreAllRequired() {
        let query = SearchQuery(parsing: "Đại  SỨ quan")
        #expect(query.required == [.words(["=đại"]), .words(["=sứ"]), .words(["quan"])])
        #expect(SearchQuery(parsing: "DAI su").required == [.words(["dai"]), .words(["su"])])
        #expect(query.excluded.isEmpty)
        #expect(!query.lastWordIsPrefix)
    }

    @Test func phrasesExclusionsAndFields() {
        let query = SearchQuery(parsing: #""đại sứ quán" -Moscow speaker:Lavrov entity:NATO source:"Tổ Quốc" is:bookmarked is:UNREAD"#)
        #expect(query.required == [
            .phrase(["=đại", "=sứ", "=quán"]), .field(.speaker, ["lavrov"]), .field(.entity, ["nato"]),
            .field(.source, ["to", "quoc"]), .flag(.bookmarked), .flag(.unread),
        ])
        #expect(query.excluded == [.words(["moscow"])])
    }

    @Test func curlyQuotesNegatedPhrasesAndOddInput() {
        #expect(SearchQuery(parsing: "“chien tranh lanh”").required == [.phrase(["chien", "tranh", "lanh"])])
        #expect(SearchQuery(parsing: #"-"liên minh""#).excluded == [.phrase(["=liên", "minh"])])
        #expect(SearchQuery(parsing: "covid-19").required == [.words(["covid", "19"])])
        #expect(SearchQuery(parsing: "10:30 time:now").required == [.words(["10", "30"]), .words(["time", "now"])])
        #expect(SearchQuery(parsing: "10:30 time:now").unknownField == "time:")
        #expect(SearchQuery(parsing: "tag:\"nông nghiệp\"").required == [.field(.tag, ["nong", "nghiep"])])
        #expect(SearchQuery(parsing: "  - \" \" speaker: is:nothing ").isEmpty == false)
        #expect(SearchQuery(parsing: "   ").isEmpty)
        #expect(SearchQuery(parsing: "\"unclosed phrase").required == [.phrase(["unclosed", "phrase"])])
    }

    @Test func theWordBeingTypedIsAPrefix() {
        #expect(SearchQuery(parsing: "lavr", typing: true).lastWordIsPrefix)
        #expect(!SearchQuery(parsing: "lavr ", typing: true).lastWordIsPrefix)
        #expect(!SearchQuery(parsing: "lavr", typing: false).lastWordIsPrefix)
        #expect(!SearchQuery(parsing: "speaker:lav", typing: true).lastWordIsPrefix)
    }
}
