import ArgumentParser
import BrowserRuntime
import ArticleModel
import ArticleStore
import TextAnalysis

/// `lede show FILE`: the article as clean text for reading or piping.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print an article as clean text (or, with --json, as its whole model)."
    )

    @Argument(help: "An article file (.txt or .md).")
    var file: String

    @Flag(help: "Print the article as one JSON object: metadata, blocks and analysis.")
    var json = false

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let loaded: LoadedArticle
        do {
            loaded = try ArticleLoader.load(path: file, options: reading.loadOptions())
        } catch {
            throw FileFailure(error.description)
        }
        loaded.warnings.forEach { Output.error($0.description) }
        if json {
            var article = loaded.article
            article.analysis = Analyzer().analyze(article.blocks)
            try ArticleRecord.writeJSONLine(article)
        } else {
            Output.line(ArticleText.clean(loaded.article))
        }
    }
}

/// The JSON of `lede show --json`: the article with every string sanitised.
struct ArticleRecord: Encodable {
    var id: String
    var path: String
    var title: String
    @Nullable var source: String?
    @Nullable var author: String?
    @Nullable var date: String?
    @Nullable var url: String?
    var tags: [String]
    var blocks: [BlockRecord]
    var quotes: [QuoteRecord]
    var terms: [QuoteRecord]
    var entities: [EntityRecord]

    struct BlockRecord: Encodable {
        var kind: String
        var text: String
    }

    /// The record; without `lists`, blocks and analysis are left empty (see `writeJSONLine`).
    init(_ article: Article, lists: Bool = true) {
        id = article.id.rawValue
        path = article.path  // the real path: escaped, not changed, by Output.jsonLines
        title = Clean.text(article.title)
        source = article.source.map(Clean.text)
        author = article.author.map(Clean.text)
        date = article.date?.knownDay
        url = article.url.map(Clean.text)
        tags = article.tags.map(Clean.text)
        guard lists else { (blocks, quotes, terms, entities) = ([], [], [], []); return }
        blocks = article.blocks.map { BlockRecord(kind: $0.kind.rawValue, text: Clean.text($0.text)) }
        quotes = article.analysis.quotes.map(QuoteRecord.init)
        terms = article.analysis.terms.map(QuoteRecord.init)
        entities = article.analysis.entities.map(EntityRecord.init)
    }
}
