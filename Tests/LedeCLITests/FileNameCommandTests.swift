import Foundation
import LedeTestSupport
import Testing

/// Issue 18, item 11: a file whose name is not UTF-8 is listed (its name shown safely), and the path
/// that `list --json` gives opens it again.
@Suite struct FileNameCommandTests {
    /// Removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var folder: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-names")
        // "café.txt" in Latin-1: the byte 0xE9 alone is not UTF-8.
        let name = Array((folder + "/caf").utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let fd = name.withUnsafeBufferPointer { $0.baseAddress!.withMemoryRebound(to: CChar.self, capacity: name.count) {
            open($0, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        } }
        #expect(fd >= 0)
        let text = Array("Latin title\n\nThe body of the Latin-1 named file.\n".utf8)
        #expect(write(fd, text, text.count) == text.count)
        close(fd)
        try Data("Plain title\n\nAn ordinary file.\n".utf8).write(to: URL(fileURLWithPath: folder + "/plain.txt"))
    }

    @Test func aNameThatIsNotUTF8IsListedShownSafelyAndOpensAgain() throws {
        let list = try LedeBinary.run(["list", folder])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.lines.count == 2)
        let json = try LedeBinary.run(["list", folder, "--json"])
        let escaped = try #require(json.lines.first { $0.contains("Latin title") })
        #expect(escaped.contains("/caf\\uDBFF\\uDEE9.txt\""))
        let record = try #require(try JSONSerialization.jsonObject(with: Data(escaped.utf8)) as? [String: Any])
        let path = try #require(record["path"] as? String)

        let show = try LedeBinary.run(["show", path])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("The body of the Latin-1 named file."))
        // Shown, the byte is U+FFFD: never a raw byte or the private-use character on a terminal.
        let index = try LedeBinary.run(["search", "latin", "--library", folder])
        #expect(index.stdout.contains("/caf\u{FFFD}.txt"))
    }
}
