import ArticleModel
import Foundation

extension ArticleRecord {
    /// Writes the article's record as one JSON line, the same bytes as encoding it whole, but its long
    /// lists element by element in chunks: a 16 MB article's record took 2.5 GB encoded at once.
    static func writeJSONLine(_ article: Article, to emit: ([UInt8]) -> Void = { StandardStream.out($0) }) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        // Keys are sorted, and a quote inside a string is always escaped, so `"name":[]` after `{` or `,`
        // is the empty list's own key.
        let head = JSONEscape.escapingUnsafe(try encoder.encode(ArticleRecord(article, lists: false)))
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        func flush(atLeast size: Int) {
            guard buffer.count >= size else { return }
            emit(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
        func list<T>(_ items: [T], _ record: (T) -> some Encodable) throws {
            for (index, item) in items.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                buffer.append(contentsOf: JSONEscape.escapingUnsafe(try encoder.encode(record(item))))
                flush(atLeast: 1 << 20)
            }
        }
        var position = 0
        for name in ["blocks", "entities", "quotes", "terms"] {
            let key = Array("\"\(name)\":[".utf8)
            guard let found = Self.find(key, in: head, from: position) else { continue }
            buffer.append(contentsOf: head[position..<found + key.count])
            position = found + key.count
            switch name {
            case "blocks": try list(article.blocks) { BlockRecord(kind: $0.kind.rawValue, text: Clean.text($0.text)) }
            case "entities": try list(article.analysis.entities, EntityRecord.init)
            case "quotes": try list(article.analysis.quotes, QuoteRecord.init)
            default: try list(article.analysis.terms, QuoteRecord.init)
            }
        }
        buffer.append(contentsOf: head[position...])
        buffer.append(0x0A)
        flush(atLeast: 0)
    }

    private static func find(_ key: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= key.count else { return nil }
        var index = start
        while index + key.count <= bytes.count {
            if index > 0, bytes[index - 1] == UInt8(ascii: "{") || bytes[index - 1] == UInt8(ascii: ","),
               bytes[index..<index + key.count].elementsEqual(key) {
                return index
            }
            index += 1
        }
        return nil
    }
}
