import ArticleModel
@testable import ArticleStore
import Foundation
import Testing

/// Every reader and every kind of bad input, on fixtures written here, through the real loader.
@Suite struct LibraryTests {
    let wire = "(Tin Sáng) - Đà Nẵng khai trương cầu đi bộ mới bên sông Hàn.\nĐà Nẵng có cầu đi bộ mới\nCầu dài 300 mét, mở cửa từ ngày 2/9/2024.\n"

    func load(_ name: String, _ data: Data, options: LoadOptions = LoadOptions()) throws -> Library {
        let fixture = try Fixture()
        try fixture.write(name, data)
        return try Library.load(at: fixture.root, options: options)
    }

    @Test func nfdTextIsNormalisedToNFC() throws {
        let library = try load("nfd.txt", Data(wire.decomposedStringWithCanonicalMapping.utf8))
        let article = try #require(library.articles.first)
        #expect(article.title == "Đà Nẵng có cầu đi bộ mới")
        #expect(article.title.unicodeScalars.count == "Đà Nẵng có cầu đi bộ mới".unicodeScalars.count)
        #expect(library.problems.isEmpty)
    }

    @Test(arguments: ["\r\n", "\r"])
    func windowsAndOldMacLineEndings(_ ending: String) throws {
        let text = wire.replacingOccurrences(of: "\n", with: ending)
        let article = try #require(try load("crlf.txt", Data(text.utf8)).articles.first)
        #expect(article.title == "Đà Nẵng có cầu đi bộ mới")
        #expect(article.source == "Tin Sáng")
        #expect(!article.blocks.contains { $0.text.contains("\r") })
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let article = try #require(try load("bom.txt", Data([0xEF, 0xBB, 0xBF]) + Data(wire.utf8)).articles.first)
        #expect(article.source == "Tin Sáng")
    }

    @Test(arguments: [false, true])
    func utf16WithByteOrderMark(bigEndian: Bool) throws {
        var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
        for unit in wire.utf16 {
            let bytes = bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            data.append(contentsOf: bytes)
        }
        let article = try #require(try load("utf16.txt", data).articles.first)
        #expect(article.title == "Đà Nẵng có cầu đi bộ mới")
    }

    @Test func invalidBytesBecomeReplacementCharactersWithOneWarning() throws {
        var data = Data("Tiêu đề\n\nĐoạn một ".utf8)
        let offset = data.count
        data.append(contentsOf: [0xC3, 0x28, 0xFF, 0xFE, 0x41])
        data.append(contentsOf: Data(" còn tiếp.\n".utf8))
        let library = try load("bad.txt", data)
        let article = try #require(library.articles.first)
        #expect(article.blocks[0].text.contains("\u{FFFD}"))
        #expect(article.blocks[0].text.hasSuffix("còn tiếp."))
        #expect(library.problems.count == 1)
        #expect(library.problems.first?.kind == .invalidBytes(offset: offset))
        #expect(library.problems.first?.description.contains("bad.txt: invalid UTF-8 from byte \(offset)") == true)
    }

    @Test func binaryFilesAreSkippedAndNamed() throws {
        let fixture = try Fixture()
        try fixture.write("good.txt", wire)
        try fixture.write("nul.txt", Data("Title\n\nText\0with a NUL".utf8))
        try fixture.write("noise.txt", Data((0..<4096).map { UInt8(($0 * 7) % 32) }))
        let library = try Library.load(at: fixture.root, options: LoadOptions())
        #expect(library.articles.map(\.title) == ["Đà Nẵng có cầu đi bộ mới"])
        #expect(Set(library.problems.map(\.kind)) == [.binary])
        #expect(library.problems.map { ($0.path as NSString).lastPathComponent }.sorted() == ["noise.txt", "nul.txt"])
        #expect(library.problems[0].description.hasSuffix("skipped: a binary file, not text"))
    }

    @Test(arguments: ["", " \n\t\n  \r\n", "\u{FEFF}"])
    func emptyAndWhitespaceOnlyFilesAreReported(_ content: String) throws {
        let library = try load("empty.txt", Data(content.utf8))
        #expect(library.articles.isEmpty)
        #expect(library.problems.map(\.kind) == [.empty])
        #expect(library.problems.first?.description.contains("empty.txt: skipped: the file is empty") == true)
    }

