@testable import BrowserRuntime
import Foundation
import LedeTestSupport
import Testing

/// Issue 18, item 8: the search history in the state folder is read only when it is a regular file.
@Suite struct SearchHistoryFileTests {
    @Test func aFIFOOrDeviceAsTheHistoryIsNotRead() throws {
        let scratch = try TemporaryFolder("lede-history")
        let folder = scratch.path
        let file = SearchHistoryFile(folder: folder)
        #expect(mkfifo(file.path, 0o644) == 0)
        #expect(file.load().isEmpty)  // returns at once instead of waiting for a writer
        try FileManager.default.removeItem(atPath: file.path)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: "/dev/zero")
        #expect(file.load().isEmpty)
        try FileManager.default.removeItem(atPath: file.path)
        #expect(file.keep(["nato", "đà nẵng"]))
        #expect(SearchHistoryFile(folder: folder).load() == ["nato", "đà nẵng"])
    }
}
