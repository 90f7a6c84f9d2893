import Foundation
import LedeTestSupport
import Testing

/// The small things of the command line: a mistyped command, honest dates in `list --json`, searches
/// that find nothing or name an unknown field, plain previews into a pipe, entity counts, bookmarks of
/// every library, and messages that never show the build folder.
@Suite struct CommandMessagesTests {
    /// Removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var folder: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-messages")
        try write("dated.txt", "Giá lúa tăng mạnh\n\nHà Nội, ngày 12/8/2021.\n\nGiá lúa tăng ở Đà Nẵng.\n")
        try write("undated.txt", "Gagarin\n\nOn 12 April 1961, Yuri Gagarin became the first human in space, aboard Vostok 1 from Baikonur.\n")
        try write("corpus.txt", "# doc_id = 7\n# url = https://example.vn/a\n# date = 20210427\nTin Hà Nội\n\nNội dung về đà tăng.\n")
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    @Test func aMistypedCommandIsNamedAndTheClosestSuggested() throws {
        let run = try LedeBinary.run(["serch"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Unknown command 'serch'. Did you mean 'lede search'?"))
        let unknown = try LedeBinary.run(["zzzzzz"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Commands: list, show, analyze, search"))
        // A folder of that name is a library, as always.
        let library = try LedeBinary.run(["list", folder])
        #expect(library.status == 0)
    }

    @Test func listJSONSaysWhenTheDateIsUnknown() throws {
        let run = try LedeBinary.run(["list", folder, "--json"])
        let records = try run.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let byTitle = Dictionary(uniqueKeysWithValues: records.map { ($0["title"] as? String ?? "", $0) })
        #expect(byTitle["Giá lúa tăng mạnh"]?["date"] as? String == "2021-08-12")
        #expect(byTitle["Tin Hà Nội"]?["date"] as? String == "2021-04-27", "from the # date comment header")
        let gagarin = try #require(byTitle["Gagarin"])
        #expect(gagarin["date"] is NSNull, "1961 is what the article is about")
        #expect(gagarin["date_origin"] as? String == "unknown")
        #expect(gagarin["file_date"] is String)
        let plain = try LedeBinary.run(["list", folder])
        #expect(plain.lines.contains { $0.hasPrefix("unknown") && $0.hasSuffix("Gagarin") })
        #expect(!plain.stdout.contains("doc_id"))
    }

    @Test func searchSaysWhenNothingMatchesAndRejectsUnknownFields() throws {
        let none = try LedeBinary.run(["search", "Đà Lạt", "--library", folder])
        #expect(none.status == 0 && none.stdout.isEmpty)
        #expect(none.stderr.contains("No articles match Đà Lạt."))
        let field = try LedeBinary.run(["search", "foo:bar", "--library", folder])
        #expect(field.status == 2)
        #expect(field.stderr.contains("Unknown field foo: in the query. Fields: speaker:, entity:, source:, tag:, is:bookmarked"))
        // "Đà" of "Đà Nẵng" and "đà" of "đà tăng" alike; "đã" is in neither.
        #expect(try LedeBinary.run(["search", "Đà", "--library", folder, "--json"]).lines.count == 2)
        #expect(try LedeBinary.run(["search", "đã", "--library", folder, "--json"]).lines.isEmpty)
    }

    @Test func themePreviewIntoAPipeHasNoColourCodes() throws {
        let plain = try LedeBinary.run(["themes", "--preview", "light"])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("Hà Nội thêm 40 xe buýt điện"))
        #expect(!plain.stdout.contains("\u{1B}"))
        let colored = try LedeBinary.run(["themes", "--preview", "light", "--color"])
        #expect(colored.stdout.contains("\u{1B}["))
    }

    @Test func analyzeListsEachEntityOnceWithItsCount() throws {
        try write("nato.txt", "NATO và Nga\n\nNATO họp tại Brussels. Nga phản đối NATO. Ông Lavrov nói Nga sẽ đáp trả.\n")
        let run = try LedeBinary.run(["analyze", folder + "/nato.txt"])
        #expect(run.status == 0)
        let entityLines = run.lines.filter { $0.hasPrefix("  organization") || $0.hasPrefix("  place") }
        #expect(entityLines.contains("  organization NATO (2)"), "the body names it twice")
        #expect(Set(entityLines).count == entityLines.count)
    }

    @Test func bookmarksOfEveryLibraryGroupedAndAddFindsTheLibraryFromThePath() throws {
        let first = try StateScratch(), second = try StateScratch()
        try first.write("a.txt", "Alpha\n\nText of alpha.\n")
        try first.write("sub/b.txt", "Beta\n\nText of beta.\n")
        try second.write("c.txt", "Gamma\n\nText of gamma.\n")
        let state = ["--state-dir", first.stateFolder]
        #expect(try LedeBinary.run(["bookmarks", "add", first.library + "/a.txt", "--library", first.library] + state).status == 0)
        // Without --library: the known library that holds the file, else the file's folder.
        #expect(try LedeBinary.run(["bookmarks", "add", first.library + "/sub/b.txt"] + state).status == 0)
        #expect(try LedeBinary.run(["bookmarks", "add", second.library + "/c.txt"] + state).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: first.stateFolder).filter { $0.hasSuffix(".json") }
        #expect(files.count == 2)
        let all = try LedeBinary.run(["bookmarks"] + state)
        #expect(all.status == 0)
        let headers = all.lines.filter { !$0.hasPrefix(" ") && !$0.isEmpty }
        #expect(headers.count == 2)
        #expect(headers.contains { $0.contains(first.library.split(separator: "/").last ?? "") && $0.hasSuffix("(2 bookmarks)") })
        #expect(all.lines.contains { $0.hasPrefix("  ") && $0.contains("Gamma") })
        let one = try LedeBinary.run(["bookmarks", "--library", second.library] + state)
        #expect(one.lines.count == 1 && one.stdout.contains("Gamma"))
    }

    /// The sample library is written into lede's cache: it is named as the sample, not by that folder.
    @Test func theSampleLibraryIsNamedNotShownByItsFolder() throws {
        let cache = folder + "/xdg-cache"
        let environment = ["XDG_CACHE_HOME": cache]
        let run = try LedeBinary.run(["bookmarks", "--markdown", "--state-dir", folder + "/state"], environment: environment)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Library: `the bundled sample library`"))
        #expect(!run.stdout.contains(cache) && !run.stderr.contains(cache))
        let outside = try LedeBinary.run(["bookmarks", "add", folder + "/dated.txt", "--library", folder + "/none",
                                          "--state-dir", folder + "/state"], environment: environment)
        #expect(outside.status == 2)
        #expect(!outside.stderr.contains(".build"))
    }
}
