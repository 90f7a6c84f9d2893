import ArticleModel
import ArticleStore
import Foundation
import LibraryIndex

/// The searches the browser runs, as plain functions: the library search that filters the list (run
/// off the run loop, and by the latency benchmark) and the matches in one open article.
public enum LibraryQuery {
    /// The articles of `index` that match `text`, best first; with `typing`, the last word is a prefix.
    /// `read` and `bookmarked` answer `is:` fields; phrases are confirmed by reading the candidates' files,
    /// which can take long: once `cancelled` says so, no more files are read and the result is partial.
    public static func results(for text: String, typing: Bool, in index: LibraryIndex,
                               read: Set<ArticleID> = [], bookmarked: Set<ArticleID> = [],
                               options: LoadOptions = LoadOptions(analyze: false),
                               texts: ArticleTexts? = nil,
                               cancelled: @escaping () -> Bool = { false }) -> [SearchResult] {
        let query = SearchQuery(parsing: text, typing: typing)
        guard !query.isEmpty else { return [] }
        let texts = texts ?? ArticleTexts(index: index, options: options)
        let context = SearchEngine.Context(
            hasFlag: { flag, position in
                let id = index.entries[position].id
                switch flag {
                case .bookmarked: return bookmarked.contains(id)
                case .read: return read.contains(id)
                case .unread: return !read.contains(id)
                }
            },
            phraseCount: { phrase, position in
                cancelled() ? nil : texts.text(at: position).map { MatchFinder.phraseCount(phrase, in: $0) }
            })
        return SearchEngine(index: index).search(query, context: context)
    }

    /// Where `text` matches in `article`: spans in its blocks' NFC text, block -2 for the title (as the
    /// reading layout numbers it), in reading order.
    public static func matches(for text: String, typing: Bool, in article: Article) -> [TextSpan] {
        let query = SearchQuery(parsing: text, typing: typing)
        guard !query.isEmpty else { return [] }
        var spans: [TextSpan] = []
        let texts = [(-2, article.title)] + article.blocks.enumerated().map { ($0.offset, $0.element.text) }
        for (block, text) in texts {
            for range in MatchFinder.ranges(in: text.precomposedStringWithCanonicalMapping, for: query) {
                spans.append(TextSpan(block: block, start: range.lowerBound, end: range.upperBound))
            }
        }
        return spans
    }
}

/// The title and body of the articles of an index, read on demand (to confirm phrases). Kept from one
/// search to the next of the same index (typing a phrase asks for the same articles again), at most
/// `limit` of them; safe to share between threads.
public final class ArticleTexts: @unchecked Sendable {
    let index: LibraryIndex
    let options: LoadOptions
    let limit: Int
    private let lock = NSLock()
    private var texts: [Int: String?] = [:]

    public init(index: LibraryIndex, options: LoadOptions = LoadOptions(analyze: false), limit: Int = 5_000) {
        self.index = index
        self.options = options
        self.limit = limit
    }

    public func text(at position: Int) -> String? {
        if let known = lock.withLock({ texts[position] }) { return known }
        let path = index.entries[position].summary(root: index.root).path
        let text = (try? ArticleLoader.load(path: path, options: options).article).map { $0.title + "\n\n" + $0.bodyText }
        lock.withLock {
            if texts.count >= limit { texts.removeAll(keepingCapacity: true) }  // simple bound: start over
            texts[position] = text
        }
        return text
    }
}
