import ArticleModel
import LibraryIndex

/// The searches the browser runs, as plain functions: the library search that filters the list (run
/// off the run loop, and by the latency benchmark) and the matches in one open article.
public enum LibraryQuery {
    /// The articles of `index` that match `text`, best first; with `typing`, the last word is a prefix.
    /// `read` and `bookmarked` answer `is:` fields.
    public static func results(for text: String, typing: Bool, in index: LibraryIndex,
                               read: Set<ArticleID> = [], bookmarked: Set<ArticleID> = []) -> [SearchResult] {
        let query = SearchQuery(parsing: text, typing: typing)
        guard !query.isEmpty else { return [] }
        let context = SearchEngine.Context(hasFlag: { flag, position in
            let id = index.entries[position].id
            switch flag {
            case .bookmarked: return bookmarked.contains(id)
            case .read: return read.contains(id)
            case .unread: return !read.contains(id)
            }
        })
        return SearchEngine(index: index).search(query, context: context)
    }

    /// Where `text` matches in `article`: spans in its blocks' NFC text, block -2 for the title (as the
    /// reading layout numbers it), in reading order. Words typed one after another are highlighted where
    /// they stand together, or each on its own when the article never has them together.
    public static func matches(for text: String, typing: Bool, in article: Article) -> [TextSpan] {
        let query = SearchQuery(parsing: text, typing: typing)
        guard !query.isEmpty else { return [] }
        let texts = [(-2, article.title)] + article.blocks.enumerated().map { ($0.offset, $0.element.text) }
        func spans(together: Bool) -> [TextSpan] {
            var spans: [TextSpan] = []
            for (block, text) in texts {
                for range in MatchFinder.ranges(in: text.precomposedStringWithCanonicalMapping, for: query, together: together) {
                    spans.append(TextSpan(block: block, start: range.lowerBound, end: range.upperBound))
                }
            }
            return spans
        }
        let together = spans(together: true)
        return together.isEmpty ? spans(together: false) : together
    }
}
