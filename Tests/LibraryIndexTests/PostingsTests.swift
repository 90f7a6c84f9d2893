import ArticleModel
import ArticleStore
import Foundation
@testable import LibraryIndex
import Testing

@Suite struct PostingsTests {
    @Test func wordsAreFoldedRunsAndCJKCharactersStandAlone() {
        #expect(SearchTerms.words("dai su quan nga, tai bi.") == ["dai", "su", "quan", "nga", "tai", "bi"])
        #expect(SearchTerms.words("東京で会議 2024年") == ["東", "京", "で", "会", "議", "2024", "年"])
        #expect(SearchTerms.words("covid-19 u23") == ["covid", "19", "u23"])
    }

    @Test func articleTermsIncludeFieldsAndWeighTitles() {
        let span = TextSpan(block: 0, start: 0, end: 1)
        var article = Article(id: ArticleID(relativePath: "a"), path: "a", title: "Đại sứ quán Nga",
                              source: "Tổ Quốc", blocks: [Block(.lede, "Nga và NATO.")])
        article.analysis = Analysis(
            quotes: [Quote(text: "...", speaker: "Sergei Lavrov", named: true, span: span),
                     Quote(text: "...", speaker: "một người dân", named: false, span: span)],
            entities: [Entity(text: "Lavrov", type: .person, canonical: "Sergei Lavrov", span: span)])
        let terms = SearchTerms.of(article)
        #expect(terms["nga"] == 4)
        #expect(terms["dai"] == 3)
        #expect(terms["nato"] == 1)
        #expect(terms["speaker:lavrov"] == 1 && terms["speaker:sergei"] == 1)
        #expect(terms["speaker:nguoi"] == nil, "unnamed speakers are not names")
        #expect(terms["entity:lavrov"] == 2 && terms["entity:sergei"] == 1)
        #expect(terms["source:to"] == 1 && terms["source:quoc"] == 1)
    }

    @Test func builtPostingsAnswerExactAndPrefixLookups() throws {
        var builder = PostingsBuilder()
        builder.add(article: 0, terms: ["lavrov": 2, "nga": 1])
        builder.add(article: 1, terms: ["nga": 5, "nato": 1])
        builder.add(article: 2, terms: ["lavrova": 1])
        // Build positions 0, 1, 2 end up at sorted positions 2, 0, 1.
        let postings = try Postings(section: builder.encode(positions: [2, 0, 1]))
        #expect(postings.count == 4)
        #expect(postings.hits(for: "nga") == [.init(position: 0, occurrences: 5), .init(position: 2, occurrences: 1)])
        #expect(postings.hits(for: "lavrov") == [.init(position: 2, occurrences: 2)])
        #expect(postings.hits(for: "lavro") == [])
        #expect(postings.hits(for: "zzz") == [])
        #expect(postings.terms(withPrefix: "lav") == ["lavrov", "lavrova"])
        #expect(postings.terms(withPrefix: "n") == ["nato", "nga"])
        #expect(Postings.empty.hits(for: "x") == [])
    }

    /// Gap and occurrences share a byte when both are small, and take more bytes when they are not.
    @Test func packedPostingsKeepEveryGapAndCount() throws {
        var builder = PostingsBuilder()
        let counts = [1, 2, 3, 4, 5, 130, 70_000]
        let articles = [0, 1, 31, 32, 200, 20_000, 3_000_000]
        for (article, occurrences) in zip(articles, counts) { builder.add(article: article, terms: ["nga": occurrences]) }
        let positions = Array(0...3_000_000)
        let postings = try Postings(section: builder.encode(positions: positions))
        #expect(postings.hits(for: "nga") == zip(articles, counts).map { .init(position: $0, occurrences: $1) })
        var small = PostingsBuilder()
        small.add(article: 0, terms: ["a": 1])
        small.add(article: 1, terms: ["a": 3])
        // The row, the term, then the count and one byte for each posting.
        #expect(small.encode(positions: [0, 1]).count == 8 + Postings.rowSize + 1 + 1 + 2)
    }

