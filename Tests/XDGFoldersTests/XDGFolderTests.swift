import Foundation
import LedeTestSupport
import Testing
import XDGFolders

/// lede's XDG folders and a library's identity.
@Suite struct XDGFolderTests {
    @Test func eachFolderFollowsItsVariableElseTheHomeDefault() {
        let environment = ["XDG_CONFIG_HOME": "/x/config", "XDG_DATA_HOME": "/x/data", "XDG_CACHE_HOME": "/x/cache",
                           "HOME": "/home/reader"]
        #expect(XDGFolder.config.path(environment: environment) == "/x/config/lede")
        #expect(XDGFolder.data.path(environment: environment) == "/x/data/lede")
        #expect(XDGFolder.cache.path(environment: environment) == "/x/cache/lede")
        let home = ["HOME": "/home/reader"]
        #expect(XDGFolder.config.path(environment: home) == "/home/reader/.config/lede")
        #expect(XDGFolder.data.path(environment: home) == "/home/reader/.local/share/lede")
        #expect(XDGFolder.cache.path(environment: home) == "/home/reader/.cache/lede")
    }

    @Test func aRelativeVariableIsIgnoredAsTheSpecificationSays() {
        #expect(XDGFolder.data.path(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]) == "/h/.local/share/lede")
    }

    @Test func aLibraryReachedThroughALinkOrARelativePathIsTheSameLibrary() throws {
        let scratch = try TemporaryFolder("lede-identity")
        let real = try scratch.folder("real/library")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link"), withDestinationPath: real)
        let canonical = LibraryIdentity.canonicalPath(real)
        #expect(LibraryIdentity.canonicalPath(scratch.path("link")) == canonical)
        #expect(LibraryIdentity.canonicalPath(scratch.path("real/./library/../library/")) == canonical)
    }
}
