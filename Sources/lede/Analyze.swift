import ArgumentParser
import ArticleModel
import ArticleStore
import Foundation
import RegularFiles
import TextAnalysis

/// `lede analyze FILE|FOLDER...`: the quotations, speakers, terms and entities of each article.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the quotations (with speakers), terms and named entities of articles."
    )

    @Argument(help: "Article files (.txt or .md), or folders of them (read as a library is, in path order).")
    var files: [String]

    @Flag(help: "Print JSON Lines, one object per article: path, title, quotes, terms, entities.")
    var json = false

    /// For `Benchmarks/train-entity-kinds.py`: the names as the entity-kind model sees them, not the analysis.
    @Flag(name: .customLong("kind-features"), help: .hidden)
    var kindFeatures = false

    @OptionGroup var reading: ReadingOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one article file or folder.") }
    }

    func run() throws {
        var failed = false
        for file in articleFiles(failed: &failed) {
            let loaded: LoadedArticle
            do {
                loaded = try ArticleLoader.load(path: file, options: reading.loadOptions())
            } catch {
                Output.error(error.description)
                failed = true
                continue
            }
            loaded.warnings.forEach { Output.error($0.description) }
            // Reading and analysis are two steps: the article as read, then what the analyser finds in it.
            var article = loaded.article
            if kindFeatures {
                try Output.json(KindSamplesRecord(path: article.path, samples: Analyzer().entityKindSamples(article.blocks)))
                continue
            }
            article.analysis = Analyzer().analyze(article.blocks)
            if json {
                try Output.json(AnalysisRecord(article, wireSource: loaded.wireSource))
            } else {
                Output.line(Self.render(article))
            }
        }
        if failed { throw ExitCode.failure }
    }

    /// The files named, each folder replaced by its article files. A whole corpus is named by its
    /// folder: thousands of file arguments took ArgumentParser longer than analysing them.
    private func articleFiles(failed: inout Bool) -> [String] {
        var paths: [String] = []
        for file in files {
            guard let status = FileName.status(file), status.st_mode & S_IFMT == S_IFDIR else {
                paths.append(file)  // a file, or what the loader will say cannot be read
                continue
            }
            var problems: [LoadProblem] = []
            do {
                paths += try Library.scan(file, problems: &problems).map(\.path)
            } catch {
                problems.append(error)
            }
            problems.forEach { Output.error($0.description) }
            if !problems.isEmpty { failed = true }
        }
        return paths
    }

    static func render(_ article: Article) -> String {
        var lines = ["\(article.path): \(article.title)"]
        for quote in article.analysis.quotes {
            let who = quote.speaker.map { quote.named ? $0 : "(\($0))" } ?? "(unknown)"
            lines.append("  quote  \(who): “\(quote.text)”")
        }
        for term in article.analysis.terms {
            lines.append("  term   “\(term.text)”")
        }
        for (type, name, count) in entityCounts(article.analysis.entities) {
            lines.append("  \(type.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(name) (\(count))")
        }
        return lines.joined(separator: "\n")
    }

    /// Each entity once, by type and canonical form, with how often the article names it: by type
    /// (as the analysis orders them), then the most named first, then in order of first mention.
    static func entityCounts(_ entities: [Entity]) -> [(Entity.Kind, String, Int)] {
        var counts: [String: (type: Entity.Kind, name: String, count: Int, first: Int)] = [:]
        for (position, entity) in entities.enumerated() {
            let key = entity.type.rawValue + "\u{0}" + entity.canonical
            counts[key, default: (entity.type, entity.canonical, 0, position)].count += 1
        }
        let types = Entity.Kind.allCases
        return counts.values.sorted { left, right in
            let leftType = types.firstIndex(of: left.type) ?? 0, rightType = types.firstIndex(of: right.type) ?? 0
            if leftType != rightType { return leftType < rightType }
            if left.count != right.count { return left.count > right.count }
            return left.first < right.first
        }.map { ($0.type, $0.name, $0.count) }
    }
}

/// One line of `lede analyze --json`.
struct AnalysisRecord: Encodable {
    var path: String
    var title: String
    var quotes: [QuoteRecord]
    var terms: [QuoteRecord]
    var entities: [EntityRecord]

    init(_ article: Article, wireSource: String?) {
        path = article.path  // the real path: escaped, not changed, by Output.jsonLines
        title = Clean.text(article.title)
        quotes = article.analysis.quotes.map(QuoteRecord.init)
        terms = article.analysis.terms.map(QuoteRecord.init)
        entities = article.analysis.entities.map(EntityRecord.init)
            + Self.headerEntities(of: article, wireSource: wireSource)
    }

    /// Entities named only in the title line (`Analyzer.titleEntities`) or the wire source (`(VOV) - ...`):
    /// they are part of the article's text but not of its body, which is what spans address, so they
    /// come without a span.
    static func headerEntities(of article: Article, wireSource: String?) -> [EntityRecord] {
        var seen = Set(article.analysis.entities.map { "\($0.type.rawValue)\u{0}\($0.text)" })
        var records: [EntityRecord] = []
        var found = Analyzer().titleEntities(article.title, body: article.blocks)
        // (Only a source the text names: one from metadata, such as front matter's `source:`, is no name
        // written in the article.)
        if let source = wireSource, !source.isEmpty {
            // A wire source is a news outlet: an organisation.
            found.append(Entity(text: source, type: .organization, canonical: source,
                                span: TextSpan(block: 0, start: 0, end: 0)))
        }
        for entity in found where seen.insert("\(entity.type.rawValue)\u{0}\(entity.text)").inserted {
            var record = EntityRecord(entity)
            record.span = nil
            records.append(record)
        }
        return records
    }
}

/// One line of `lede analyze --kind-features`.
struct KindSamplesRecord: Encodable {
    var path: String
    var samples: [EntityKindSample]
}

struct QuoteRecord: Encodable {
    var text: String
    /// Null when unknown.
    @Nullable var speaker: String?
    var named: Bool
    var span: TextSpan

    init(_ quote: Quote) {
        text = Clean.text(quote.text)
        speaker = quote.speaker.map(Clean.text)
        named = quote.named
        span = quote.span
    }
}

struct EntityRecord: Encodable {
    var text: String
    var type: String
    var canonical: String
    /// Null for an entity of the title line or the wire source, which are outside the body.
    @Nullable var span: TextSpan?

    init(_ entity: Entity) {
        text = Clean.text(entity.text)
        type = entity.type.rawValue
        canonical = Clean.text(entity.canonical)
        span = entity.span
    }
}
