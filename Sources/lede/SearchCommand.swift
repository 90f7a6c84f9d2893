import ArgumentParser
import ArticleModel
import ArticleStore
import LibraryIndex
import LibrarySearch

/// `lede search QUERY`: the articles of a library that match a query, best first.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search a library: words (all required), \"a phrase\", -word, speaker:, entity:, source:, is:.",
        discussion: """
            Case never matters. A word typed without diacritics finds every form ("dai su quan" finds \
            "Đại sứ quán"); typed with them, only those ("đà" finds "đà", not "đã" or "da"). Words typed \
            one after another are found together when any article has them together.
            Fields: speaker:NAME, entity:NAME, source:NAME, tag:NAME (quote values with spaces: \
            source:"Tổ Quốc"), is:bookmarked, is:unread, is:read.
            """
    )

    /// The query's words; a word such as `-moscow` (without) is a word of the query, not an option.
    @Argument(parsing: .allUnrecognized, help: "The query (its words may be separate arguments).")
    var words: [String] = []

    var query: String { words.joined(separator: " ") }

    @Option(name: .customLong("library"), help: "A folder of articles; default: $LEDE_LIBRARY, else the sample.")
    var library: String?

    @Flag(help: "Print JSON Lines: path, title, source, date, matches and snippets.")
    var json = false

    /// Unconditional, so that `--limit -1` is a number to refuse, not a missing value.
    @Option(parsing: .unconditional, help: "Show at most this many articles (0: all).") var limit = 0

    @Option(name: .customLong("state-dir"), help: "Where bookmarks and read state are kept (for is:).")
    var stateDirectory: String?

    @OptionGroup var reading: ReadingOptions

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 (all) or more, not \(limit).") }
        guard !words.isEmpty else { throw ValidationError("Missing the query.") }
    }

    func run() throws {
        let parsed = SearchQuery(parsing: query)
        if let field = parsed.unknownField {
            throw ValidationError("Unknown field \(Clean.text(field)) in the query. Fields: \(SearchQuery.fieldList).")
        }
        guard !parsed.isEmpty else { throw ValidationError("The query has no words to search for.") }
        let root = try LibraryLocator.resolve(library)
        let (index, _) = try LibraryCatalog.open(root, options: reading.loadOptions())
        let flags = LibraryFlags(index: index, stateDirectory: stateDirectory)
        var results = SearchEngine(index: index).search(parsed, context: SearchEngine.Context(hasFlag: flags.has))
        if limit > 0 { results = Array(results.prefix(limit)) }
        if results.isEmpty, !json { Output.error("No articles match \(Clean.text(query)).") }
        for result in results {
            let summary = index.entries[result.position].summary(root: index.root)
            // Snippets come from the file itself; one that cannot be read now is listed without them.
            let article = try? ArticleLoader.load(path: summary.path, options: reading.loadOptions()).article
            let snippets = article.map { MatchFinder.snippets(in: $0.title + "\n\n" + $0.bodyText, for: parsed) } ?? []
            if json {
                try Output.json(SearchRecord(summary: summary, matches: result.matches, snippets: snippets))
            } else {
                Output.line("\(summary.date?.knownDay ?? "unknown   ")  \(summary.title)  [\(result.matches)]  \(summary.path)")
                for snippet in snippets { Output.line("    " + snippet) }
            }
        }
    }
}

struct SearchRecord: Encodable {
    var path: String
    var title: String
    @Nullable var source: String?
    @Nullable var date: String?
    var matches: Int
    var snippets: [String]

    init(summary: ArticleSummary, matches: Int, snippets: [String]) {
        path = summary.path  // the real path: escaped, not changed, by Output.jsonLines
        title = Clean.text(summary.title)
        source = summary.source.map(Clean.text)
        date = summary.date?.knownDay
        self.matches = matches
        self.snippets = snippets.map(Clean.text)
    }
}
