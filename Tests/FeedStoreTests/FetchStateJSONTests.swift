@testable import FeedStore
import Foundation
import Testing

/// The fetch state written by hand reads back, through `JSONDecoder`, as what `JSONEncoder` would have
/// written: the same document, with dates to the second.
@Suite struct FetchStateJSONTests {
    func decoded(_ data: Data) throws -> FetchStateDocument {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(FetchStateDocument.self, from: data)
    }

    func encoded(_ document: FetchStateDocument) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(document)
    }

    var document: FetchStateDocument {
        var document = FetchStateDocument()
        var feed = FeedState()
        feed.folder = "the-daily-news"
        feed.etag = "W/\"abc\\def\""
        feed.lastFetch = Date(timeIntervalSince1970: 1_714_550_400.75)
        feed.lastError = "line one\nline\ttwo \u{1}\u{1f} \u{7f} / Thời sự 🌏"
        feed.retryAfter = Date(timeIntervalSince1970: 1_714_560_000)
        for index in 0..<50 {
            feed.items["id:urn:\(index)\"\\/\u{0}"] = ItemRecord(
                file: "the-daily-news/2024-05-01-story-\(index).md", digest: String(index, radix: 16),
                firstFetched: Date(timeIntervalSince1970: 1_714_550_400.5 + Double(index % 3)),
                link: index.isMultiple(of: 2) ? nil : "http://127.0.0.1/\(index)?a=1&b=<2>")
        }
        document.feeds["http://127.0.0.1/feed.xml"] = feed
        var bare = FeedState()
        bare.lastModified = "Wed, 01 May 2024 08:00:00 GMT"
        document.feeds["file:///tmp/x y.xml"] = bare
        document.feeds["http://127.0.0.1/empty"] = FeedState()
        return document
    }

    /// The writer names every stored field by hand: a field added to the state must be added to it (and
    /// to the document above) too, which this count makes a failing test rather than a silent loss.
    @Test func theWriterAndThisFixtureKnowEveryStoredField() {
        #expect(Mirror(reflecting: FeedState()).children.map(\.label) ==
                ["folder", "etag", "lastModified", "lastFetch", "lastError", "retryAfter", "items"])
        let record = ItemRecord(file: "f", digest: "d", firstFetched: Date(), link: nil)
        #expect(Mirror(reflecting: record).children.map(\.label) == ["file", "digest", "firstFetched", "link"])
    }

    @Test func theStateReadsBackAsJSONEncodersDoes() throws {
        let document = document
        #expect(try decoded(document.json()) == decoded(encoded(document)))
    }

    @Test func theSameStateIsTheSameBytes() throws {
        let document = document
        let again = try decoded(document.json())
        #expect(again.json() == document.json())
    }

    @Test func anEmptyStateIsValid() throws {
        #expect(try decoded(FetchStateDocument().json()) == FetchStateDocument())
        #expect(String(decoding: FetchStateDocument().json(), as: UTF8.self) == #"{"feeds":{},"version":1}"#)
    }
}
