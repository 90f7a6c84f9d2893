import ArticleModel
@testable import LibraryIndex
import LibrarySearch
import Testing

@Suite struct SearchEngineTests {
    /// Four articles, newest first, with their terms as the indexer would make them.
    let index: LibraryIndex = {
        let texts = [
            ("Đại sứ quán Nga tại Bỉ", "Ngoại trưởng Lavrov cho biết đại sứ quán vẫn mở.", "Sergei Lavrov", "Tổ Quốc"),
            ("Da Nang welcomes cruise ships", "Da Nang port said the season starts in March.", "Mary Jones", "Coast Herald"),
            ("NATO và Moscow", "Quan hệ giữa NATO và Moscow căng thẳng. Sứ quán đóng cửa.", "Jens Stoltenberg", "Tổ Quốc"),
            ("東京の大使館", "大使館は東京にある。", "山田太郎", "みなと新聞"),
        ]
        var builder = PostingsBuilder()
        var sequences = WordSequencesBuilder()
        var entries: [IndexEntry] = []
        for (position, (title, body, speaker, source)) in texts.enumerated() {
            let span = TextSpan(block: 0, start: 0, end: 1)
            var article = Article(id: ArticleID(relativePath: "\(position)"), path: "\(position)", title: title,
                                  source: source, blocks: [Block(.lede, body)])
            article.analysis = Analysis(
                quotes: [Quote(text: "q", speaker: speaker, named: true, span: span)],
                entities: [Entity(text: "NATO", type: .organization, canonical: "NATO", span: span)].filter { _ in body.contains("NATO") })
            let terms = SearchTerms.of(article)
            sequences.append(words: terms.words, numbers: builder.add(article: position, terms: terms))
            entries.append(IndexEntry(relativePath: "\(position).txt", title: title, source: source, date: nil,
                                      fingerprint: "", fileSize: 0, modified: 0))
        }
        return LibraryIndex(root: "/lib", sortedEntries: entries, analyses: AnalysisStore(decoded: []),
                            postings: builder.build(positions: Array(0..<texts.count)),
                            wordSequences: sequences.build(order: Array(0..<texts.count)), skipped: [])
    }()

    func titles(_ text: String, typing: Bool = false, context: SearchEngine.Context = .init()) -> [String] {
        SearchEngine(index: index).search(SearchQuery(parsing: text, typing: typing), context: context)
            .map { index.entries[$0.position].title }
    }

    @Test func withoutDiacriticsOrCase() {
        #expect(titles("dai su quan") == ["Đại sứ quán Nga tại Bỉ"])
        #expect(titles("LAVROV") == ["Đại sứ quán Nga tại Bỉ"])
        #expect(titles("da nang") == ["Da Nang welcomes cruise ships"])
        #expect(titles("Đà Nẵng") == [], "typed with diacritics: only those diacritics")
        #expect(titles("BỈ") == ["Đại sứ quán Nga tại Bỉ"])
        #expect(titles("bì") == [])
    }

