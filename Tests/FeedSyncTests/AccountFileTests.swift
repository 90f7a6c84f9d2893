@testable import FeedSync
import Foundation
import Testing

/// The account file keeps the server's token, readable by its owner only; the password never.
@Suite struct AccountFileTests {
    @Test func theTokenIsKeptWithMode0600() throws {
        let scratch = try SyncScratch()
        try scratch.addAccount(url: "https://rss.example.net/api/greader.php", user: "reader", token: "reader/abc",
                               passwordCommand: "pass show rss")
        let file = AccountFile(libraryRoot: scratch.library, stateFolder: scratch.stateFolder)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        // The mode bits say it whoever runs the test, root included.
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try file.load()?.token == "reader/abc")
        #expect(try file.load()?.name == "reader@rss.example.net")
        // Saving again (a new token) keeps the mode.
        try scratch.addAccount(url: "https://rss.example.net/api/greader.php", user: "reader", token: "reader/def")
        let again = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((again[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(AccountFile.all(in: scratch.stateFolder) == [file])
        #expect(AccountFile.remove(libraryRoot: scratch.library, stateFolder: scratch.stateFolder))
        #expect(AccountFile.all(in: scratch.stateFolder).isEmpty)
    }

    @Test func itemIDsInBothForms() {
        #expect(ItemID.decimal("tag:google.com,2005:reader/item/000000000000001f") == "31")
        #expect(ItemID.decimal("1733500000123456") == "1733500000123456")
        #expect(ItemID.long("31") == "tag:google.com,2005:reader/item/000000000000001f")
        #expect(ItemID.decimal("feed/3") == nil)
    }

    @Test func passwordCommandsAreSplitLikeAShellWouldWithoutOne() throws {
        #expect(PasswordCommand.split("pass show 'rss/my feeds'") == ["pass", "show", "rss/my feeds"])
        #expect(PasswordCommand.split("cat \"my file\" a\\ b") == ["cat", "my file", "a b"])
        #expect(try PasswordCommand.run("printf 'secret; rm -rf /\\nsecond line'") == "secret; rm -rf /")
        #expect(throws: SyncError.self) { try PasswordCommand.run("false") }
    }
}
