import ArticleModel
import Foundation

extension Bookmark {
    /// Where the bookmarked quotation is in `article` now: its saved span if the words are still there,
    /// else the first place the same words appear, searching outward from the saved block (the file was
    /// edited); nil for an article bookmark or when the words are gone.
    public func quoteSpan(in article: Article) -> TextSpan? {
        guard let quote, !quote.text.isEmpty else { return nil }
        if article.text(of: quote.span) == quote.text { return quote.span }
        let near = min(max(quote.span.block, 0), max(article.blocks.count - 1, 0))
        let order = article.blocks.indices.sorted { abs($0 - near) < abs($1 - near) || (abs($0 - near) == abs($1 - near) && $0 < $1) }
        for index in order {
            let text = article.blocks[index].text
            guard let found = text.range(of: quote.text) else { continue }
            let scalars = text.unicodeScalars
            let start = scalars.distance(from: scalars.startIndex, to: found.lowerBound)
            let end = scalars.distance(from: scalars.startIndex, to: found.upperBound)
            return TextSpan(block: index, start: start, end: end)
        }
        return nil
    }
}
