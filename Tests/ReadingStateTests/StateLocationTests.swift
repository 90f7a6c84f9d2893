import Foundation
import ReadingState
import Testing

@Suite struct StateLocationTests {
    @Test func folderPrecedence() {
        let environment = ["LEDE_STATE_DIR": "/env/state", "XDG_DATA_HOME": "/xdg", "HOME": "/home/reader"]
        #expect(StateLocation.folder(explicit: "/cli/state", environment: environment) == "/cli/state")
        #expect(StateLocation.folder(explicit: nil, environment: environment) == "/env/state")
        #expect(StateLocation.folder(environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/reader"]) == "/xdg/lede")
        #expect(StateLocation.folder(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/reader"])
                == "/home/reader/.local/share/lede")
        #expect(StateLocation.folder(environment: ["HOME": "/home/reader"]) == "/home/reader/.local/share/lede")
    }

    @Test func librariesGetTheirOwnReadableFile() throws {
        let scratch = try Scratch()
        let other = scratch.root + "/Tin tức"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        let first = StateLocation.fileName(forLibrary: scratch.library)
        let second = StateLocation.fileName(forLibrary: other)
        #expect(first != second)
        #expect(first.hasPrefix("library-") && first.hasSuffix(".json"))
        #expect(second.hasPrefix("Tin_t") && second.hasSuffix(".json"))
        // The same library reached through a symbolic link or a trailing slash shares the file.
        let link = scratch.root + "/link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: scratch.library)
        #expect(StateLocation.fileName(forLibrary: link) == first)
        #expect(StateLocation.fileName(forLibrary: scratch.library + "/") == first)
    }

    @Test func librariesSharingAFolderStayApart() throws {
        let scratch = try Scratch()
        let otherLibrary = scratch.root + "/second"
        try FileManager.default.createDirectory(atPath: otherLibrary, withIntermediateDirectories: true)
        let one = scratch.open()
        one.addBookmark(scratch.article("a.txt", text: "A."))
        #expect(one.save() == .saved)
        let two = StateStore(libraryRoot: otherLibrary, stateDirectory: scratch.stateFolder)
        #expect(two.bookmarks.isEmpty)
        #expect(two.document.library == StateLocation.canonicalLibraryPath(otherLibrary))
        #expect(scratch.open().document.library == StateLocation.canonicalLibraryPath(scratch.library))
    }
}
