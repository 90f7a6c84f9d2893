import Foundation
import LedeTestSupport
import Testing
@testable import lede

/// Issue 18, item 14: a config.toml that is not text is reported, not taken silently.
@Suite struct ConfigFileTests {
    @Test func aBinaryConfigIsReportedAndIgnored() throws {
        let scratch = try TemporaryFolder("lede-config")
        let folder = scratch.path
        try Data([0x74, 0x68, 0x65, 0x6D, 0x65, 0x3D, 0x00, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: folder + "/config.toml"))
        let config = Config.load(folder: folder)
        #expect(config.theme == nil)
        #expect(config.problems == ["\(folder)/config.toml: it is not text (it has NUL bytes or is not UTF-8); "
            + "lede goes on with the default settings"])
    }

    @Test func aConfigThatIsAFolderIsReported() throws {
        let scratch = try TemporaryFolder("lede-config")
        let folder = scratch.path
        try FileManager.default.createDirectory(atPath: folder + "/config.toml", withIntermediateDirectories: true)
        #expect(Config.load(folder: folder).problems.first?.contains("it is a folder, not a regular file") == true)
    }
}

/// Found by fuzzing (FuzzTheme, the same TOML parser): a config.toml of `[}` aborted lede.
@Suite struct ConfigCrashRegressionTests {
    @Test func aHeaderThatCrashedTheParserIsReported() {
        #expect(Config.parse("theme = \"light\"\n[}\n", file: "config.toml").problems
            == ["config.toml:2: not valid TOML: a table header must start with a name"])
    }
}