    @Test func diacriticsTypedAreDiacriticsMatched() {
        let index = Self.index(of: [
            ("Đà Nẵng đón khách", "Du lịch Đà Nẵng tăng đà phục hồi."),
            ("Đã xong", "Công trình đã xong, da giày xuất khẩu."),
            ("Nga và Bỉ", "Ngày mai, Biden tới Bỉ; biểu tình ở Nga."),
            ("Quảng Nam", "Đà tăng trưởng chậm lại; Nẵng là tên riêng."),
        ])
        func titles(_ text: String, typing: Bool = false) -> [String] {
            SearchEngine(index: index).search(SearchQuery(parsing: text, typing: typing))
                .map { index.entries[$0.position].title }.sorted()
        }
        #expect(titles("đà") == ["Quảng Nam", "Đà Nẵng đón khách"])
        #expect(titles("Đã") == ["Đã xong"])
        #expect(titles("da") == ["Quảng Nam", "Đà Nẵng đón khách", "Đã xong"])
        #expect(titles("Bỉ") == ["Nga và Bỉ"])
        #expect(titles("nga") == ["Nga và Bỉ"], "a whole word after Enter: not \"ngày\"")
        #expect(titles("ng", typing: true).contains("Nga và Bỉ"))
        #expect(titles("Bỉ", typing: true) == ["Nga và Bỉ"], "a prefix with diacritics keeps them")
        // Together first, and only: "Quảng Nam" has "Đà" and "Nẵng" apart.
        #expect(titles("Đà Nẵng") == ["Đà Nẵng đón khách"])
        #expect(titles("da nang") == ["Đà Nẵng đón khách"])
        #expect(titles("Đà Nẵng", typing: true) == ["Quảng Nam", "Đà Nẵng đón khách"], "while typing, apart ones follow")
        #expect(titles("tăng chậm") == ["Quảng Nam"], "never together: all the words anywhere")
        #expect(titles("\"Đà\" \"Nẵng\"") == ["Quảng Nam", "Đà Nẵng đón khách"], "quoted one by one: anywhere")
        #expect(titles("foo:bar").isEmpty)
        #expect(SearchQuery(parsing: "foo:bar").unknownField == "foo:")
        #expect(SearchQuery(parsing: "10:30 tag:x is:read").unknownField == nil)
    }

    @Test func bestMatchesFirstThenNewest() {
        // "su quan" occurs in articles 0 (title x3 + body) and 2 (body once).
        #expect(titles("sứ quán") == ["Đại sứ quán Nga tại Bỉ", "NATO và Moscow"])
        let results = SearchEngine(index: index).search(SearchQuery(parsing: "nato"))
        #expect(results.map(\.matches) == [4], "three for the title, one in the body")
    }

    @Test func exclusionFieldsAndFlags() {
        #expect(titles("sứ quán -moscow") == ["Đại sứ quán Nga tại Bỉ"])
        #expect(titles("speaker:lavrov") == ["Đại sứ quán Nga tại Bỉ"])
        #expect(titles("speaker:\"jens stoltenberg\"") == ["NATO và Moscow"])
        #expect(titles("entity:nato") == ["NATO và Moscow"])
        #expect(titles("source:\"to quoc\"") == ["Đại sứ quán Nga tại Bỉ", "NATO và Moscow"])
        let bookmarked = SearchEngine.Context(hasFlag: { flag, position in flag == .bookmarked && position == 1 })
        #expect(titles("is:bookmarked", context: bookmarked) == ["Da Nang welcomes cruise ships"])
        #expect(titles("-is:bookmarked", context: bookmarked).count == 3)
    }

    @Test func phrasesMatchTheirWordsInOrderFromTheIndex() {
        // Both articles have "sứ" and "quán"; "quan su" (reversed) is in neither.
        #expect(titles("\"quan su\"") == [])
        #expect(titles("\"sứ quán\"") == ["Đại sứ quán Nga tại Bỉ", "NATO và Moscow"])
        // Once in the title and once in the body; the phrase count is what ranks.
        let found = SearchEngine(index: index).search(SearchQuery(parsing: "\"dai su quan\""))
        #expect(found.map(\.position) == [0] && found.map(\.matches) == [2])
        // The title's last word and the body's first follow each other too, as in the reading pane.
        #expect(titles("\"bi ngoai truong\"") == ["Đại sứ quán Nga tại Bỉ"])
        #expect(titles("\"nato va moscow quan he\"") == ["NATO và Moscow"])
        #expect(titles("\"moscow nato\"") == [])
        #expect(titles("\"dai su quan\" -\"nga tai bi\"") == [])
        #expect(titles("\"大使館\"") == ["東京の大使館"])
        #expect(titles("\"館東\"") == [])
    }

