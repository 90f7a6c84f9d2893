import ArgumentParser
import Foundation
import TerminalCanvas
import WebPages

/// `lede extract FILE.html|URL...`: the article of each web page, as clean text or JSON Lines.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article of web pages (saved .html files or http(s) URLs).",
        discussion: "A page that is not HTML, is empty or too large, or has no article is named on stderr; exit 1."
    )

    @Argument(help: "Saved web pages (.html) or http(s) URLs.")
    var pages: [String]

    @Flag(help: "Print JSON Lines, one object per page: path or url, title, byline, date, url, lang, text.")
    var json = false

    func validate() throws {
        guard !pages.isEmpty else { throw ValidationError("Name at least one page.") }
    }

    func run() throws {
        var failed = false
        var records: [ExtractRecord] = []
        for page in pages {
            do {
                let article = try PageSource.extract(page)
                if json {
                    records.append(ExtractRecord(source: page, article: article))
                } else {
                    Output.line(Self.render(article))
                }
            } catch {
                Output.error("\(page): \(error)")
                failed = true
            }
        }
        try Output.jsonLines(records)
        if failed { throw ExitCode.failure }
    }

    /// The title, a line of byline, date and URL, then the text.
    static func render(_ article: ExtractedArticle) -> String {
        var lines = article.title.isEmpty ? [] : [Clean.text(article.title)]
        let meta = [article.byline, article.date, article.url].compactMap { $0 }.map(Clean.text)
        if !meta.isEmpty { lines.append(meta.joined(separator: " · ")) }
        if !lines.isEmpty { lines.append("") }
        lines.append(TextSanitizer.sanitizeKeepingNewlines(article.text))
        return lines.joined(separator: "\n") + "\n"
    }
}

/// One line of `lede extract --json`.
struct ExtractRecord: Encodable {
    /// The page's file, for a page read from disk; then `source` is left out.
    var path: String?
    /// The page's URL, for a page fetched; then `path` is left out.
    var source: String?
    var title: String
    @Nullable var byline: String?
    @Nullable var date: String?
    @Nullable var url: String?
    @Nullable var lang: String?
    var text: String

    init(source: String, article: ExtractedArticle) {
        if PageSource.isURL(source) {
            self.source = Clean.text(source)
        } else {
            path = Clean.text(source)
        }
        title = Clean.text(article.title)
        byline = article.byline.map(Clean.text)
        date = article.date.map(Clean.text)
        url = article.url.map(Clean.text)
        lang = article.language.map(Clean.text)
        text = TextSanitizer.sanitizeKeepingNewlines(article.text)
    }
}
