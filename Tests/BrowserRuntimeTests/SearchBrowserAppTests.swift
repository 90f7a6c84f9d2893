import ArticleModel
import BrowserUI
import Foundation
import LedeTestSupport
import TerminalCanvas
import Testing
import BrowserRuntime

/// Search, the entities view and the speakers view with the real index, search engine and text
/// analysis on a small library, the background work run inline (`InlineExecutor`).
@Suite struct SearchBrowserAppTests {
    let scratch: TemporaryFolder
    var folder: String { scratch.path }
    let size = Size(width: 100, height: 30)

    init() throws {
        scratch = try TemporaryFolder("lede-search")
        try write("nga.txt", """
            Nga đóng cửa phái bộ

            "Chúng tôi sẽ đình chỉ hoạt động của phái bộ", ông Sergei Lavrov nói.

            Đại sứ quán Nga tại Bỉ vẫn mở cửa cho các nhà ngoại giao.

            "Quan hệ đã xấu đi trong thời gian dài", ông Lavrov nói thêm.
            """)
        try write("talks.md", """
            ---
            title: Talks in Brussels
            date: 2024-03-01
            ---
            "We will answer every step," said Sergei Lavrov in Moscow.

            "The door stays open," said Jens Stoltenberg, speaking for NATO.
            """)
        try write("storm.md", "---\ntitle: Storm closes schools\ndate: 2024-02-03\n---\nSchools across the coast closed.\n")
    }

    func write(_ name: String, _ text: String) throws {
        try scratch.write(name, text)
    }

    func press(_ app: BrowserApp, _ keys: String) {
        for key in keys { _ = app.handle(.character(key), size: size) }
    }

    func browser(_ app: BrowserApp) -> LibraryBrowser? {
        if case .browse(let browser) = app.state.overlay { return browser }
        return nil
    }

    @Test func slashFiltersTheListWithoutDiacriticsBestFirst() throws {
        let app = try BrowserApp.indexed(root: folder)
        #expect(app.state.articles.count == 3)
        // The search is background work, run inline here: its answer is taken before `handle` returns.
        press(app, "/dai su")
        #expect(app.state.articles.map(\.title) == ["Nga đóng cửa phái bộ"])
        #expect((app.state.search.matchCounts[app.state.articles[0].id] ?? 0) >= 2)
        _ = app.handle(.escape, size: size)
        #expect(app.state.articles.count == 3)
        // Several articles: the one with more matches first, the counts shown in the list.
        press(app, "/lavrov")
        let counts = app.state.articles.map { app.state.search.matchCounts[$0.id] ?? 0 }
        #expect(counts == counts.sorted(by: >) && counts.allSatisfy { $0 > 0 })
        #expect(Set(app.state.articles.map(\.title)) == ["Nga đóng cửa phái bộ", "Talks in Brussels"])
        var grid = Grid(width: size.width, height: size.height)
        app.render(into: &grid)
        #expect(grid.lines.contains { $0.contains("\(counts[0])×") })
        _ = app.handle(.enter, size: size)
        // The query is highlighted in the article opened from the results.
        _ = app.handle(.enter, size: size)
        #expect(app.state.open != nil)
        #expect(app.state.search.matches.count == counts[0])
    }

    /// Background answers arrive through the inbox: the list stays as it was until the search has run,
    /// the inbox wakes the terminal once, and the next tick takes the answer in.
    @Test func aBackgroundAnswerWakesTheTerminalAndComesInOnTheTick() throws {
        let work = HeldExecutor()
        let app = try BrowserApp.indexed(root: folder, executor: work)
        let wakes = Counter()
        app.attach(wakeUp: { wakes.add() })
        press(app, "/dai su")
        _ = app.handle(.enter, size: size)
        press(app, "S")
        #expect(app.state.articles.count == 3)
        #expect(browser(app)?.items == nil)  // counting…
        let before = wakes.count
        work.runAll()
        #expect(wakes.count == before + 1)
        #expect(app.state.articles.count == 3)
        #expect(app.tick())
        #expect(app.state.articles.map(\.title) == ["Nga đóng cửa phái bộ"])
        #expect(browser(app)?.items?.isEmpty == false)
        #expect(!app.tick())
    }

    /// An answer for a keystroke already superseded (it finished just before the next key came) is
    /// dropped before the reducer: the list is not refiltered and no frame is drawn for it.
    @Test func anAnswerToASupersededKeystrokeDrawsNothing() throws {
        let work = HeldExecutor()
        let app = try BrowserApp.indexed(root: folder, executor: work)
        press(app, "/lav")
        _ = app.tick()
        let stale = SearchHit(summary: app.state.articles[2], matches: 1)
        app.inbox.post(.search(.results(query: "la", [stale])))
        #expect(!app.tick())
        #expect(app.state.articles.count == 3)
        work.runAll()
        #expect(app.tick())
        #expect(Set(app.state.articles.map(\.title)) == ["Nga đóng cửa phái bộ", "Talks in Brussels"])
    }