    /// An index of articles given as title and body, newest first, without analysis.
    /// An index of `articles` (title, body); `places[n]` are the places the analysis found in article n.
    static func index(of articles: [(String, String)], places: [[String]] = []) -> LibraryIndex {
        var builder = PostingsBuilder()
        var sequences = WordSequencesBuilder()
        var entries: [IndexEntry] = []
        for (position, (title, body)) in articles.enumerated() {
            var article = Article(id: ArticleID(relativePath: "\(position)"), path: "\(position)", title: title,
                                  blocks: [Block(.paragraph, body)])
            let span = TextSpan(block: 0, start: 0, end: 1)
            article.analysis.entities = (position < places.count ? places[position] : []).map {
                Entity(text: $0, type: .place, canonical: $0, span: span)
            }
            let terms = SearchTerms.of(article)
            sequences.append(words: terms.words, numbers: builder.add(article: position, terms: terms))
            entries.append(IndexEntry(relativePath: "\(position).txt", title: title, source: nil, date: nil,
                                      fingerprint: "", fileSize: 0, modified: 0))
        }
        let order = Array(articles.indices)
        return LibraryIndex(root: "/lib", sortedEntries: entries, analyses: AnalysisStore(decoded: []),
                            postings: builder.build(positions: order), wordSequences: sequences.build(order: order),
                            skipped: [])
    }

    @Test func aFieldValueOfSeveralWordsIsOneWholeName() {
        let index = Self.index(of: [
            ("Phố Kim Mã", "Tắc đường ở Kim Mã."),
            ("Triều Tiên và Malaysia", "Ông Kim Jong Un gặp đại diện Mã Lai."),
            ("Đường Kim Mã Thượng", "Sửa đường Kim Mã Thượng."),
        ], places: [["Kim Mã"], ["Kim Jong Un", "Mã Lai"], ["Kim Mã Thượng"]])
        func titles(_ text: String) -> [String] {
            SearchEngine(index: index).search(SearchQuery(parsing: text)).map { index.entries[$0.position].title }
        }
        #expect(titles("entity:\"Kim Mã\"") == ["Phố Kim Mã"], "the name whole, not its words in two entities")
        #expect(titles("entity:\"kim ma\"") == ["Phố Kim Mã"], "folded like every field")
        #expect(titles("entity:\"Kim Mã Thượng\"") == ["Đường Kim Mã Thượng"])
        #expect(titles("entity:kim").count == 3, "one word: every name with it")
        #expect(titles("entity:\"Mã Kim\"").isEmpty)
    }

    @Test func wordsTypedTogetherRankArticlesWithThemTogetherFirst() {
        let index = Self.index(of: [
            ("Giao hàng", "Giao dịch và thông tin, giao lưu, thông báo: giao hàng thông minh."),
            ("Tin ngắn", "Ùn tắc giao thông sáng nay."),
            ("Thông báo", "Thông báo về giao ban."),
        ])
        func titles(_ text: String, typing: Bool = false) -> [String] {
            SearchEngine(index: index).search(SearchQuery(parsing: text, typing: typing))
                .map { index.entries[$0.position].title }
        }
        // The first has the most matches and is the newest, but never "giao" right before "thông": only
        // the article with them together matches.
        #expect(titles("giao thong") == ["Tin ngắn"])
        #expect(titles("thong giao") == ["Giao hàng", "Thông báo", "Tin ngắn"], "\"thông giao\" is nowhere: by matches")
        #expect(titles("giao thong sang") == ["Tin ngắn"])
        // The word being typed is left out of the phrase: "giao" alone ranks by matches.
        #expect(titles("giao thong", typing: true).first == "Tin ngắn")
        #expect(titles("giao th", typing: true) == ["Giao hàng", "Thông báo", "Tin ngắn"])
    }

    @Test func cjkMatchesCharacterByCharacter() {
        #expect(titles("大使館") == ["東京の大使館"])
        #expect(titles("東京") == ["東京の大使館"])
    }

    @Test func typingMatchesThePrefixOfTheLastWord() {
        #expect(titles("lav", typing: true) == ["Đại sứ quán Nga tại Bỉ"])
        #expect(titles("lav") == [])
        #expect(titles("cruise shi", typing: true) == ["Da Nang welcomes cruise ships"])
    }

    @Test func emptyQueryFindsNothing() {
        #expect(titles("") == [])
        #expect(titles("nothingmatchesthis") == [])
    }
}
