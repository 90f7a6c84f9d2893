import ArticleModel
import Foundation
import RegularFiles

/// An article read from disk, with the problems that did not stop it from loading.
public struct LoadedArticle: Sendable {
    public var article: Article
    public var warnings: [LoadProblem]
    /// The source as the text names it at its head (`(VOV) - ...`), apart from `article.source`, which
    /// metadata may give instead: a fact of this reading, kept off the article the library stores.
    public var wireSource: String?
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
        // open, fstat and read: FileManager's attributes and FileHandle cost a tenth of indexing time.
        let contents: RegularFile.Contents
        do {
            contents = try RegularFile.contents(of: path, limit: options.maxFileSize)
        } catch {
            switch error {
            case .notFound: throw LoadProblem(path: path, kind: .notFound)
            case .tooLarge(let bytes, let limit, let atLeast):
                throw LoadProblem(path: path, kind: atLeast ? .tooLargeToMeasure(limit: limit) : .tooLarge(bytes: bytes, limit: limit))
            case .notRegular(let kind) where kind == "a folder":
                throw LoadProblem(path: path, kind: .unreadable(reason: "it is a folder, not an article file"))
            case .unreadable(let reason): throw LoadProblem(path: path, kind: .unreadable(reason: reason))
            case .binary: throw LoadProblem(path: path, kind: .binary)
            case .notRegular(let kind): throw LoadProblem(path: path, kind: .notAFile(what: kind))
            }
        }
        let info = FileInfo(contents.status)
        let data = Data(contents.bytes)
        let modified = Date(timeIntervalSince1970: info.modified)
        return try parse(data, path: path, relativePath: relativePath ?? (path as NSString).lastPathComponent,
                         modified: modified, options: options)
    }

    /// Whether the file is Markdown by its extension. A name ending in `.txt` is not, whatever
    /// `pathExtension` makes of the rest (it took a hundredth of indexing time, on every file).
    static func isMarkdown(_ path: String) -> Bool {
        let tail = path.utf8.suffix(4)
        if tail.count == 4, tail.first == UInt8(ascii: "."),
           tail.dropFirst().map({ $0 | 0x20 }).elementsEqual("txt".utf8) {
            return false
        }
        let ext = (path as NSString).pathExtension.lowercased()
        return ext == "md" || ext == "markdown"
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
        let parsed = isMarkdown(path) ? MarkdownReader.parse(decoded.text) : PlainTextReader.parse(decoded.text)
        warnings += parsed.warnings.map { LoadProblem(path: path, kind: .badFrontMatter(reason: $0)) }
        guard !parsed.blocks.isEmpty || !parsed.title.isEmpty else {
            throw LoadProblem(path: path, kind: .empty)
        }

        let date: ArticleDate = if let front = parsed.date {
            ArticleDate(front, origin: .frontMatter)
        } else if let found = DateFinder.datelineDate(in: parsed.blocks) {
            ArticleDate(found, origin: .text)
        } else {
            ArticleDate(modified, origin: .fileModified)
        }
        let article = Article(
            id: ArticleID(relativePath: relativePath), path: path, title: parsed.title, source: parsed.source,
            author: parsed.author, date: date, url: parsed.url, tags: parsed.tags, blocks: parsed.blocks)
        return LoadedArticle(article: article, warnings: warnings, wireSource: parsed.wireSource)
    }
}