    /// Counts the calls of a closure made on any thread.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var calls = 0
        func add() { lock.withLock { calls += 1 } }
        var count: Int { lock.withLock { calls } }
    }

    @Test func slashInTheArticleAndNMoveBetweenMatches() throws {
        let app = try BrowserApp.indexed(root: folder)
        let index = try #require(app.state.articles.firstIndex { $0.title == "Nga đóng cửa phái bộ" })
        for _ in 0..<index { _ = app.handle(.down, size: size) }
        _ = app.handle(.enter, size: size)
        #expect(app.state.focus == .reading)
        press(app, "/nga")
        let matches = app.state.search.matches
        // "Nga" in the title and in the text; "Nga" as a prefix while typing, never "ngay" here.
        #expect(matches.count == 2)
        #expect(matches.first?.block == -2)
        _ = app.handle(.enter, size: size)
        press(app, "n")
        #expect(app.state.search.currentMatch == 1)
        press(app, "N")
        #expect(app.state.search.currentMatch == 0)
        var grid = Grid(width: size.width, height: size.height)
        app.render(into: &grid)
        #expect(app.state.status?.text == "Match 1 of 2")
    }

    @Test func theEntitiesViewCountsArticlesAndEnterListsThem() throws {
        let app = try BrowserApp.indexed(root: folder)
        press(app, "e")
        let entities = browser(app)?.entities ?? []
        let lavrov = entities.first { $0.canonical == "Sergei Lavrov" }
        #expect(lavrov?.type == .person && lavrov?.articles == 2)
        #expect(entities.contains { $0.canonical == "NATO" && $0.type == .organization && $0.articles == 1 })
        press(app, "/sergei")
        _ = app.handle(.enter, size: size)
        #expect(browser(app)?.items?.count == 1)
        _ = app.handle(.enter, size: size)
        #expect(app.state.overlay == nil)
        #expect(Set(app.state.articles.map(\.title)) == ["Nga đóng cửa phái bộ", "Talks in Brussels"])
    }

    /// An article that names someone by surname alone counts with the articles that name them in full, in
    /// both views, and the speaker's quotations include its own.
    @Test func bothViewsCountASurnameAloneWithTheFullName() throws {
        try write("brief.md", """
            ---
            title: Alliance ready to help
            date: 2024-03-02
            ---
            "We are ready to help in every way we can," Stoltenberg said. Stoltenberg said he would go to Kyiv.
            """)
        let app = try BrowserApp.indexed(root: folder)
        press(app, "e")
        let people = (browser(app)?.entities ?? []).filter { $0.type == .person }
        #expect(people.first { $0.canonical == "Jens Stoltenberg" }?.articles == 2)
        #expect(!people.contains { $0.canonical == "Stoltenberg" })
        _ = app.handle(.escape, size: size)
        press(app, "S")
        let speakers = browser(app)?.speakers ?? []
        #expect(speakers.first { $0.name == "Jens Stoltenberg" } == SpeakerTally(name: "Jens Stoltenberg", quotations: 2, articles: 2))
        #expect(!speakers.contains { $0.name == "Stoltenberg" })
    }

    @Test func theSpeakersViewReachesAQuotationAndOpensItsArticleAtIt() throws {
        let app = try BrowserApp.indexed(root: folder)
        press(app, "S")
        guard case .speaker(let first)? = browser(app)?.items?.first else {
            Issue.record("no speakers")
            return
        }
        #expect(first == SpeakerTally(name: "Sergei Lavrov", quotations: 3, articles: 2))
        #expect(browser(app)?.speakers?.contains { $0.name == "Jens Stoltenberg" && $0.quotations == 1 } == true)
        _ = app.handle(.enter, size: size)  // counted already: the quotations come at once
        let quotations = browser(app)?.quotations ?? []
        #expect(quotations.count == 3)
        #expect(quotations.contains { $0.text.hasPrefix("Quan hệ đã xấu đi") })
        // The second quotation of the Vietnamese article: it opens selected and on screen.
        let target = try #require(quotations.firstIndex { $0.text.hasPrefix("Quan hệ đã xấu đi") })
        for _ in 0..<target { _ = app.handle(.down, size: size) }
        _ = app.handle(.enter, size: size)
        #expect(app.state.open?.article.title == "Nga đóng cửa phái bộ")
        #expect(app.state.open?.selectedQuote == 1)
        #expect(app.state.selectedArticle?.title == "Nga đóng cửa phái bộ")
        // Opening the view again needs no new count.
        press(app, "S")
        #expect(browser(app)?.items?.isEmpty == false)
    }

    @Test func theSearchHistoryIsKeptBetweenRunsInTheStateFolder() throws {
        let state = folder + "/state"
        let first = try BrowserApp.indexed(root: folder)
        first.keepSearchHistory(in: state)
        #expect(first.state.search.history.isEmpty)
        for query in ["lavrov", "dai su"] {
            press(first, "/" + query)
            _ = first.handle(.enter, size: size)
            _ = first.handle(.escape, size: size)
        }
        _ = first.tick()
        let saved = try String(contentsOfFile: state + "/search-history", encoding: .utf8)
        #expect(saved == "lavrov\ndai su\n")
        let second = try BrowserApp.indexed(root: folder)
        second.keepSearchHistory(in: state)
        #expect(second.state.search.history == ["lavrov", "dai su"])
        press(second, "/")
        _ = second.handle(.up, size: size)
        #expect(second.state.input?.editor.text == "dai su")
    }

    @Test func aPhraseMatchesOnlyItsWordsInOrder() throws {
        let app = try BrowserApp.indexed(root: folder)
        press(app, "/\"sergei lavrov noi\"")
        #expect(app.state.articles.map(\.title) == ["Nga đóng cửa phái bộ"])
        // Both words are in two articles, but in this order in none.
        for _ in 0..<20 { _ = app.handle(.backspace, size: size) }
        press(app, "\"lavrov sergei\"")
        #expect(app.state.articles.isEmpty)
        #expect(app.state.search.filterText == "\"lavrov sergei\"")
    }
}
