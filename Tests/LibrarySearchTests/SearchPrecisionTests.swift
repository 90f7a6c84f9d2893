import ArticleStore
import Foundation
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

    /// Searches the index of `root` for `query` and compares with the files that contain it as written.
    static func measure(_ query: String, in index: LibraryIndex, root: String) throws -> Figures {
        let found = Set(SearchEngine(index: index).search(SearchQuery(parsing: query))
            .map { index.entries[$0.position].relativePath })
        var figures = Figures(results: found.count)
        for entry in index.entries {
            let data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + entry.relativePath))
            guard contains(String(decoding: data, as: UTF8.self), query) else { continue }
            figures.relevant += 1
            if found.contains(entry.relativePath) { figures.relevantFound += 1 }
        }
        return figures
    }

    /// Whether `text` has `query` as a whole word or words, case ignored (what `grep -iw` answers).
    static func contains(_ text: String, _ query: String) -> Bool {
        let haystack = Array(text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars)
        let needle = Array(query.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars)
        func isWordScalar(_ index: Int) -> Bool {
            haystack.indices.contains(index) && (haystack[index].properties.isAlphabetic || haystack[index].properties.numericType != nil
                || haystack[index].properties.generalCategory == .nonspacingMark)
        }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<start + needle.count]) == needle, !isWordScalar(start - 1),
               !isWordScalar(start + needle.count) { return true }
        }
        return false
    }

    @Test func aWrittenLibraryIsSearchedPrecisely() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lede-precision-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
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
        let (index, _) = try Indexer.update(nil, root: root, options: LoadOptions(analyze: false))
        for query in Self.queries {
            let figures = try Self.measure(query, in: index, root: root)
            #expect(figures.relevant > 0, "\(query): the library has it")
            #expect(figures.missed == 0 && figures.precision == 1, "\(query): \(figures)")
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus), "needs ../shared/corpus/vi beside the repository"))
    func theVietnameseCorpusIsSearchedPrecisely() throws {
        let (index, _) = try Indexer.update(nil, root: Self.corpus, options: LoadOptions(analyze: false))
        for query in Self.queries {
            let figures = try Self.measure(query, in: index, root: Self.corpus)
            #expect(figures.missed == 0, "\(query): \(figures)")
            #expect(figures.precision >= 0.9, "\(query): \(figures)")
        }
    }
}
