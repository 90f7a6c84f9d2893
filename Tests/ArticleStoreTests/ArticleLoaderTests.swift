@testable import ArticleStore
import Testing

@Suite struct ArticleLoaderTests {
    /// Names ending in `.txt` skip Foundation's extension parsing: the answer must not change for them,
    /// nor for the names that still take it.
    @Test(arguments: [
        ("a.txt", false), ("A.TXT", false), ("notes.md.txt", false), ("dir.md/x.Txt", false), (".txt", false),
        ("a.md", true), ("a.MD", true), ("a.markdown", true), ("notes.txt.md", true), ("dir.txt/x.md", true),
        ("a.mdx", false), ("txt", false), ("md", false), ("a.text", false),
    ])
    func markdownIsToldByTheExtension(_ path: String, _ isMarkdown: Bool) {
        #expect(ArticleLoader.isMarkdown(path) == isMarkdown)
    }
}
