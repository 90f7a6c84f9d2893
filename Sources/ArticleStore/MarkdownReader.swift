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
        // The closing line found on the bytes: Foundation's `range(of:)` bridged the whole article to
        // UTF-16 offsets, a fiftieth of `lede analyze` on Markdown.
        let bytes = rest.utf8
        var index = bytes.startIndex
        while let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) {
            let line = bytes.index(after: newline)
            guard bytes[line...].starts(with: "---".utf8) else {
                index = line
                continue
            }
            let after = bytes.index(line, offsetBy: 3)
            if after == bytes.endIndex || bytes[after] == UInt8(ascii: "\n") {
                let yaml = String(rest[..<newline])
                let body = after == bytes.endIndex ? "" : String(rest[bytes.index(after: after)...])
                return (yaml, body)
            }
            index = line
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
        // Lines cut on the newline byte: splitting the String compared whole characters, a tenth of
        // `lede analyze` on real Markdown.
        for trimmed in PlainTextReader.trimmedLines(body) {
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
        let lines = chunk.utf8.split(separator: UInt8(ascii: "\n")).map { line -> String in
            var text = Substring(line)
            while text.hasPrefix(">") { text = text.dropFirst().drop(while: { $0 == " " }) }
            return String(text)
        }
        var text = lines.joined(separator: " ")
        // Each pattern needs a mark that most paragraphs lack, and a replacement only keeps text already
        // there: a paragraph without the mark is left as it is, without building and running the regex
        // (which cost a fifth of `lede analyze` on real Markdown).
        let marks = InlineMarks(text)
        if marks.bracket {
            text = text.replacingOccurrences(of: #"!?\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        }
        if marks.asterisk || marks.underscore {
            text = text.replacingOccurrences(of: #"(\*\*|__)(.+?)\1"#, with: "$2", options: .regularExpression)
        }
        if marks.asterisk {
            text = text.replacingOccurrences(of: #"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"#, with: "$1",
                                             options: .regularExpression)
        }
        if marks.backtick {
            text = text.replacingOccurrences(of: #"`([^`]+)`"#, with: "$1", options: .regularExpression)
        }
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

    /// Reads the fields from YAML through Yams's node API, which keeps an alias as a reference to its
    /// anchor's node instead of expanding it (a 400-byte alias bomb expands to gigabytes), and only ever
    /// looks at plain scalars. Front matter over `FrontMatterLimits` is refused before Yams sees it.
    init(yaml: String) throws {
        if let problem = FrontMatterLimits.problem(in: yaml) { throw FrontMatterError(reason: problem) }
        let root: Node?
        do {
            // UTF-8 named: Yams's default reads the whole environment at every parse (a twentieth of
            // `lede analyze` on Markdown), and prints to standard output when YAMS_DEFAULT_ENCODING is set.
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            throw FrontMatterError(reason: "YAML error: \(error)")
        }
        guard let root, root.null == nil else { return }
        guard let map = root.mapping else {
            throw FrontMatterError(reason: "front matter is not a mapping of keys to values")
        }
        var fields: [String: Node] = [:]
        for (key, value) in map {
            // A sequence or mapping as a key crashes Yams's constructor, and means nothing here.
            guard let name = key.scalar?.string else {
                throw FrontMatterError(reason: "a key is not plain text (line \((key.mark?.line ?? 0) + 1))")
            }
            if fields[name] == nil { fields[name] = value }
        }
        title = Self.string(fields["title"])
        source = Self.string(fields["source"])
        author = Self.string(fields["author"])
        url = Self.string(fields["url"])
        if let date = fields["date"], let scalar = date.scalar {
            self.date = date.timestamp ?? DateFinder.parseDate(scalar.string)
        }
        if let list = fields["tags"]?.sequence {
            tags = list.compactMap { Self.string($0) }
        } else if let text = Self.string(fields["tags"]) {
            tags = text.split(separator: ",").map { $0.trimmed }.filter { !$0.isEmpty }
        }
    }

    /// The text of a scalar that is not null, trimmed; nil for anything else.
    static func string(_ node: Node?) -> String? {
        guard let node, let scalar = node.scalar, node.null == nil else { return nil }
        let text = scalar.string.trimmed
        return text.isEmpty ? nil : text
    }
}

struct FrontMatterError: LocalizedError {
    var reason: String
    var errorDescription: String? { reason }
}