    /// Thousands of lists, common words and words of one article, grow side by side in the builder:
    /// each comes back whole, in the sorted order.
    @Test func manyInterleavedListsComeBackWhole() {
        var builder = PostingsBuilder()
        var expected: [String: [Postings.Hit]] = [:]
        let articles = 3000
        for article in 0..<articles {
            var counts = ["only\(article)": 1]
            for word in [article % 7, article % 50 + 7, article * 31 % 1000 + 100] { counts["w\(word)"] = article % 5 + 1 }
            builder.add(article: article, terms: counts)
            for (term, occurrences) in counts {
                expected[term, default: []].append(.init(position: articles - 1 - article, occurrences: occurrences))
            }
        }
        #expect(builder.termCount == expected.count)
        let postings = builder.build(positions: (0..<articles).map { articles - 1 - $0 })
        #expect(postings.count == expected.count)
        for (term, hits) in expected { #expect(postings.hits(for: term) == hits.reversed(), "\(term)") }
    }

    @Test func damagedPostingsAreRejected() {
        var builder = PostingsBuilder()
        builder.add(article: 0, terms: ["a": 1])
        var bytes = [UInt8](builder.encode(positions: [0]))
        bytes[9] = 0xFF  // the first term's offset now points past the end
        #expect(throws: (any Error).self) { try Postings(section: Data(bytes)) }
    }

    @Test func incrementalUpdatesKeepPostingsRight() throws {
        let library = try ScratchLibrary()
        let root = library.root
        try library.write("a.txt", "Đại sứ quán mở cửa\n\nNgày 1/2/2020, đại sứ quán thông báo.\n")
        try library.write("b.txt", "Lavrov tới Bỉ\n\nNgày 1/2/2021, ông Lavrov tới Bỉ.\n")
        let (first, _) = try Indexer.update(nil, root: root, analyze: false)
        func titles(_ index: LibraryIndex, _ term: String) -> [String] {
            index.postings.hits(for: term).map { index.entries[$0.position].title }
        }
        #expect(titles(first, "quan") == ["Đại sứ quán mở cửa"])
        #expect(titles(first, "bi") == ["Lavrov tới Bỉ"])

        try library.write("c.txt", "Đại sứ quán mới\n\nNgày 1/2/2022, một đại sứ quán mới.\n")
        try library.remove("b.txt")
        let (second, _) = try Indexer.update(first, root: root, analyze: false)
        #expect(titles(second, "quan") == ["Đại sứ quán mới", "Đại sứ quán mở cửa"])
        #expect(titles(second, "lavrov") == [])

        let loaded = try #require(try library.reloaded(second))
        #expect(titles(loaded, "quan") == ["Đại sứ quán mới", "Đại sứ quán mở cửa"])
        #expect(loaded.postings.hits(for: "dai") == second.postings.hits(for: "dai"))
    }

    /// Where a phrase occurs and how often, from the index's word sequences, by title.
    func phrase(_ index: LibraryIndex, _ words: [String]) -> [String: Int] {
        let numbers = words.compactMap(index.postings.wordNumber(for:))
        guard numbers.count == words.count else { return [:] }
        var found: [String: Int] = [:]
        for position in index.entries.indices {
            if let count = index.wordSequences.occurrences(of: numbers, at: position), count > 0 {
                found[index.entries[position].title] = count
            }
        }
        return found
    }

    @Test func wordSequencesAnswerPhrasesInOrder() {
        var builder = PostingsBuilder()
        var sequences = WordSequencesBuilder()
        for (article, text) in ["Đại sứ quán và đại sứ quán, đại sứ.", "Sứ quán đại."].enumerated() {
            let terms = SearchTerms.of(Article(id: ArticleID(relativePath: "\(article)"), path: "\(article)",
                                                title: "", blocks: [Block(.paragraph, text)]))
            sequences.append(words: terms.words, numbers: builder.add(article: article, terms: terms))
        }
        // Sorted, the second article comes first.
        let built = sequences.build(order: [1, 0])
        let postings = builder.build(positions: [1, 0])
        let numbers = ["dai", "su", "quan"].compactMap(postings.wordNumber(for:))
        #expect(numbers.count == 3)
        #expect(built.occurrences(of: numbers, at: 1) == 2)
        #expect(built.occurrences(of: numbers, at: 0) == 0)
        #expect(built.occurrences(of: Array(numbers[1...]), at: 0) == 1)
        #expect(built.occurrences(of: [numbers[0], numbers[0]], at: 1) == 0)
        #expect(built.occurrences(of: numbers, at: 2) == nil, "no such entry")
        #expect(postings.wordNumber(for: "khong") == nil)
    }

    @Test func aTakenWordNumberIsNotGivenTwice() {
        var builder = PostingsBuilder()
        #expect(builder.register("nga", number: 3) == 3)
        let other = builder.register("nato", number: 3)  // as only a damaged index could ask
        #expect(other != 3)
        builder.add(number: 3, article: 0, occurrences: 1)
        builder.add(number: other, article: 1, occurrences: 2)
        let postings = builder.build(positions: [0, 1])
        #expect(postings.wordNumber(for: "nga") == 3 && postings.wordNumber(for: "nato") == UInt32(other))
        #expect(postings.hits(for: "nato") == [.init(position: 1, occurrences: 2)])
    }

    /// The title's words and the body's are two sequences: a phrase does not run from one into the other.
    @Test func phrasesStayWithinTheTitleOrTheBody() {
        var builder = WordSequencesBuilder()
        builder.append(words: [0, 1, 2, 3], numbers: [10, 11, 12, 13], titleWords: 2)
        let sequences = builder.build(order: [0])
        #expect(sequences.occurrences(of: [10, 11], at: 0) == 1)
        #expect(sequences.occurrences(of: [12, 13], at: 0) == 1)
        #expect(sequences.occurrences(of: [11, 12], at: 0) == 0)
    }

    @Test func phrasesMatchWholeWordNumbersOnly() {
        // 200 is written as the bytes C8 01, so the bytes of 1 then 5 (01 05) are inside "200 5".
        var builder = WordSequencesBuilder()
        builder.append(words: [0, 1], numbers: [200, 5])
        builder.append(words: [0, 1, 2, 1], numbers: [1, 5, 300])
        let sequences = builder.build(order: [0, 1])
        #expect(sequences.occurrences(of: [1, 5], at: 0) == 0)
        #expect(sequences.occurrences(of: [200, 5], at: 0) == 1)
        #expect(sequences.occurrences(of: [1, 5], at: 1) == 1)
        #expect(sequences.occurrences(of: [5, 300, 5], at: 1) == 1)
        #expect(sequences.occurrences(of: [5], at: 1) == 2)
        #expect(sequences.occurrences(of: [44], at: 1) == 0)
    }

    /// Thousands of candidates are checked in runs on several cores: each count lands at its own place.
    @Test func manyPositionsAreCheckedAtOnceInOrder() {
        var builder = WordSequencesBuilder()
        // Entry n has the phrase [7, 8] n % 4 times, between other words.
        for entry in 0..<5000 {
            let repeats = entry % 4
            let numbers: [UInt32] = [7, 8, UInt32(100 + entry % 50)]
            var words: [UInt32] = [2]
            for _ in 0..<repeats { words += [0, 1, 2] }
            builder.append(words: words, numbers: numbers)
        }
        let sequences = builder.build(order: Array(0..<5000))
        let positions = Array(stride(from: 4999, through: 0, by: -2))
        let pattern = WordSequences.pattern([7, 8])
        #expect(sequences.occurrences(of: pattern, at: positions) == positions.map { $0 % 4 })
        #expect(sequences.occurrences(of: pattern, at: [3, 6000]) == [3, 0], "no such entry counts none")
    }

    @Test func phrasesStayRightThroughUpdatesAndSaving() throws {
        let library = try ScratchLibrary()
        let root = library.root
        try library.write("a.txt", "Giao thông công cộng\n\nNgày 1/2/2020, giao thông công cộng ở Hà Nội tăng.\n")
        try library.write("b.txt", "Công cộng và giao thông\n\nNgày 1/2/2021, thông tin giao thông mới.\n")
        let (first, _) = try Indexer.update(nil, root: root, analyze: false)
        #expect(phrase(first, ["giao", "thong", "cong", "cong"]) == ["Giao thông công cộng": 2])
        #expect(phrase(first, ["giao", "thong"]) == ["Giao thông công cộng": 2, "Công cộng và giao thông": 2])

        // A new file brings new words; the unchanged article's sequence is carried, still right.
        try library.write("c.txt", "Xe buýt điện\n\nNgày 1/2/2022, xe buýt điện chạy; giao thông công cộng xanh hơn.\n")
        try library.remove("b.txt")
        let (second, _) = try Indexer.update(first, root: root, analyze: false)
        #expect(second.postings.wordNumber(for: "giao") == first.postings.wordNumber(for: "giao"))
        #expect(phrase(second, ["giao", "thong", "cong", "cong"])
                == ["Giao thông công cộng": 2, "Xe buýt điện": 1])
        #expect(phrase(second, ["xe", "buyt", "dien"]) == ["Xe buýt điện": 2])
        #expect(phrase(second, ["thong", "tin"]) == [:], "gone with b.txt")

        let loaded = try #require(try library.reloaded(second))
        #expect(phrase(loaded, ["giao", "thong", "cong", "cong"]) == phrase(second, ["giao", "thong", "cong", "cong"]))
        try library.write("d.txt", "Công cộng\n\nNgày 1/2/2023, công cộng.\n")
        let (third, _) = try Indexer.update(loaded, root: root, analyze: false)
        #expect(phrase(third, ["xe", "buyt", "dien"]) == ["Xe buýt điện": 2])
        #expect(phrase(third, ["cong", "cong"]) == ["Giao thông công cộng": 2, "Xe buýt điện": 1, "Công cộng": 2])
    }
}

