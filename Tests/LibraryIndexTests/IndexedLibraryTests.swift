import ArticleStore
import Foundation
import LedeTestSupport
@testable import LibraryIndex
import Testing

/// Opening a library through its saved index, as the commands and the browser do.
@Suite struct IndexedLibraryTests {
    let scratch: TemporaryFolder
    let library: IndexedLibrary

    init() throws {
        scratch = try TemporaryFolder("lede-indexed")
        try scratch.write("library/a.txt", "Alpha story\n\nText.\n")
        library = IndexedLibrary(root: scratch.path("library"), cacheFolder: scratch.path("cache"))
    }

    @Test func theFirstUpdateIsSavedAndTheNextOpenStartsFromIt() throws {
        #expect(library.loadSaved().index == nil && library.loadSaved().damaged == nil)
        let first = try library.update(nil, options: LoadOptions(), analyze: false)
        #expect(first.report == IndexUpdate(added: 1) && first.saveProblem == nil)
        let saved = try #require(library.loadSaved().index)
        #expect(saved.entries.map(\.title) == ["Alpha story"])
        try scratch.write("library/b.txt", "Beta story\n\nText.\n")
        let second = try library.update(saved, options: LoadOptions(), analyze: false)
        #expect(second.report.added == 1 && second.report.unchanged == 1)
        #expect(library.loadSaved().index?.count == 2)
    }

    @Test func aDamagedIndexIsReportedAndReplaced() throws {
        let store = try #require(library.store)
        try scratch.write("cache/" + (store.path as NSString).lastPathComponent, "not an index")
        let (index, damaged) = library.loadSaved()
        #expect(index == nil && damaged?.contains(store.path) == true)
        _ = try library.update(nil, options: LoadOptions(), analyze: false)
        #expect(library.loadSaved().index?.count == 1)
    }

    /// The browser checks the search sections after its first frame: damage there is found by the next
    /// update, which says so and rebuilds the index from the files.
    @Test func damageLeftForTheUpdateToFindIsReportedAndRebuilt() throws {
        _ = try library.update(nil, options: LoadOptions(), analyze: false)
        let store = try #require(library.store)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: store.path)))
        // The first byte of the word sequences, the last section: well formed still, but not as written.
        let lengths = (0..<IndexFile.sectionCount).map { section in
            bytes[8 + 16 * section..<16 + 16 * section].reversed().reduce(0) { $0 << 8 | Int($1) }
        }
        bytes[IndexFile.headerSize + lengths.dropLast().reduce(0, +)] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: store.path))
        #expect(library.loadSaved().damaged?.contains("checksum mismatch") == true)

        let (unchecked, notice) = library.loadSaved(checkingLater: true)
        #expect(notice == nil)
        let loaded: LibraryIndex = try #require(unchecked)
        let updated = try library.update(loaded, options: LoadOptions(), analyze: false)
        #expect(updated.damaged?.hasPrefix(store.path + ": the index is damaged (checksum mismatch)") == true)
        #expect(updated.report == IndexUpdate(added: 1) && updated.index.entries.map(\.title) == ["Alpha story"])
        #expect(library.loadSaved().index?.postings.hits(for: "alpha").count == 1)
    }

    @Test func aCacheThatCannotBeWrittenIsAProblemNotAFailure() throws {
        try scratch.write("blocked", "a file where the cache folder would be")
        let blocked = IndexedLibrary(root: library.root, cacheFolder: scratch.path("blocked"))
        let updated = try blocked.update(nil, options: LoadOptions(), analyze: false)
        #expect(updated.index.count == 1)
        #expect(updated.saveProblem?.contains("cannot save the index") == true)
    }
}
