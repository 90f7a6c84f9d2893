import ArticleModel
import Foundation
@testable import LibraryIndex
import Testing

/// The list's entries of a large index, decoded in runs by parallel workers, and its summaries made
/// the same way: the same entries in the same order as written, whatever the runs.
@Suite struct IndexFileEntriesTests {
    /// More entries than one run takes, with every optional field present and absent.
    static let entries = (0..<10_000).map(entry)

    static func entry(_ number: Int) -> IndexEntry {
        let origin: ArticleDate.Origin = number % 2 == 0 ? .text : .frontMatter
        let date = ArticleDate(Date(timeIntervalSince1970: Double(number) * 3600), origin: origin)
        return IndexEntry(relativePath: "vi/\(number)-bài-viết.txt", title: "Tin số \(number) — Đà Nẵng",
                          source: number % 3 == 0 ? nil : "Dân trí", date: number % 5 == 0 ? nil : date,
                          fingerprint: fingerprint(number), fileSize: number * 7, modified: Double(number) + 0.5)
    }

    @Test func entriesRoundTripInOrder() throws {
        let index = LibraryIndex(root: "/lib", entries: Self.entries)
        let loaded = try IndexFile.decode(Data(IndexFile.encode(index)), path: "index.bin")
        #expect(loaded.count == Self.entries.count)
        #expect(loaded.entries == index.entries)
    }

    @Test func summariesAreTheEntriesRowsInOrder() {
        let index = LibraryIndex(root: "/lib/", entries: Self.entries)
        #expect(index.summaries() == index.entries.map { $0.summary(root: "/lib") })
        #expect(index.summaries()[0].path == "/lib/" + index.entries[0].relativePath)
    }

    /// Sixteen hex digits, as fingerprints are.
    static func fingerprint(_ number: Int) -> String {
        let digits = String(UInt64(number) &* 0x9E37_79B9_7F4A_7C15, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
