import FeedUpdate
import Foundation
import HTTPFetch
import WebPages

/// Where `lede extract` and `lede save` get a page: a saved file, or an http(s) URL fetched politely.
enum PageSource {
    static func isURL(_ source: String) -> Bool {
        let lowered = source.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// The article of one page, or a `FileFailure` that names the problem.
    static func extract(_ source: String) throws -> ExtractedArticle {
        if isURL(source) { return try fetch(source) }
        let page = try readFile(source)
        do {
            return try ArticleExtractor().extract(page)
        } catch {
            throw FileFailure(error.description)
        }
    }

    /// Fetches a page (redirects followed, size and time capped) and extracts its article; the
    /// article's `url` is its canonical URL, else the address that answered.
    static func fetch(_ source: String) throws -> ExtractedArticle {
        guard let url = URL(string: source), url.host != nil else { throw FileFailure("not a valid URL") }
        let outcome = Blocking.run { () async -> Result<ExtractedArticle, PageFailure> in
            let fetcher = HTTPFetcher(policy: FetchPolicy(userAgent: "lede/\(Lede.version)", maxBodyBytes: ArticleExtractor.maximumSize))
            let result: Result<ExtractedArticle, PageFailure>
            do throws(PageFailure) {
                result = .success(try await PageArticle.fetch(url, with: fetcher))
            } catch {
                result = .failure(error)
            }
            await fetcher.shutdown()
            return result
        }
        switch outcome {
        case .success(let article): return article
        case .failure(let failure): throw FileFailure(failure.message)
        }
    }

    /// Reads a saved page, refusing one above the extractor's size limit before reading it.
    static func readFile(_ path: String) throws -> WebPage {
        let url = URL(fileURLWithPath: path)
        let size: Int
        do {
            let values = try url.resourceValues(forKeys: [.fileSizeKey, .isDirectoryKey, .isRegularFileKey])
            if values.isDirectory == true { throw FileFailure("a folder, not a page") }
            // A device or pipe has no size to check first; /dev/zero would never end.
            if values.isRegularFile != true { throw FileFailure("not a regular file") }
            size = values.fileSize ?? 0
        } catch let failure as FileFailure {
            throw failure
        } catch {
            throw FileFailure("cannot read the file")
        }
        guard size <= ArticleExtractor.maximumSize else {
            throw FileFailure(ExtractionFailure.tooLarge(bytes: size).description)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw FileFailure("cannot read the file") }
        return WebPage(bytes: Array(data))
    }
}

extension FileFailure: CustomStringConvertible {
    var description: String { message }
}
