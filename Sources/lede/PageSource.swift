import Foundation
import WebPages

/// Where `lede extract` and `lede save` get a page: a saved file, or (with HTTPFetch) an http(s) URL.
enum PageSource {
    static func isURL(_ source: String) -> Bool {
        let lowered = source.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// The article of one page, or a `FileFailure` that names the problem.
    static func extract(_ source: String) throws -> ExtractedArticle {
        let page = try load(source)
        do {
            return try ArticleExtractor().extract(page)
        } catch {
            throw FileFailure(error.description)
        }
    }

    static func load(_ source: String) throws -> WebPage {
        if isURL(source) { throw FileFailure("fetching web pages is not available yet") }
        return try readFile(source)
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
