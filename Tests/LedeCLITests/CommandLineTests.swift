import Foundation
import LedeTestSupport
import Testing

@Suite struct CommandLineTests {
    let scratch: TemporaryFolder
    var folder: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-cli")
        try write("ha-noi.txt", """
            (Tin Sáng) - HÀ NỘI (1/6/2024) - Hà Nội mở thêm hai tuyến xe buýt điện, sở giao thông cho biết.
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
        try write("hostile.txt", "Title \u{1B}]0;pwned\u{07} here\n\n2/1/2020 - Body with \u{202E}reversed\u{202C} text.\n")
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

    @Test func plainListAlignsTitlesByDisplayWidth() throws {
        try write("tokyo.md", "---\ntitle: 東京の朝\nsource: みなと新聞\ndate: 2024-01-01\n---\n本文。\n")
        let run = try LedeBinary.run(["list", folder])
        #expect(run.status == 0)
        let lines = run.lines
        #expect(lines.contains("2024-01-01  みなと新聞    東京の朝"))
        #expect(lines.contains("2024-06-01  Tin Sáng      Hà Nội mở thêm tuyến xe buýt điện"))
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
            "HÀ NỘI (1/6/2024) - Hà Nội mở thêm hai tuyến xe buýt điện, sở giao thông cho biết.",
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

    /// A folder stands for its article files, in path order, as a library is read (subfolders too).
    @Test func analyzeReadsTheArticlesOfAFolder() throws {
        try FileManager.default.createDirectory(atPath: folder + "/more", withIntermediateDirectories: true)
        try write("more/later.txt", "Tin sau\n\nÔng Nam nói: \"Sẽ xong\".\n")
        let run = try LedeBinary.run(["analyze", "--json", folder])
        #expect(run.status == 0)
        let paths = try run.lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["path"] as? String
        }
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        #expect(paths == names.map { folder + "/" + $0 })
        #expect(paths.contains(folder + "/more/later.txt"))
    }

    @Test func analyzeNamesEntitiesOfTheTitleLineAndTheWireSource() throws {
        try write("hue.txt", "(Tin Huế) - Lễ hội diễn ra trong ba ngày.\nThừa Thiên Huế mở lễ hội áo dài\nNgười dân đến xem rất đông.\n")
        let run = try LedeBinary.run(["analyze", "--json", folder + "/hue.txt"])
        let record = try JSONSerialization.jsonObject(with: Data(run.lines[0].utf8)) as? [String: Any]
        let entities = record?["entities"] as? [[String: Any]] ?? []
        let source = entities.first { $0["text"] as? String == "Tin Huế" }
        #expect(source?["type"] as? String == "organization")
        #expect(source?["span"] is NSNull, "outside the body, so no span")
        #expect(entities.contains { $0["text"] as? String == "Thừa Thiên Huế" && $0["type"] as? String == "place" })
    }

    /// A source from metadata (front matter's `source:`, a feed's title) is no name written in the article.
    @Test func analyzeNamesNoEntityForASourceFromMetadata() throws {
        try write("hoi.md", "---\nsource: Báo Sông Hương\n---\n\n# Lễ hội áo dài\n\nNgười dân Thừa Thiên Huế đến xem rất đông.\n")
        let run = try LedeBinary.run(["analyze", "--json", folder + "/hoi.md"])
        let record = try JSONSerialization.jsonObject(with: Data(run.lines[0].utf8)) as? [String: Any]
        let entities = record?["entities"] as? [[String: Any]] ?? []
        #expect(!entities.contains { $0["text"] as? String == "Báo Sông Hương" })
        #expect(entities.contains { $0["text"] as? String == "Thừa Thiên Huế" && $0["type"] as? String == "place" })
    }

    /// What `Benchmarks/train-entity-kinds.py` reads: per article, each distinct name once with the rules'
    /// kind, its feature keys and whether the entity-kind model reviews it.
    @Test func analyzeKindFeaturesListsEachNameOnceForTheTrainer() throws {
        try write("coach.txt", "Tin\n\nHLV Park Hang Seo về Hà Nội. Hôm qua, Kiatisuk Senamuang cũng tới Hà Nội.\n")
        let run = try LedeBinary.run(["analyze", "--kind-features", folder + "/coach.txt"])
        #expect(run.status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(run.lines[0].utf8)) as? [String: Any])
        #expect(record["path"] as? String == folder + "/coach.txt")
        let samples = record["samples"] as? [[String: Any]] ?? []
        #expect(samples.compactMap { $0["text"] as? String } == ["Park Hang Seo", "Hà Nội", "Kiatisuk Senamuang"])
        #expect(samples.compactMap { $0["type"] as? String } == ["person", "place", "person"])
        #expect(samples.allSatisfy { !(($0["features"] as? [Any]) ?? []).isEmpty })
        // (A title and the gazetteer decide the first two; only the third is the classifier's guess.)
        #expect(samples.compactMap { $0["reviewed"] as? Bool } == [false, false, true])
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
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+( \([0-9a-f]{12}\))?$"#, options: .regularExpression) != nil)
    }

    @Test func missingLibraryFolderExitsOne() throws {
        let run = try LedeBinary.run(["list", folder + "/nope"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("nope: no such file"))
    }
}

@Suite struct IndexCommandTests {
    @Test func listUsesTheIndexAndPicksUpChangesAndReportsADamagedIndex() throws {
        let scratch = try TemporaryFolder("lede-idx")
        let library = try scratch.folder("library"), cache = scratch.path("cache")
        try Data("First story\n\nOn 2 May 2022.\n".utf8).write(to: URL(fileURLWithPath: library + "/one.txt"))
        let env = ["LEDE_CACHE_DIR": cache]

        let first = try LedeBinary.run(["index", library], environment: env)
        #expect(first.status == 0)
        #expect(first.stderr.isEmpty, "quiet without a terminal")
        let files = try FileManager.default.contentsOfDirectory(atPath: cache)
        #expect(files.count == 1 && files[0].hasPrefix("index-"))

        try Data("Second story\n\nOn 3 May 2023.\n".utf8).write(to: URL(fileURLWithPath: library + "/two.txt"))
        let listed = try LedeBinary.run(["list", library], environment: env)
        #expect(listed.lines.map { String($0.suffix(12)) } == ["Second story", " First story"])

        try Data("garbage".utf8).write(to: URL(fileURLWithPath: cache + "/" + files[0]))
        let repaired = try LedeBinary.run(["list", library], environment: env)
        #expect(repaired.status == 0)
        #expect(repaired.stderr.contains(files[0] + ": the index is damaged (not a lede index); it will be rebuilt"))
        #expect(repaired.lines.count == 2)
        let again = try LedeBinary.run(["list", library], environment: env)
        #expect(again.stderr.isEmpty)
    }

    @Test func anUnwritableCacheStillLists() throws {
        let scratch = try TemporaryFolder("lede-idx")
        let base = scratch.path
        try scratch.folder("library")
        try Data("Story\n\nText.\n".utf8).write(to: URL(fileURLWithPath: base + "/library/a.txt"))
        // A cache "folder" that is a regular file cannot be written, even by root.
        try Data("x".utf8).write(to: URL(fileURLWithPath: base + "/cache"))
        let run = try LedeBinary.run(["list", base + "/library"], environment: ["LEDE_CACHE_DIR": base + "/cache"])
        #expect(run.status == 0)
        #expect(run.lines.count == 1)
        #expect(run.stderr.contains("cannot save the index"))
    }
}

@Suite struct SearchCommandTests {
    @Test func searchFindsFoldedWordsPhrasesAndFieldsWithSnippets() throws {
        let scratch = try TemporaryFolder("lede-search")
        let base = scratch.path
        try Data("(Tổ Quốc) - Đại sứ quán Nga tại Bỉ vẫn mở cửa, ngày 2/3/2021.\nĐại sứ quán Nga tại Bỉ\nNgười dân xếp hàng trước cổng.\n".utf8)
            .write(to: URL(fileURLWithPath: base + "/embassy.txt"))
        try Data("Da Nang beaches reopen\n\nThe city of Da Nang reopened its beaches on 1 June 2021.\n".utf8)
            .write(to: URL(fileURLWithPath: base + "/beach.txt"))

        let run = try LedeBinary.run(["search", "dai su quan", "--library", base, "--json"])
        #expect(run.status == 0)
        #expect(run.lines.count == 1)
        let record = try JSONSerialization.jsonObject(with: Data(run.lines[0].utf8)) as? [String: Any]
        #expect(record?["title"] as? String == "Đại sứ quán Nga tại Bỉ")
        #expect(record?["path"] as? String == base + "/embassy.txt")
        #expect((record?["snippets"] as? [String])?.first?.contains("Đại sứ quán") == true)

        #expect(try LedeBinary.run(["search", "da nang", "--library", base]).lines.first?.contains("Da Nang beaches reopen") == true)
        #expect(try LedeBinary.run(["search", "Đà Nẵng", "--library", base]).lines.isEmpty, "typed with diacritics")
        #expect(try LedeBinary.run(["search", "\"quan dai\"", "--library", base]).lines.isEmpty)
        #expect(try LedeBinary.run(["search", "source:\"to quoc\" -beaches", "--library", base, "--json"]).lines.count == 1)
        #expect(try LedeBinary.run(["search", "   ", "--library", base]).status == 2)
    }

    @Test func isFlagsFollowBookmarksAndReadState() throws {
        let scratch = try TemporaryFolder("lede-flags")
        let base = scratch.path
        try scratch.folder("lib")
        for name in ["a", "b", "c"] {
            try Data("Story \(name)\n\nText of \(name).\n".utf8).write(to: URL(fileURLWithPath: base + "/lib/\(name).txt"))
        }
        let state = ["--library", base + "/lib", "--state-dir", base + "/state"]
        #expect(try LedeBinary.run(["bookmarks", "add", base + "/lib/b.txt"] + state).status == 0)
        #expect(try LedeBinary.run(["read", base + "/lib/c.txt"] + state).status == 0)
        func titles(_ query: String) throws -> [String] {
            try LedeBinary.run(["search", query, "--json"] + state).lines.map {
                (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["title"] as? String ?? ""
            }.sorted()
        }
        #expect(try titles("is:bookmarked") == ["Story b"])
        #expect(try titles("is:read") == ["Story c"])
        #expect(try titles("is:unread") == ["Story a", "Story b"])
        #expect(try titles("story -is:bookmarked is:unread") == ["Story a"])
    }
}

@Suite struct ThemesCommandTests {
    let scratch: TemporaryFolder
    var config: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-cfg")
        try scratch.folder("lede/themes")
        try Data("parent = \"default\"\n[roles]\n\"quote\" = { fg = \"#ff0000\" }\n".utf8)
            .write(to: URL(fileURLWithPath: config + "/lede/themes/mine.toml"))
        try Data("[roles]\n\"qoute\" = { fg = \"red\" }\n".utf8)
            .write(to: URL(fileURLWithPath: config + "/lede/themes/typo.toml"))
    }

    @Test func listsBundledAndUserThemesWithWhereTheyComeFrom() throws {
        let run = try LedeBinary.run(["themes"], environment: ["XDG_CONFIG_HOME": config])
        #expect(run.status == 0)
        #expect(run.lines.contains("default          bundled"))
        #expect(run.lines.contains("mine             \(config)/lede/themes/mine.toml"))
        #expect(run.lines.count == 7)
    }

    @Test func previewUsesTheThemesColours() throws {
        let run = try LedeBinary.run(["themes", "--preview", "mine", "--color"], environment: ["XDG_CONFIG_HOME": config])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\u{1B}[38;2;255;0;0m“Xe mới êm"))
        let light = try LedeBinary.run(["themes", "--preview", "light", "--color"])
        #expect(light.stdout.contains("48;2;0;95;215m ● Hà Nội"))
    }

    @Test func noColorMeansMono() throws {
        let run = try LedeBinary.run(["themes", "--preview", "light", "--color"], environment: ["NO_COLOR": "1"])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("38;"))
        #expect(run.stdout.contains("\u{1B}[7m ● Hà Nội"))
    }

    @Test func aBrokenThemeIsReportedAndTheDefaultShown() throws {
        let run = try LedeBinary.run(["themes", "--preview", "typo"], environment: ["XDG_CONFIG_HOME": config])
        #expect(run.status == 1)
        #expect(run.stderr.contains("typo.toml:2: qoute: unknown role; valid roles: list.item, list.selected"))
        #expect(run.stdout.hasPrefix("Theme default"))
    }
}

/// `lede FOLDER` without a terminal (pipes, CI) prints the list instead of waiting for keys.
@Suite struct BrowseWithoutTerminalTests {
    @Test func printsTheListAndExits() throws {
        let scratch = try TemporaryFolder("lede-browse")
        let folder = scratch.path
        try Data("Storm closes schools\n\nSchools closed on 3/2/2024.\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/storm.txt"))
        let run = try LedeBinary.run([folder])
        #expect(run.status == 0)
        #expect(run.lines.count == 1)
        #expect(run.stdout.contains("Storm closes schools"))
        #expect(!run.stdout.contains("\u{1B}"))
    }
}
