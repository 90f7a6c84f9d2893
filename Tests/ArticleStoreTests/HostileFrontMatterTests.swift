import ArticleModel
@testable import ArticleStore
import Foundation
import Testing

/// Front matter written to hurt the YAML parser (issue 18, items 3 and 4): each is ignored with a
/// warning, the article still loads, and nothing grows without bound or crashes.
@Suite struct HostileFrontMatterTests {
    /// A 400-byte "billion laughs": nine levels, each a list of nine aliases of the level below.
    static func aliasBomb(levels: Int, width: Int) -> String {
        var lines = ["---", "a: &a [" + Array(repeating: "x", count: width).joined(separator: ", ") + "]"]
        var previous = "a"
        for level in 1..<levels {
            let name = "l\(level)"
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: width).joined(separator: ", ") + "]")
            previous = name
        }
        return (lines + ["title: Bomb", "---", "The body is read as usual."]).joined(separator: "\n")
    }

    @Test func anAliasBombIsRefusedNamingTheReason() {
        let article = MarkdownReader.parse(Self.aliasBomb(levels: 9, width: 9))
        #expect(article.warnings == ["it has more than 64 aliases (*name)"])
        #expect(article.title != "Bomb")
        #expect(article.blocks.map(\.text) == ["The body is read as usual."])
    }

    @Test func aliasesUnderTheCapAreNeverExpanded() {
        // 7 levels of 3: within the alias cap, 3^7 nodes if expanded; composed, they are shared.
        let article = MarkdownReader.parse(Self.aliasBomb(levels: 7, width: 3).replacingOccurrences(of: "title: Bomb", with: "title: *l6"))
        #expect(article.warnings.isEmpty)
        #expect(article.title == "The body is read as usual")  // a list is no title
    }

    @Test(arguments: ["[a]: c", "? a: b\n: c", "{a: b}: c", "? [a, b]\n: c", "? - a\n: b"])
    func aKeyThatIsNotPlainTextIsRefused(key: String) {
        let article = MarkdownReader.parse("---\n\(key)\ntitle: Kept out\n---\nBody.\n")
        #expect(article.warnings.count == 1)
        #expect(article.warnings.first?.hasPrefix("a key is not plain text") == true)
        #expect(article.title == "Body")
    }

    @Test func deepNestingAndHugeFrontMatterAreRefused() {
        let deep = MarkdownReader.parse("---\nx: " + String(repeating: "[", count: 5_000) + "\n---\nBody.\n")
        #expect(deep.warnings == ["it nests more than 32 levels deep"])
        let dashes = MarkdownReader.parse("---\nx:\n" + String(repeating: "- ", count: 5_000) + "a\n---\nBody.\n")
        #expect(dashes.warnings == ["it nests more than 32 levels deep"])
        let huge = MarkdownReader.parse("---\ntitle: x\nnote: " + String(repeating: "y", count: 70_000) + "\n---\nBody.\n")
        #expect(huge.warnings == ["it is over 64 KiB"])
    }

    @Test func theWarningNamesTheFile() throws {
        let fixture = try Fixture()
        let path = try fixture.write("bomb.md", Self.aliasBomb(levels: 9, width: 9))
        let loaded = try ArticleLoader.load(path: path)
        #expect(loaded.warnings.map(\.description) == ["\(path): front matter ignored: it has more than 64 aliases (*name)"])
    }

    @Test func ordinaryFrontMatterStillReadsEveryField() {
        let article = MarkdownReader.parse("---\ntitle: 2024\nsource: ~\nauthor: 'Lê Văn'\ndate: 2023-03-14\ntags: [a, 3, [x], ~]\n---\nBody.\n")
        #expect(article.warnings.isEmpty)
        #expect(article.title == "2024")
        #expect(article.source == nil)
        #expect(article.author == "Lê Văn")
        #expect(article.date.map { Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: $0).year } == 2023)
        #expect(article.tags == ["a", "3"])
    }
}
