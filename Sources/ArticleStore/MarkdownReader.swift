import ArticleModel
import Foundation
import Yams

/// Reads Markdown articles: an optional YAML front matter (`title`, `source`, `author`, `date`, `url`,
/// `tags`), `#` headings, paragraphs separated by blank lines. Inline markup is reduced to its text
/// because the reading pane styles text by meaning (quotes, entities), not by Markdown emphasis.
public enum MarkdownReader {
    public static func parse(_ text: String) -> ParsedArticle {
        let (frontMatter, body) = splitFrontMatter(text)
        var fields = FrontMatter()
        var warnings: [String] = []
        if let frontMatter {
            do {
                fields = try FrontMatter(yaml: frontMatter)
            } catch {
                warnings.append(error.localizedDescription)
            }
        }

        var title = fields.title
        var blocks: [Block] = []
        for chunk in chunks(of: body) {
            if let (level, heading) = headingOf(chunk) {
                if level == 1, title == nil, blocks.isEmpty {
                    title = heading
                } else {
                    blocks.append(Block(.heading, heading))
                }
                continue
            }
            let paragraph = inlineText(chunk)
            guard !paragraph.isEmpty else { continue }
            let isFirstParagraph = !blocks.contains { $0.kind != .heading }
            blocks.append(Block(isFirstParagraph ? .lede : .paragraph, paragraph))
        }

        // No title given: a first paragraph that reads as a title line is the title (corpora often write
        // the title as the first line of the body, under front matter without `title`).
        if title == nil, blocks.count > 1, blocks[0].kind == .lede, PlainTextReader.readsAsTitleLine(blocks[0].text) {
            title = blocks.removeFirst().text
            if let next = blocks.firstIndex(where: { $0.kind != .heading }) { blocks[next].kind = .lede }
        }
        var article = ParsedArticle(title: title ?? PlainTextReader.fallbackTitle(from: blocks),
                                    source: fields.source, blocks: blocks)
        article.author = fields.author
        article.date = fields.date
        article.url = fields.url
        article.tags = fields.tags
        article.warnings = warnings
        return article
    }

    /// Splits `---\n...\n---\n` off the top of the file.
    static func splitFrontMatter(_ text: String) -> (String?, String) {
        guard text.hasPrefix("---\n") else { return (nil, text) }
        let rest = text.dropFirst(4)
        var searchStart = rest.startIndex
        while let range = rest.range(of: "\n---", range: searchStart..<rest.endIndex) {
            let after = range.upperBound
            if after == rest.endIndex || rest[after] == "\n" {
                let yaml = String(rest[..<range.lowerBound])
                let body = after == rest.endIndex ? "" : String(rest[rest.index(after: after)...])
                return (yaml, body)
            }
            searchStart = after
        }
        if rest.hasPrefix("---\n") || rest == "---" { return ("", String(rest.dropFirst(4))) }
        return (nil, text)
    }

    /// Blank-line-separated chunks; a heading line always stands alone.
    static func chunks(of body: String) -> [String] {
        var result: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { result.append(current.joined(separator: "\n")) }
            current = []
        }
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmed
            if trimmed.isEmpty {
                flush()
            } else if headingOf(trimmed) != nil {
                flush()
                result.append(trimmed)
            } else {
                current.append(trimmed)
            }
        }
        flush()
        return result
    }

    static func headingOf(_ chunk: String) -> (Int, String)? {
        guard chunk.hasPrefix("#"), !chunk.contains("\n") else { return nil }
        let level = chunk.prefix { $0 == "#" }.count
        let rest = chunk.dropFirst(level)
        guard level <= 6, rest.first == " " else { return nil }
        var text = rest.trimmed
        while text.hasSuffix("#") { text = String(text.dropLast()).trimmed }
        return text.isEmpty ? nil : (level, inlineText(text))
    }

    /// The readable text of a paragraph: lines joined, quote and list markers dropped, links reduced to
    /// their words, emphasis markers removed.
    static func inlineText(_ chunk: String) -> String {
        let lines = chunk.split(separator: "\n").map { line -> String in
            var text = Substring(line)
            while text.hasPrefix(">") { text = text.dropFirst().drop(while: { $0 == " " }) }
            return String(text)
        }
        var text = lines.joined(separator: " ")
        text = text.replacingOccurrences(of: #"!?\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        text = text.replacingOccurrences(of: #"(\*\*|__)(.+?)\1"#, with: "$2", options: .regularExpression)
        text = text.replacingOccurrences(of: #"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"#, with: "$1",
                                         options: .regularExpression)
        text = text.replacingOccurrences(of: #"`([^`]+)`"#, with: "$1", options: .regularExpression)
        return text.trimmed
    }
}

/// The front-matter fields lede understands; others are ignored.
struct FrontMatter {
    var title: String?
    var source: String?
    var author: String?
    var date: Date?
    var url: String?
    var tags: [String] = []

    init() {}

    init(yaml: String) throws {
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: yaml)
        } catch let error as YamlError {
            throw FrontMatterError(reason: "YAML error: \(error)")
        }
        guard let loaded else { return }
        guard let map = loaded as? [String: Any] else {
            throw FrontMatterError(reason: "front matter is not a mapping of keys to values")
        }
        title = Self.string(map["title"])
        source = Self.string(map["source"])
        author = Self.string(map["author"])
        url = Self.string(map["url"])
        if let date = map["date"] as? Date {
            self.date = date
        } else if let text = Self.string(map["date"]) {
            self.date = DateFinder.parseDate(text)
        }
        if let list = map["tags"] as? [Any] {
            tags = list.compactMap { Self.string($0) }
        } else if let text = Self.string(map["tags"]) {
            tags = text.split(separator: ",").map { $0.trimmed }.filter { !$0.isEmpty }
        }
    }

    static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: text.trimmed.isEmpty ? nil : text.trimmed
        case let number as Int: String(number)
        case let number as Double: String(number)
        default: nil
        }
    }
}

struct FrontMatterError: LocalizedError {
    var reason: String
    var errorDescription: String? { reason }
}
