import Foundation
import HTTPFetch
import WebPages

/// Fetches a web page over http(s) and extracts its article: what `lede extract URL`, `lede save URL`
/// and full-text feeds share.
public enum PageArticle {
    /// The article at `url`, or why there is none in words (the fetch error, the HTTP status, or the
    /// extractor's reason: not HTML, empty, too large, no article).
    public static func fetch(_ url: URL, with fetcher: HTTPFetcher) async throws(PageFailure) -> ExtractedArticle {
        let scheme = url.scheme?.lowercased()
        // `file` URLs stay out: a feed's item link must not read this machine's files.
        guard scheme == "http" || scheme == "https" else { throw PageFailure("only http and https pages are fetched") }
        let result: HTTPFetchResult
        do {
            result = try await fetcher.get(url)
        } catch {
            throw PageFailure(error.localizedDescription)
        }
        guard (200..<300).contains(result.status) else { throw PageFailure("HTTP \(result.status)") }
        let page = WebPage(bytes: Array(result.body), contentType: result.header("Content-Type"), url: result.finalURL)
        do {
            return try ArticleExtractor().extract(page)
        } catch {
            throw PageFailure(error.description)
        }
    }
}

/// Why a page gave no article, in words.
public struct PageFailure: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
