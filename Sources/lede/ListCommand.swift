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

    @Flag(help: "Print JSON Lines: id, path, title, source, author, date, url, tags.")
    var json = false

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let loaded = try LibraryLocator.load(library, options: reading.loadOptions(analyze: false))
        if json {
            for article in loaded.articles {
                try Output.json(ListRecord(article))
            }
        } else {
            Self.printList(loaded.articles)
        }
    }

    /// Date, source and title in columns aligned by display width, so that Vietnamese, CJK and
    /// emoji sources line up.
    static func printList(_ articles: [Article]) {
        let sourceWidth = min(20, articles.map { DisplayWidth.of(Clean.text($0.source ?? "")) }.max() ?? 0)
        for article in articles {
            let source = Columns.fit(Clean.text(article.source ?? ""), width: sourceWidth)
            Output.line("\(article.date?.day ?? "----------")  \(source)  \(article.title)")
        }
    }
}

/// The JSON Lines record of `lede list --json`.
struct ListRecord: Encodable {
    var id: String
    var path: String
    var title: String
    var source: String?
    var author: String?
    var date: String?
    var dateOrigin: String?
    var url: String?
    var tags: [String]

    init(_ article: Article) {
        id = article.id.rawValue
        path = Clean.text(article.path)
        title = Clean.text(article.title)
        source = article.source.map(Clean.text)
        author = article.author.map(Clean.text)
        date = article.date?.day
        dateOrigin = article.date?.origin.rawValue
        url = article.url.map(Clean.text)
        tags = article.tags.map(Clean.text)
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(path, forKey: .path)
        try container.encode(title, forKey: .title)
        try container.encode(source, forKey: .source)
        try container.encode(author, forKey: .author)
        try container.encode(date, forKey: .date)
        try container.encode(dateOrigin, forKey: .dateOrigin)
        try container.encode(url, forKey: .url)
        try container.encode(tags, forKey: .tags)
    }

    enum CodingKeys: String, CodingKey {
        case id, path, title, source, author, date, url, tags
        case dateOrigin = "date_origin"
    }
}