/// The postings table lists its terms in the order of their UTF-8 bytes, which prefix search relies on.
@Suite struct PostingsOrderTests {
    /// Sorting by a sixteen-byte prefix first gives exactly the byte order: terms equal over their first
    /// eight or sixteen bytes, terms that extend one another, and letters of two and three bytes included.
    @Test func termsSortByTheirBytes() {
        let terms = ["entity:kim ma", "entity:kim", "entity:", "entity:kim mã", "a", "", "ab", "abc", "abcdefgh",
                     "abcdefghi", "abcdefgha", "speaker:nguyen van b", "speaker:nguyen van a", "speaker:nguyen van", "đà", "da", "=đà", "=da", "北京", "zz", "entity:kim maa", "từ1", "từ10"]
        let order = PostingsBuilder.sortedByBytes(Array(terms.indices), terms)
        let expected = terms.indices.sorted { Array(terms[$0].utf8).lexicographicallyPrecedes(Array(terms[$1].utf8)) }
        #expect(order.map { terms[$0] } == expected.map { terms[$0] })
    }
}

/// A name given many times is folded once and counted as often: the terms, their numbers and their counts
/// are those of adding each name in turn.
@Suite struct FieldNameTermsTests {
    @Test func repeatedNamesGiveTheTermsOfOneAtATime() {
        let names = ["Nguyễn Văn An", "Kim Mã", "An", "Nguyễn Văn An", "", "Kim Mã", "Nguyễn Văn An", "Hà Nội", "An"]
        let folder = WordFolder()
        var grouped = ArticleTerms()
        SearchTerms.addNames(names, field: "entity:", to: &grouped, folder)
        var oneByOne = ArticleTerms()
        for name in names { SearchTerms.addName(name, field: "entity:", to: &oneByOne, folder) }
        #expect(grouped.terms == oneByOne.terms && grouped.counts == oneByOne.counts)
        #expect(grouped["entity:nguyen van an"] == 3 && grouped["entity:an"] == 5 && grouped["entity:kim ma"] == 2)
    }
}

