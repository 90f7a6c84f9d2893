import ArticleModel
import Foundation
@testable import LibraryIndex
import Testing

/// The newest entries of a saved index, read alone for the first frame: the same rows, in the same
/// order, as the whole load lists first, and nothing at all from a file that is no index of this version.
@Suite struct IndexHeadTests {
    @Test func theHeadIsTheFirstEntriesOfTheWholeLoad() throws {
        let scratch = try ScratchLibrary()
        let index = LibraryIndex(root: scratch.root, entries: Array(IndexFileEntriesTests.entries.prefix(500)))
        let whole = try #require(try scratch.reloaded(index))
        let head = try #require(scratch.store.loadHead(limit: 40))
        #expect(head.total == 500)
        #expect(head.entries == Array(whole.entries.prefix(40)))
        let library = IndexedLibrary(root: scratch.root, store: scratch.store)
        let rows = try #require(library.savedHead(limit: 3))
        #expect(rows.total == 500)
        #expect(rows.rows == whole.summaries().prefix(3).map { $0 })
    }

    @Test func aHeadLongerThanTheIndexIsTheWholeList() throws {
        let scratch = try ScratchLibrary()
        let index = LibraryIndex(root: scratch.root, entries: Array(IndexFileEntriesTests.entries.prefix(7)))
        _ = try scratch.reloaded(index)
        let head = try #require(scratch.store.loadHead(limit: 300))
        #expect(head.total == 7 && head.entries == index.entries)
    }

    @Test func noHeadFromAMissingForeignOrCutFile() throws {
        let scratch = try ScratchLibrary()
        #expect(scratch.store.loadHead(limit: 10) == nil, "no index yet")
        let index = LibraryIndex(root: scratch.root, entries: Array(IndexFileEntriesTests.entries.prefix(50)))
        var bytes = IndexFile.encode(index)
        // Another version of the format: its entries may be laid out otherwise.
        bytes[IndexFile.magic.count] &+= 1
        try Data(bytes).write(to: URL(fileURLWithPath: scratch.store.path))
        #expect(scratch.store.loadHead(limit: 10) == nil)
        // Cut inside the first entries.
        bytes = IndexFile.encode(index)
        try Data(bytes.prefix(IndexFile.headerSize + 60)).write(to: URL(fileURLWithPath: scratch.store.path))
        #expect(scratch.store.loadHead(limit: 10) == nil)
        try Data("not an index".utf8).write(to: URL(fileURLWithPath: scratch.store.path))
        #expect(scratch.store.loadHead(limit: 10) == nil)
    }
}