    @Test func filesOverTheSizeCapAreSkippedWithoutReadingThem() throws {
        let fixture = try Fixture()
        let line = String(repeating: "Một dòng văn bản rất dài để làm đầy tệp. ", count: 25) + "\n"
        var big = Data("Tệp lớn\n\n".utf8)
        let chunk = Data(line.utf8)
        while big.count < 20_000_000 { big.append(chunk) }
        try fixture.write("huge.txt", big)
        try fixture.write("small.txt", wire)
        let library = try Library.load(at: fixture.root, options: LoadOptions())
        #expect(library.articles.count == 1)
        #expect(library.problems.count == 1)
        guard case .tooLarge(let bytes, let limit) = library.problems.first?.kind else {
            Issue.record("expected a size problem, got \(library.problems)")
            return
        }
        #expect(bytes == big.count && limit == 16 << 20)
        #expect(library.problems[0].description.contains("huge.txt: skipped: 19.1 MiB is over the 16.0 MiB limit"))

        // A larger cap lets the same file load.
        let lenient = try Library.load(at: fixture.root, options: LoadOptions(maxFileSize: 32 << 20))
        #expect(lenient.articles.count == 2)
        #expect(lenient.problems.isEmpty)
    }

    @Test func aFiveThousandCharacterWordLoads() throws {
        let word = String(repeating: "ngữ", count: 1700)
        let article = try #require(try load("word.txt", Data("Từ dài\n\n\(word)\n".utf8)).articles.first)
        #expect(article.blocks.first?.text == word)
    }

    @Test func markdownFrontMatterThroughTheLoader() throws {
        let text = "---\ntitle: Cảng Hải Phòng mở rộng\nsource: Báo Cảng\ndate: 2022-07-01\ntags: [kinh tế]\n---\nNội dung.\n"
        let article = try #require(try load("port.md", Data(text.utf8)).articles.first)
        #expect(article.title == "Cảng Hải Phòng mở rộng")
        #expect(article.source == "Báo Cảng")
        #expect(article.date?.day == "2022-07-01")
        #expect(article.date?.origin == .frontMatter)
        #expect(article.tags == ["kinh tế"])
    }

    @Test func libraryIsRecursiveSkipsHiddenAndSortsNewestFirst() throws {
        let fixture = try Fixture()
        try fixture.write("a/old.txt", "Old story\n\nPublished on 3 March 2019.\n")
        try fixture.write("b/c/new.md", "---\ntitle: New story\ndate: 2024-01-05\n---\nText.\n")
        try fixture.write("mid.txt", "Mid story\n\nHà Nội, ngày 12/8/2021.\n")
        try fixture.write(".hidden/secret.txt", "Secret\n\nText.\n")
        try fixture.write(".dotfile.txt", "Dot\n\nText.\n")
        try fixture.write("notes.pdf", "not an article")
        let library = try Library.load(at: fixture.root, options: LoadOptions())
        #expect(library.articles.map(\.title) == ["New story", "Mid story", "Old story"])
        #expect(library.articles.map { $0.date?.day } == ["2024-01-05", "2021-08-12", "2019-03-03"])
        #expect(library.articles.map { $0.date?.origin } == [.frontMatter, .text, .text])
        #expect(library.articles.last?.id == ArticleID(relativePath: "a/old.txt"))
        #expect(library.problems.isEmpty)
    }

    @Test func undatedArticlesFallBackToTheFileTime() throws {
        let article = try #require(try load("undated.txt", Data("No date\n\nJust text.\n".utf8)).articles.first)
        #expect(article.date?.origin == .fileModified)
        #expect(abs(article.date!.value.timeIntervalSinceNow) < 3600)
    }

    @Test func aMissingFolderThrowsNamingIt() {
        #expect(throws: LoadProblem(path: "/nonexistent-lede-library", kind: .notFound)) {
            try Library.load(at: "/nonexistent-lede-library")
        }
    }

    @Test func aSingleFileIsALibraryOfOne() throws {
        let fixture = try Fixture()
        let path = try fixture.write("one.txt", wire)
        let library = try Library.load(at: path, options: LoadOptions())
        #expect(library.articles.map(\.path) == [path])
    }
}
