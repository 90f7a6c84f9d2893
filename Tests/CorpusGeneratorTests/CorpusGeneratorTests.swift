import ArticleStore
import CorpusGenerator
import Foundation
import LedeTestSupport
import Testing

@Suite struct CorpusGeneratorTests {
    @Test func sameSeedSameCorpusOtherSeedOtherCorpus() {
        let a = CorpusGenerator(seed: 42), b = CorpusGenerator(seed: 42), c = CorpusGenerator(seed: 43)
        for index in [0, 1, 17, 999, 1000, 54_321] {
            #expect(a.document(index) == b.document(index))
        }
        #expect((0..<20).map(a.document) != (0..<20).map(c.document))
    }

    @Test func mixesLanguagesAndShardsFolders() {
        let generator = CorpusGenerator(seed: 7)
        let paths = (0..<200).map { generator.document($0).relativePath }
        let vietnamese = paths.filter { $0.contains("/vi-") }.count
        #expect((100...180).contains(vietnamese))
        #expect(generator.document(1234).relativePath.hasPrefix("001/"))
    }

    @Test func writtenArticlesLoadWithTitlesSourcesAndDates() throws {
        let scratch = try TemporaryFolder("lede-corpus")
        try CorpusGenerator(seed: 3).write(count: 30, to: scratch.path)
        let library = try Library.load(at: scratch.path, options: LoadOptions())
        #expect(library.articles.count == 30)
        #expect(library.problems.isEmpty)
        for article in library.articles {
            #expect(!article.title.isEmpty)
            #expect(article.date?.origin == .text)
            #expect(article.blocks.count >= 3)
            if article.path.contains("/vi-") { #expect(article.source != nil) }
        }
        // Quotations with speakers: the material the analysis benchmarks need.
        let text = library.articles.flatMap(\.blocks).map(\.text).joined(separator: "\n")
        #expect(text.contains("\", ông ") || text.contains("\", bà ") || text.contains(" said"))
    }
}
