import Foundation

extension FetchStateDocument {
    /// The document as JSON that `JSONDecoder` (ISO 8601 dates) reads back the same, keys in byte order,
    /// nil fields left out (unlike `JSONEncoder`'s defaults, `/` is not escaped). Written by hand because `JSONEncoder` took
    /// most of a second for a 100,000-item feed, at the end of the fetch where nothing else runs.
    func json() -> Data {
        var writer = StateJSONWriter()
        writer.write(self)
        return Data(writer.bytes)
    }
}

/// Writes a `FetchStateDocument` as JSON bytes.
struct StateJSONWriter {
    private static let hexDigits = Array("0123456789abcdef".utf8)
    private(set) var bytes: [UInt8] = []
    /// The last date written and its text: most dates of a fetch are the same moment.
    private var lastDate: (date: Date, text: String)?

    mutating func write(_ document: FetchStateDocument) {
        // Reserved once for the whole document: reserved per feed, the buffer grew to each exact size
        // asked, copied again for every feed.
        bytes.reserveCapacity(bytes.count + document.feeds.values.reduce(0) { $0 + $1.items.count } * 200)
        append("{\"feeds\":")
        object(document.feeds) { $0.write($1) }
        append(",\"version\":\(document.version)}")
    }

    private mutating func write(_ state: FeedState) {
        append("{")
        var first = true
        optional("etag", state.etag, first: &first)
        optional("folder", state.folder, first: &first)
        key("items", first: &first)
        object(state.items) { $0.write($1) }
        optional("lastError", state.lastError, first: &first)
        optional("lastFetch", state.lastFetch.map { text(of: $0) }, first: &first)
        optional("lastModified", state.lastModified, first: &first)
        optional("retryAfter", state.retryAfter.map { text(of: $0) }, first: &first)
        append("}")
    }

    private mutating func write(_ record: ItemRecord) {
        append("{\"digest\":")
        string(record.digest)
        append(",\"file\":")
        string(record.file)
        append(",\"firstFetched\":")
        string(text(of: record.firstFetched))
        var first = false
        optional("link", record.link, first: &first)
        append("}")
    }

    /// `{"key":value,...}`, the keys in the order of their UTF-8 bytes: a fixed order, so that the same
    /// state is the same file.
    private mutating func object<Value>(_ members: [String: Value], _ value: (inout Self, Value) -> Void) {
        append("{")
        let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for (index, key) in keys.enumerated() {
            if index > 0 { append(",") }
            string(key)
            append(":")
            value(&self, members[key]!)
        }
        append("}")
    }

    /// `"key":"value"` when there is a value, after a comma unless it is the object's first field.
    private mutating func optional(_ name: String, _ value: String?, first: inout Bool) {
        guard let value else { return }
        key(name, first: &first)
        string(value)
    }

    /// `"key":`, after a comma unless it is the object's first field.
    private mutating func key(_ name: String, first: inout Bool) {
        append(first ? "\"" : ",\"")
        first = false
        append(name)
        append("\":")
    }

    private mutating func text(of date: Date) -> String {
        if let lastDate, lastDate.date == date { return lastDate.text }
        let text = date.formatted(.iso8601)
        lastDate = (date, text)
        return text
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case 0..<0x20:
                append("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 15)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
