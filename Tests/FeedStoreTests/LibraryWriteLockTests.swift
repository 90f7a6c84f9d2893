import FeedStore
import Foundation
import LedeTestSupport
import ReadingState
import Testing

/// One writer of a library's feeds at a time: a second is refused in words, and the lock goes with its
/// holder.
@Suite struct LibraryWriteLockTests {
    /// The test's own folder, removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var root: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-lock")
    }

    @Test func aSecondWriterIsRefusedUntilTheFirstLetsGo() throws {
        do {
            let first = try LibraryWriteLock(libraryRoot: root)
            #expect(throws: StateFailure(path: root, message: "\(root): another lede fetch, sync or save is writing "
                + "to this library; try again when it is done")) {
                _ = try LibraryWriteLock(libraryRoot: root)
            }
            withExtendedLifetime(first) {}
        }
        #expect(throws: Never.self) { _ = try LibraryWriteLock(libraryRoot: root) }
    }

    @Test func aLibraryNotMadeYetIsMade() throws {
        let library = root + "/new/library"
        let lock = try LibraryWriteLock(libraryRoot: library)
        #expect(FileManager.default.fileExists(atPath: library + "/" + LibraryWriteLock.fileName))
        withExtendedLifetime(lock) {}
    }

    @Test func aLibraryThatCannotHoldTheLockFileSaysWhy() throws {
        // A library path under a regular file cannot be opened, also as root.
        let file = root + "/plain"
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: StateFailure.self) { _ = try LibraryWriteLock(libraryRoot: file + "/library") }
    }
}
