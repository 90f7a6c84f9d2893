import Foundation
import Testing

@Suite struct BookmarkCommandTests {
    let scratch: StateScratch

    init() throws {
        scratch = try StateScratch()
        try scratch.write("storm.md", "---\ntitle: Storm closes schools\ndate: 2024-02-03\n---\nSchools across the coast closed on Friday.\n")
        try scratch.write("ha-noi.txt", "Hà Nội mở thêm tuyến xe buýt điện\n\nTuyến mới giúp người dân đi lại thuận tiện hơn.\n")
    }

    func exportJSON() throws -> [[String: Any]] {
        let run = try scratch.lede(["bookmarks", "--json"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        return try #require(object?["bookmarks"] as? [[String: Any]])
    }

    @Test func addThenExportAsJSONTextAndMarkdown() throws {
        let add = try scratch.lede(["bookmarks", "add", scratch.library + "/ha-noi.txt", "--note", "Đọc lại vào cuối tuần"])
        #expect(add.status == 0, "\(add.stderr)")
        let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(UUID(uuidString: id) != nil)
        #expect(try scratch.lede(["bookmarks", "add", scratch.library + "/storm.md"]).status == 0)

        let records = try exportJSON()
        #expect(records.count == 2)
        let bus = try #require(records.first { $0["id"] as? String == id })
        #expect(bus["path"] as? String == "ha-noi.txt")
        #expect(bus["title"] as? String == "Hà Nội mở thêm tuyến xe buýt điện")
        #expect(bus["note"] as? String == "Đọc lại vào cuối tuần")

        let text = try scratch.lede(["bookmarks"])
        #expect(text.lines.count == 2)
        #expect(text.stdout.contains("Storm closes schools"))

        let markdown = try scratch.lede(["bookmarks", "--markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.lines.first == "# Reading list")
        #expect(markdown.stdout.contains("## Hà Nội mở thêm tuyến xe buýt điện"))
        #expect(markdown.stdout.contains("Note: Đọc lại vào cuối tuần"))
        #expect(markdown.stdout.contains("`ha-noi.txt` · bookmarked "))
    }

    @Test func importExportRoundTrip() throws {
        let quote: [String: Any] = ["text": "Tuyến mới giúp người dân", "speaker": "Lê Văn Bình",
                                    "span": ["block": 1, "start": 0, "end": 24]]
        let seed = try scratch.exportFile(named: "seed.json", bookmarks: [
            StateScratch.bookmark(path: "ha-noi.txt", title: "Xe buýt", note: "ghi chú", quote: quote),
            StateScratch.bookmark(path: "storm.md", title: "Storm"),
        ])
        let imported = try scratch.lede(["bookmarks", "import", seed])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("imported 2 new"))
        let markdown = try scratch.lede(["bookmarks", "--markdown"]).stdout
        #expect(markdown.contains("> “Tuyến mới giúp người dân”"))
        #expect(markdown.contains("> — Lê Văn Bình"))
        // Titles follow the library's files: the seed's made-up title gave way to the article's own.
        #expect(markdown.contains("## Hà Nội mở thêm tuyến xe buýt điện"))

        // The export, imported into another state folder, exports the same again.
        let first = try scratch.lede(["bookmarks", "--json"])
        let exportPath = scratch.root + "/export.json"
        try Data(first.stdout.utf8).write(to: URL(fileURLWithPath: exportPath))
        let otherState = ["--library", scratch.library, "--state-dir", scratch.root + "/other-state"]
        #expect(try LedeBinary.run(["bookmarks", "import", exportPath] + otherState).status == 0)
        let second = try LedeBinary.run(["bookmarks", "--json"] + otherState)
        #expect(second.stdout == first.stdout)

        // Importing it again changes nothing; a bookmark deleted here stays deleted.
        let again = try scratch.lede(["bookmarks", "import", exportPath])
        #expect(again.stdout.contains("imported 0 new, 0 updated, 2 unchanged"))
        let id = try #require(try exportJSON().first { $0["path"] as? String == "storm.md" }?["id"] as? String)
        #expect(try scratch.lede(["bookmarks", "delete", id]).status == 0)
        let afterDelete = try scratch.lede(["bookmarks", "import", exportPath])
        #expect(afterDelete.stdout.contains("1 deleted here"))
        #expect(try exportJSON().count == 1)
    }

    @Test func hostileTextIsSanitisedInEveryExport() throws {
        try scratch.write("hostile.txt", "Title \u{1B}]0;pwned\u{07} here\n\nBody with \u{202E}reversed\u{202C} text.\n")
        #expect(try scratch.lede(["bookmarks", "add", scratch.library + "/hostile.txt", "--note", "ghi chú \u{202E}ẩn"]).status == 0)
        let quote: [String: Any] = ["text": "đỏ \u{1B}[31m", "speaker": "X\u{9B}", "span": ["block": 0, "start": 0, "end": 5]]
        let seed = try scratch.exportFile(named: "seed.json", bookmarks: [
            StateScratch.bookmark(path: "storm.md", title: "Storm", quote: quote),
        ])
        #expect(try scratch.lede(["bookmarks", "import", seed]).status == 0)
        for format in ["--json", "--markdown", "--text"] {
            let run = try scratch.lede(["bookmarks", format])
            #expect(run.status == 0)
            for raw in ["\u{1B}", "\u{202E}", "\u{07}", "\u{9B}"] { #expect(!run.stdout.contains(raw)) }
        }
        let markdown = try scratch.lede(["bookmarks", "--markdown"]).stdout
        #expect(markdown.contains("## Title ␛]0;pwned␇ here"))
        #expect(markdown.contains("Note: ghi chú ẩn"))
        #expect(markdown.contains("> “đỏ ␛[31m”"))
    }

    @Test func theJSONExportEscapesHostileTextAndLosesNothing() throws {
        let quote: [String: Any] = ["text": "đỏ \u{1B}[31m \u{7F}", "speaker": "X\u{9B}\u{202E}",
                                    "span": ["block": 0, "start": 0, "end": 5]]
        let seed = try scratch.exportFile(named: "seed.json", bookmarks: [
            StateScratch.bookmark(path: "gone.md", title: "Storm \u{2066}x\u{2069}", quote: quote),
        ])
        #expect(try scratch.lede(["bookmarks", "import", seed]).status == 0)
        let export = try scratch.lede(["bookmarks", "--json"]).stdout
        #expect(export.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F || $0 == "\n" || $0.value > 0x9F })
        #expect(export.contains("\\u009B\\u202E") && export.contains("\\u2066x\\u2069"))
        // What the export says is what was bookmarked, to the character.
        let record = try #require(try exportJSON().first)
        #expect(record["title"] as? String == "Storm \u{2066}x\u{2069}")
        let saved = try #require(record["quote"] as? [String: Any])
        #expect(saved["text"] as? String == "đỏ \u{1B}[31m \u{7F}")
        #expect(saved["speaker"] as? String == "X\u{9B}\u{202E}")
    }

    @Test func importRejectsWhatIsNotAnExport() throws {
        let path = scratch.root + "/notes.json"
        try Data("{\"bookmarks\": 3}".utf8).write(to: URL(fileURLWithPath: path))
        let run = try scratch.lede(["bookmarks", "import", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("notes.json: not a lede bookmarks export"))
        #expect(try scratch.lede(["bookmarks", "import", scratch.root + "/missing.json"]).status == 1)
    }

    @Test func renamedArticleKeepsItsBookmark() throws {
        #expect(try scratch.lede(["bookmarks", "add", scratch.library + "/storm.md", "--note", "giữ lại"]).status == 0)
        try FileManager.default.createDirectory(atPath: scratch.library + "/2024", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: scratch.library + "/storm.md", toPath: scratch.library + "/2024/school-storm.md")
        let records = try exportJSON()
        #expect(records.count == 1)
        #expect(records.first?["path"] as? String == "2024/school-storm.md")
        #expect(records.first?["note"] as? String == "giữ lại")
        #expect(!(try scratch.lede(["bookmarks", "--markdown"]).stdout.contains("file not found")))
    }

    @Test func corruptStateFileIsSetAsideWithAMessage() throws {
        #expect(try scratch.lede(["bookmarks", "add", scratch.library + "/storm.md"]).status == 0)
        let path = try #require(scratch.stateFile)
        let whole = try String(contentsOfFile: path, encoding: .utf8)
        try Data(whole.prefix(whole.count / 2).utf8).write(to: URL(fileURLWithPath: path))

        let run = try scratch.lede(["bookmarks", "--json"])
        #expect(run.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.stateFolder)
        let aside = try #require(names.first { $0.contains(".json.corrupt-") })
        #expect(run.stderr.contains(path))
        #expect(run.stderr.contains(scratch.stateFolder + "/" + aside))
        #expect(try exportJSON().isEmpty)
        // lede goes on with a fresh file.
        #expect(try scratch.lede(["bookmarks", "add", scratch.library + "/ha-noi.txt"]).status == 0)
        #expect(try exportJSON().count == 1)
    }

    @Test func unwritableStateFolderGivesAMessageNotACrash() throws {
        // A state folder under a regular file cannot be created, even by root (CI runs as root, where a
        // read-only mode bit stops nothing).
        let blocker = scratch.root + "/blocker"
        try Data("a file".utf8).write(to: URL(fileURLWithPath: blocker))
        let run = try LedeBinary.run(["bookmarks", "add", scratch.library + "/storm.md",
                                      "--library", scratch.library, "--state-dir", blocker + "/state"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot save bookmarks and read state"))
        #expect(run.stderr.contains(blocker))
        #expect(run.stderr.contains("not a folder"))
    }

    /// Root writes into read-only folders: the test above (a path under a regular file) covers it.
    @Test(.enabled(if: geteuid() != 0, "root ignores mode bits; a path under a file is tested as root instead"))
    func aReadOnlyStateFolderGivesTheSystemsReason() throws {
        try FileManager.default.createDirectory(atPath: scratch.stateFolder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: scratch.stateFolder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: scratch.stateFolder) }
        let readOnly = try scratch.lede(["bookmarks", "add", scratch.library + "/storm.md"])
        #expect(readOnly.status == 1)
        #expect(readOnly.stderr.contains("Permission denied"))
    }

    @Test func stateFolderComesFromTheEnvironment() throws {
        let viaLede = scratch.root + "/from-lede-state-dir"
        let addArguments = ["bookmarks", "add", scratch.library + "/storm.md", "--library", scratch.library]
        #expect(try LedeBinary.run(addArguments, environment: ["LEDE_STATE_DIR": viaLede]).status == 0)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: viaLede)) ?? []).contains { $0.hasSuffix(".json") })

        let xdg = scratch.root + "/xdg"
        #expect(try LedeBinary.run(addArguments, environment: ["LEDE_STATE_DIR": "", "XDG_DATA_HOME": xdg]).status == 0)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: xdg + "/lede")) ?? []).contains { $0.hasSuffix(".json") })
    }

    @Test func readMarksArticlesReadAndUnread() throws {
        #expect(try scratch.lede(["read", scratch.library + "/storm.md", scratch.library + "/ha-noi.txt"]).status == 0)
        #expect(try scratch.lede(["read", "--unread", scratch.library + "/storm.md"]).status == 0)
        let marks = try #require(try scratch.stateObject()["read"] as? [[String: Any]])
        let byPath = Dictionary(uniqueKeysWithValues: marks.map { ($0["path"] as? String ?? "", $0["read"] as? Bool) })
        #expect(byPath == ["ha-noi.txt": true, "storm.md": false])
    }

    @Test func fileOutsideTheLibraryIsAUsageError() throws {
        let outside = scratch.root + "/outside.txt"
        try Data("Outside\n\nText.\n".utf8).write(to: URL(fileURLWithPath: outside))
        let run = try scratch.lede(["bookmarks", "add", outside])
        #expect(run.status == 2)
        #expect(run.stderr.contains("not inside the library"))
    }
}
