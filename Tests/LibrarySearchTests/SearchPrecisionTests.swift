import ArticleStore
import Foundation
import LedeTestSupport
import LibraryIndex
import LibrarySearch
import Testing

/// The search finds what the reader typed: every article that has the query as written (case ignored,
/// as a whole word), and at least nine results in ten that have it. Checked on a library written here
/// and, when it is beside the repository, on the shared corpus of real Vietnamese articles.
@Suite struct SearchPrecisionTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.appendingPathComponent("../shared/corpus/vi").standardizedFileURL.path
    static let queries = ["Đà Nẵng", "Hà Nội", "Bỉ", "đà"]

    struct Figures {
        var results = 0, relevant = 0, relevantFound = 0

        var precision: Double { results == 0 ? 1 : Double(relevantFound) / Double(results) }
        var missed: Int { relevant - relevantFound }
    }

    /// Each article's file text, lowercased, by its path in the library.
    static func texts(of index: LibraryIndex, root: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for entry in index.entries {
            let data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + entry.relativePath))
            result[entry.relativePath] = String(decoding: data, as: UTF8.self).precomposedStringWithCanonicalMapping.lowercased()
        }
        return result
    }

    /// Searches `index` for `query` and compares with the texts that contain it as written.
    static func measure(_ query: String, in index: LibraryIndex, texts: [String: String]) -> Figures {
        let found = Set(SearchEngine(index: index).search(SearchQuery(parsing: query))
            .map { index.entries[$0.position].relativePath })
        var figures = Figures(results: found.count)
        let needle = query.precomposedStringWithCanonicalMapping.lowercased()
        for (path, text) in texts where contains(text, needle) {
            figures.relevant += 1
            if found.contains(path) { figures.relevantFound += 1 }
        }
        return figures
    }

    /// Whether lowercased `text` has `needle` as a whole word or words (what `grep -iw` answers).
    static func contains(_ text: String, _ needle: String) -> Bool {
        func isWord(_ character: Character?) -> Bool { character.map { $0.isLetter || $0.isNumber } ?? false }
        var from = text.startIndex
        while let found = text.range(of: needle, range: from..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !isWord(before), !isWord(after) { return true }
            from = text.index(after: found.lowerBound)
        }
        return false
    }

    @Test func aWrittenLibraryIsSearchedPrecisely() throws {
        let scratch = try TemporaryFolder("lede-precision")
        defer { withExtendedLifetime(scratch) {} }
        let root = scratch.path
        let articles = [
            "Đà Nẵng đón khách\n\nDu lịch Đà Nẵng tăng đà phục hồi.",
            "Đã xong\n\nCông trình đã xong, da giày xuất khẩu; ĐÀ NẴNG chưa.",
            "Nga và Bỉ\n\nNgày mai, Biden tới Bỉ; biểu tình ở Nga, bình yên.",
            "Quảng Nam\n\nĐà tăng trưởng chậm lại; Nẵng là tên riêng; Hà Tĩnh, nội địa.",
            "Thủ đô\n\nHà Nội mưa to. Da Nang airport, Ha Noi office.",
            "Bình Định\n\nBiểu đồ đà điểu, bỉm sữa.",
        ]
        for (number, text) in articles.enumerated() {
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(root)/\(number).txt"))
        }
        let (index, _) = try Indexer.update(nil, root: root, analyze: false)
        let texts = try Self.texts(of: index, root: root)
        for query in Self.queries {
            let figures = Self.measure(query, in: index, texts: texts)
            #expect(figures.relevant > 0, "\(query): the library has it")
            #expect(figures.missed == 0 && figures.precision == 1, "\(query): \(figures)")
        }
    }

    /// Every third article of the corpus (indexing all 2,613 takes half a minute in a debug build; the
    /// whole corpus is measured with the release binary, see the README).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus), "needs ../shared/corpus/vi beside the repository"))
    func theVietnameseCorpusIsSearchedPrecisely() throws {
        let scratch = try TemporaryFolder("lede-corpus")
        defer { withExtendedLifetime(scratch) {} }
        let root = scratch.path
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus).sorted()
        for (number, name) in names.enumerated() where number % 3 == 0 {
            try FileManager.default.copyItem(atPath: Self.corpus + "/" + name, toPath: root + "/" + name)
        }
        let (index, _) = try Indexer.update(nil, root: root, analyze: false)
        let texts = try Self.texts(of: index, root: root)
        for query in Self.queries {
            let figures = Self.measure(query, in: index, texts: texts)
            #expect(figures.relevant > 0, "\(query): the corpus has it")
            #expect(figures.missed == 0, "\(query): \(figures)")
            #expect(figures.precision >= 0.9, "\(query): \(figures)")
        }
    }
}
