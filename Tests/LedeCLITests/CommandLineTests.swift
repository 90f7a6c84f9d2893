import Foundation
import Testing

@Suite struct CommandLineTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try write("ha-noi.txt", """
            (Tin Sáng) - Hà Nội mở thêm hai tuyến xe buýt điện từ ngày 1/6/2024, sở giao thông cho biết.
            Hà Nội mở thêm tuyến xe buýt điện
            "Tuyến mới giúp người dân đi lại thuận tiện hơn", ông Lê Văn Bình, giám đốc sở, cho biết.
            """)
        try write("storm.md", """
            ---
            title: Storm closes schools
            source: Coast Herald
            date: 2024-02-03
            ---
            Schools across the coast closed on Friday.
            """)
        try write("hostile.txt", "Title \u{1B}]0;pwned\u{07} here\n\nBody of 2/1/2020 with \u{202E}reversed\u{202C} text.\n")
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    @Test func listJSONHasOneRecordPerArticleNewestFirst() throws {
        let run = try LedeBinary.run(["list", folder, "--json"])
        #expect(run.status == 0)
        let records = try run.lines.map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
        let titles = records.compactMap { $0["title"] as? String }
        #expect(titles.count == 3)
        #expect(Array(titles.prefix(2)) == ["Hà Nội mở thêm tuyến xe buýt điện", "Storm closes schools"])
        #expect(records[0]["source"] as? String == "Tin Sáng")
        #expect(records[0]["date"] as? String == "2024-06-01")
        #expect(records[1]["date"] as? String == "2024-02-03")
        for record in records {
            for key in ["id", "path", "title", "source", "date"] { #expect(record.keys.contains(key)) }
        }
    }

    @Test func nothingFromAnArticleReachesTheTerminalRaw() throws {
        for arguments in [["list", folder], ["list", folder, "--json"], ["show", folder + "/hostile.txt"]] {
            let run = try LedeBinary.run(arguments)
            #expect(run.status == 0)
            #expect(!run.stdout.contains("\u{1B}"))
            #expect(!run.stdout.contains("\u{202E}"))
            #expect(!run.stdout.contains("\u{07}"))
        }
        let shown = try LedeBinary.run(["show", folder + "/hostile.txt"])
        #expect(shown.lines.first == "Title ␛]0;pwned␇ here")
    }

    @Test func showPrintsCleanText() throws {
        let run = try LedeBinary.run(["show", folder + "/ha-noi.txt"])
        #expect(run.status == 0)
        #expect(run.lines == [
            "Hà Nội mở thêm tuyến xe buýt điện",
            "Tin Sáng · 2024-06-01",
            "Hà Nội mở thêm hai tuyến xe buýt điện từ ngày 1/6/2024, sở giao thông cho biết.",
            "\"Tuyến mới giúp người dân đi lại thuận tiện hơn\", ông Lê Văn Bình, giám đốc sở, cho biết.",
        ])
    }

    @Test func analyzeJSONHasTheAgreedShape() throws {
        let run = try LedeBinary.run(["analyze", "--json", folder + "/ha-noi.txt", folder + "/storm.md"])
        #expect(run.status == 0)
        #expect(run.lines.count == 2)
        let record = try JSONSerialization.jsonObject(with: Data(run.lines[0].utf8)) as? [String: Any]
        #expect(record?["path"] as? String == folder + "/ha-noi.txt")
        #expect(record?["title"] as? String == "Hà Nội mở thêm tuyến xe buýt điện")
        #expect(record?["quotes"] is [Any])
        #expect(record?["terms"] is [Any])
        #expect(record?["entities"] is [Any])
    }

    @Test func unreadableFileExitsOneNamingIt() throws {
        let run = try LedeBinary.run(["analyze", "--json", folder + "/missing.txt", folder + "/storm.md"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("missing.txt: no such file"))
        #expect(run.lines.count == 1)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try LedeBinary.run(["list", "--no-such-option"]).status == 2)
        #expect(try LedeBinary.run(["analyze"]).status == 2)
        #expect(try LedeBinary.run(["list", folder, "--max-size", "0"]).status == 2)
    }

    @Test func helpAndVersion() throws {
        let help = try LedeBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: lede"))
        for command in ["list", "show", "analyze"] { #expect(help.stdout.contains(command)) }
        let version = try LedeBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
    }

    @Test func missingLibraryFolderExitsOne() throws {
        let run = try LedeBinary.run(["list", folder + "/nope"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("nope: no such file"))
    }
}

/// `lede FOLDER` without a terminal (pipes, CI) prints the list instead of waiting for keys.
@Suite struct BrowseWithoutTerminalTests {
    @Test func printsTheListAndExits() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-browse-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("Storm closes schools\n\nSchools closed on 3/2/2024.\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/storm.txt"))
        let run = try LedeBinary.run([folder])
        #expect(run.status == 0)
        #expect(run.lines.count == 1)
        #expect(run.stdout.contains("Storm closes schools"))
        #expect(!run.stdout.contains("\u{1B}"))
    }
}
