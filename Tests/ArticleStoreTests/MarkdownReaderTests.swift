import ArticleModel
@testable import ArticleStore
import Foundation
import Testing

@Suite struct MarkdownReaderTests {
    /// The front matter ends at the first line that is exactly `---`: a longer rule, a dash run inside a
    /// line or a Vietnamese line that starts with dashes does not end it; at the end of the file it ends too.
    @Test(arguments: [
        ("---\na: 1\n---\nBody.", "a: 1", "Body."),
        ("---\na: 1\n----\nb: 2\n---\nBody.", "a: 1\n----\nb: 2", "Body."),
        ("---\na: đà --- nẵng\n---đây\n---", "a: đà --- nẵng\n---đây", ""),
        ("---\n---\nBody.", "", "Body."),
    ])
    func frontMatterEndsAtALineOfThreeDashes(text: String, yaml: String, body: String) {
        let (front, rest) = MarkdownReader.splitFrontMatter(text)
        #expect(front == yaml)
        #expect(rest == body)
    }

    @Test func aFrontMatterNeverClosedIsBodyText() {
        let text = "---\na: 1\n--- no\nBody."
        #expect(MarkdownReader.splitFrontMatter(text) == (nil, text))
    }

    @Test func frontMatterFieldsAreRead() {
        let text = """
            ---
            title: Đà Nẵng đón tàu du lịch quốc tế
            source: Báo Biển
            author: Trần Thị Mai
            date: 2023-03-14
            url: https://example.com/da-nang
            tags: [du lịch, cảng biển]
            ---
            Tàu du lịch **lớn nhất** năm cập cảng Tiên Sa sáng nay.

            ## Hành khách

            Hơn [3.000 khách](https://example.com) lên bờ tham quan.
            """
        let article = MarkdownReader.parse(text)
        #expect(article.title == "Đà Nẵng đón tàu du lịch quốc tế")
        #expect(article.source == "Báo Biển")
        #expect(article.author == "Trần Thị Mai")
        #expect(article.url == "https://example.com/da-nang")
        #expect(article.tags == ["du lịch", "cảng biển"])
        #expect(article.date.map { ArticleDate($0, origin: .frontMatter).day } == "2023-03-14")
        #expect(article.blocks == [
            Block(.lede, "Tàu du lịch lớn nhất năm cập cảng Tiên Sa sáng nay."),
            Block(.heading, "Hành khách"),
            Block(.paragraph, "Hơn 3.000 khách lên bờ tham quan."),
        ])
        #expect(article.warnings.isEmpty)
    }

    @Test func titleFromFirstHeadingWithoutFrontMatter() {
        let article = MarkdownReader.parse("# Storm closes schools\n\nSchools shut on Monday.\n")
        #expect(article.title == "Storm closes schools")
        #expect(article.blocks == [Block(.lede, "Schools shut on Monday.")])
    }

    @Test func commaSeparatedTagsAndBrokenYaml() {
        #expect(MarkdownReader.parse("---\ntags: a, b\n---\nText.").tags == ["a", "b"])
        let broken = MarkdownReader.parse("---\ntitle: [unclosed\n---\nBody text.")
        #expect(broken.warnings.count == 1)
        #expect(broken.blocks == [Block(.lede, "Body text.")])
    }

    /// Each inline pattern runs only when its mark is in the paragraph: marks of each kind alone, together,
    /// and a paragraph with none, which stays as it is.
    @Test func inlineMarkupIsReducedMarkByMark() {
        #expect(MarkdownReader.inlineText("Xem [bản đồ](https://example.com/map) và ![ảnh](a.png) nhé") == "Xem bản đồ và ảnh nhé")
        #expect(MarkdownReader.inlineText("Rất __quan trọng__ và **rõ ràng**") == "Rất quan trọng và rõ ràng")
        #expect(MarkdownReader.inlineText("An *emphasised* word, 2 * 3 * 4 and snake_case_name") == "An emphasised word, 2 * 3 * 4 and snake_case_name")
        #expect(MarkdownReader.inlineText("Run `lede index` now") == "Run lede index now")
        #expect(MarkdownReader.inlineText("> **[Tin](x)** and `c`\n> more") == "Tin and c more")
        #expect(MarkdownReader.inlineText("  Không có dấu nào: (a) [b] c_d  ") == "Không có dấu nào: (a) [b] c_d")
    }
}
