import ArticleModel
import Foundation
import TextAnalysis

/// An article read from disk, with the problems that did not stop it from loading.
public struct LoadedArticle: Sendable {
    public var article: Article
    public var warnings: [LoadProblem]
}

/// Reads one article file: checks its size, decodes its bytes, picks the reader by extension,
/// dates it and (optionally) analyses it. Every failure names the file.
public enum ArticleLoader {
    public static let extensions: Set<String> = ["txt", "md", "markdown"]

    /// - Parameters:
    ///   - path: the file, as the user named it (shown in messages and output).
    ///   - relativePath: its path inside its library, from which the stable id is made.
    public static func load(path: String, relativePath: String? = nil,
                            options: LoadOptions = LoadOptions()) throws(LoadProblem) -> LoadedArticle {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw LoadProblem(path: path, kind: exists ? .unreadable(reason: error.localizedDescription) : .notFound)
        }
        if attributes[.type] as? FileAttributeType == .typeDirectory {
            throw LoadProblem(path: path, kind: .unreadable(reason: "it is a folder, not an article file"))
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > options.maxFileSize {
            throw LoadProblem(path: path, kind: .tooLarge(bytes: size, limit: options.maxFileSize))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LoadProblem(path: path, kind: .unreadable(reason: "permission denied"))
        }
        defer { try? handle.close() }
        // Read at most one byte past the cap: a file that grew after the size check is still refused.
        let data: Data
        do {
            data = try handle.read(upToCount: options.maxFileSize + 1) ?? Data()
        } catch {
            throw LoadProblem(path: path, kind: .unreadable(reason: error.localizedDescription))
        }
        if data.count > options.maxFileSize {
            throw LoadProblem(path: path, kind: .tooLarge(bytes: data.count, limit: options.maxFileSize))
        }
        let modified = attributes[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0)
        return try parse(data, path: path, relativePath: relativePath ?? (path as NSString).lastPathComponent,
                         modified: modified, options: options)
    }

    /// Builds an article from bytes already read.
    public static func parse(_ data: Data, path: String, relativePath: String, modified: Date,
                             options: LoadOptions = LoadOptions()) throws(LoadProblem) -> LoadedArticle {
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(data)
        } catch {
            throw LoadProblem(path: path, kind: error == .binary ? .binary : .empty)
        }
        var warnings: [LoadProblem] = []
        if let offset = decoded.firstInvalidByte {
            warnings.append(LoadProblem(path: path, kind: .invalidBytes(offset: offset)))
        }
        let ext = (path as NSString).pathExtension.lowercased()
        let parsed = ext == "md" || ext == "markdown"
            ? MarkdownReader.parse(decoded.text) : PlainTextReader.parse(decoded.text)
        warnings += parsed.warnings.map { LoadProblem(path: path, kind: .badFrontMatter(reason: $0)) }
        guard !parsed.blocks.isEmpty || !parsed.title.isEmpty else {
            throw LoadProblem(path: path, kind: .empty)
        }

        let date: ArticleDate = if let front = parsed.date {
            ArticleDate(front, origin: .frontMatter)
        } else if let found = DateFinder.firstDate(in: parsed.blocks) {
            ArticleDate(found, origin: .text)
        } else {
            ArticleDate(modified, origin: .fileModified)
        }
        var article = Article(
            id: ArticleID(relativePath: relativePath), path: path, title: parsed.title, source: parsed.source,
            author: parsed.author, date: date, url: parsed.url, tags: parsed.tags, blocks: parsed.blocks)
        if options.analyze {
            article.analysis = Analyzer().analyze(article.blocks)
        }
        return LoadedArticle(article: article, warnings: warnings)
    }
}
