import Foundation
@testable import LibraryIndex
import Testing

@Suite struct BlobSectionTests {
    /// Three records written in build order, found in index order.
    func built() -> BlobSection {
        var builder = BlobSectionBuilder(capacity: 64)
        for text in ["first", "", "third one"] { builder.append { $0.raw(Array(text.utf8)) } }
        return builder.build(order: [2, 0, 1])
    }

    func records(_ section: BlobSection) -> [String] {
        (0..<section.count).map { position in
            section.withRecord(at: position) { String(decoding: $0, as: UTF8.self) }
        }
    }

    @Test func recordsComeInIndexOrderBuiltAndLoaded() throws {
        let section = built()
        #expect(records(section) == ["third one", "first", ""])
        let bytes = section.withBytes { Data($0) }
        #expect(records(try BlobSection(section: bytes, entries: 3)) == ["third one", "first", ""])
    }

    @Test func damageIsRejected() {
        let bytes = built().withBytes { [UInt8]($0) }
        #expect(throws: (any Error).self) { try BlobSection(section: Data(bytes), entries: 2) }
        #expect(throws: (any Error).self) { try BlobSection(section: Data(bytes.dropFirst(3)), entries: 3) }
        #expect(throws: (any Error).self) { try BlobSection(section: Data(), entries: 0) }
        var pastTheEnd = bytes
        pastTheEnd[bytes.count - 8 - 12 + 8] = 0xFF  // the last record's length
        #expect(throws: (any Error).self) { try BlobSection(section: Data(pastTheEnd), entries: 3) }
    }

    @Test func aRecordWrittenTwiceIsStoredOnceAndReadForBoth() throws {
        var builder = BlobSectionBuilder()
        for text in ["same body", "other", "same body", "", "same body"] { builder.append { $0.raw(Array(text.utf8)) } }
        let section = builder.build(order: [4, 3, 2, 1, 0])
        let expected = ["same body", "", "same body", "other", "same body"]
        #expect(records(section) == expected)
        let bytes = section.withBytes { Data($0) }
        #expect(bytes.count == "same body".utf8.count + "other".utf8.count + 5 * BlobSection.rowSize + 8)
        #expect(records(try BlobSection(section: bytes, entries: 5)) == expected)
    }
}
