import ArgumentParser
import ArticleModel
import TerminalCanvas

/// `lede list`: one line per article, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles of a library, newest first."
    )

    @Argument(help: "A folder of articles; default: $LEDE_LIBRARY, else the bundled sample library.")
    var library: String?

    @Flag(help: "Print JSON Lines: id, path, title, source, date (null when unknown), date_origin, fingerprint.")
    var json = false

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let root = try LibraryLocator.resolve(library)
        let (index, _) = try LibraryCatalog.open(root, options: reading.loadOptions())
        let summaries = index.summaries()
        if json {
            try Output.jsonLines(summaries.map(ListRecord.init))
        } else {
            Self.printList(summaries)
        }
    }

    /// Date, source and title in columns aligned by display width, so that Vietnamese, CJK and
    /// emoji sources line up.
    static func printList(_ articles: [ArticleSummary]) {
        let sourceWidth = min(20, articles.map { DisplayWidth.of(Clean.text($0.source ?? "")) }.max() ?? 0)
        // One write for the whole list: 100,000 lines are otherwise 100,000 system calls.
        Output.lines(articles.map { article in
            let source = Columns.fit(Clean.text(article.source ?? ""), width: sourceWidth)
            return "\(article.date?.knownDay ?? "unknown   ")  \(source)  \(article.title)"
        })
    }
}

/// The JSON Lines record of `lede list --json`.
struct ListRecord: Encodable {
    var id: String
    var path: String
    var title: String
    /// Null when there is none.
    @Nullable var source: String?
    /// The publication date, null when unknown (`date_origin` is then "unknown").
    @Nullable var date: String?
    var dateOrigin: String
    /// The file's modification day: what an article of unknown date is sorted by; only then present.
    var fileDate: String?
    var fingerprint: String

    init(_ summary: ArticleSummary) {
        id = summary.id.rawValue
        path = summary.path  // the real path: escaped, not changed, by Output.jsonLines
        title = Clean.text(summary.title)
        source = summary.source.map(Clean.text)
        date = summary.date?.knownDay
        dateOrigin = summary.date.map { $0.isKnown ? $0.origin.rawValue : "unknown" } ?? "unknown"
        fileDate = summary.date.flatMap { $0.isKnown ? nil : $0.day }
        fingerprint = summary.fingerprint
    }

    enum CodingKeys: String, CodingKey {
        case id, path, title, source, date, fingerprint
        case dateOrigin = "date_origin"
        case fileDate = "file_date"
    }
}
