import ArticleModel
import TerminalCanvas

/// An article as clean text for reading or piping (`lede show`, the pager `p` starts): the title, a
/// line of metadata, then the blocks separated by blank lines, every line sanitised.
public enum ArticleText {
    /// Headings get a `## ` prefix as in Markdown: capitals would lose Vietnamese tone marks' readability.
    public static func clean(_ article: Article) -> String {
        var lines = [article.title]
        let meta = [article.source, article.author, article.date?.day, article.url].compactMap { $0 }
        if !meta.isEmpty { lines.append(meta.joined(separator: " · ")) }
        for block in article.blocks {
            lines.append("")
            lines.append(block.kind == .heading ? "## " + block.text : block.text)
        }
        return lines.map(TextSanitizer.sanitize).joined(separator: "\n")
    }
}
