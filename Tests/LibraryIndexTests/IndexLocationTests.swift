import Foundation
import LedeTestSupport
import LibraryIndex
import Testing

/// Where a library's index is kept.
@Suite struct IndexLocationTests {
    /// The index keys on the library's identity, as the reading state does: reached through a link,
    /// the library finds the index it already has.
    @Test func aLibraryReachedThroughALinkSharesItsIndexFile() throws {
        let scratch = try TemporaryFolder("lede-index-location")
        let real = try scratch.folder("real")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link"), withDestinationPath: real)
        let file = IndexLocation.file(forLibrary: real, in: "/cache")
        #expect(IndexLocation.file(forLibrary: scratch.path("link"), in: "/cache") == file)
        #expect(IndexLocation.file(forLibrary: real + "/", in: "/cache") == file)
        #expect(IndexLocation.file(forLibrary: scratch.path("other"), in: "/cache") != file)
    }

    @Test func theCacheFolderIsLedesOwnOrTheOneNamed() {
        #expect(IndexLocation.folder(environment: ["LEDE_CACHE_DIR": "/named", "XDG_CACHE_HOME": "/xdg"]) == "/named")
        #expect(IndexLocation.folder(environment: ["XDG_CACHE_HOME": "/xdg"]) == "/xdg/lede")
        #expect(IndexLocation.folder(environment: ["HOME": "/home/reader"]) == "/home/reader/.cache/lede")
    }
}
