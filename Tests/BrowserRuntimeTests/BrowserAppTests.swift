import ArticleStore
import BrowserUI
import Foundation
import LibraryIndex
import LedeTestSupport
import TerminalCanvas
import Testing
import BrowserRuntime

/// The browser's runtime: effects performed for real (files, spawning), no terminal.
@Suite struct BrowserAppTests {
    let scratch: TemporaryFolder
    var folder: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-app")
        try write("storm.md", """
            ---
            title: Storm closes schools
            source: Coast Herald
            date: 2024-02-03
            url: https://example.com/storm
            ---
            Schools across the coast closed on Friday.
            """)
        try write("old.md", "---\ntitle: An older story\ndate: 2020-01-01\n---\nNothing new.\n")
    }

    func write(_ name: String, _ text: String) throws {
        try scratch.write(name, text)
    }

    func app(browser: String? = nil) throws -> BrowserApp {
        let environment = browser.map { ["BROWSER": $0] } ?? [:]
        return try BrowserApp.indexed(root: folder, environment: environment)
    }

    let size = Size(width: 100, height: 20)

    @Test func enterReadsTheArticleFromDiskAndDrawsIt() throws {
        let app = try app()
        #expect(app.handle(.enter, size: size))
        #expect(app.state.open?.article.title == "Storm closes schools")
        #expect(app.state.open?.article.id == app.state.articles[0].id)
        #expect(app.tick())
        var grid = Grid(width: size.width, height: size.height)
        app.render(into: &grid)
        #expect(grid.lines.contains { $0.contains("Schools across the coast closed on Friday.") })
        #expect(app.windowTitle == "lede: Storm closes schools")
        #expect(!app.tick())
    }

    @Test func theFirstFrameIsLaidOutForTheGridItIsDrawnInto() throws {
        let app = try app()
        var grid = Grid(width: 130, height: 12)
        app.render(into: &grid)
        #expect(app.state.size == Size(width: 130, height: 12))
        #expect(grid.lines[0].hasPrefix("┏ ▸ Articles (2)"))
        #expect(grid.lines[0].hasSuffix("┐"))
    }

    @Test func aVanishedFileIsReportedNotFatal() throws {
        let app = try app()
        let second = app.state.articles[1]
        try FileManager.default.removeItem(atPath: second.path)
        // Its preview cannot be read, and neither can the article when it is opened.
        #expect(app.handle(.character("j"), size: size))
        #expect(app.state.open?.article.id != second.id)
        #expect(app.state.status?.kind == .error)
        #expect(app.handle(.enter, size: size))
        #expect(app.state.open?.article.id != second.id)
        #expect(app.state.status?.kind == .error)
    }

    @Test func oSpawnsTheBrowserWithoutAShell() throws {
        let app = try app(browser: "true --ignored-flag %s")
        #expect(app.state.linkOpener == ["true", "--ignored-flag"])
        _ = app.handle(.enter, size: size)
        _ = app.handle(.character("o"), size: size)
        #expect(app.state.status?.text == "Opening the link in the browser")
        let missing = try self.app(browser: "lede-no-such-browser-program")
        _ = missing.handle(.enter, size: size)
        _ = missing.handle(.character("o"), size: size)
        #expect(missing.state.status?.kind == .error)
        #expect(missing.state.status?.text.hasPrefix("Could not start lede-no-such-browser-program") == true)
    }

    /// `p`: the pager is started from an argument vector when the terminal is handed over, with the
    /// article's clean text (controls shown, never sent raw) on its standard input.
    @Test func pGivesThePagerTheArticlesCleanTextOnItsInput() throws {
        // Undated: its file's time makes it the newest, the one Enter opens.
        try write("hostile.txt", "\u{1B}]0;pwned\u{07} Alarm\n\nBody \u{1B}[2J text.\n")
        let out = folder + "/paged.txt"
        let app = try BrowserApp.indexed(root: folder, environment: ["PAGER": "cp /dev/stdin \(out)"])
        #expect(app.state.pager == ["cp", "/dev/stdin", out])
        _ = app.handle(.enter, size: size)
        #expect(app.takeTerminalJob() == nil, "nothing to run before p")
        _ = app.handle(.character("p"), size: size)
        let job = try #require(app.takeTerminalJob())
        #expect(app.takeTerminalJob() == nil, "a job is handed over once")
        job()
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("␛]0;pwned␇ Alarm\n"), "\(text)")
        #expect(text.contains("Body ␛[2J text."))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        // A pager that is not there says so in the status bar.
        let missing = try BrowserApp.indexed(root: folder, environment: ["PAGER": "lede-no-such-pager"])
        _ = missing.handle(.enter, size: size)
        _ = missing.handle(.character("p"), size: size)
        let failing = try #require(missing.takeTerminalJob())
        failing()
        #expect(missing.state.status?.text.hasPrefix("Could not start lede-no-such-pager") == true)
    }

    @Test func terminalBrowsersAndThePagerFromTheEnvironment() {
        #expect(LinkOpener.runsInTerminal(["w3m"]) && LinkOpener.runsInTerminal(["/usr/bin/lynx", "-accept_all_cookies"]))
        #expect(!LinkOpener.runsInTerminal(["firefox"]) && !LinkOpener.runsInTerminal([]))
        #expect(LinkOpener.pager(environment: [:]) == ["less"])
        #expect(LinkOpener.pager(environment: ["PAGER": "less -R"]) == ["less", "-R"])
        let app = try? BrowserApp.indexed(root: folder, environment: ["BROWSER": "w3m"])
        #expect(app?.state.linkOpenerInTerminal == true)
    }

    @Test func linkOpenerDefaultsAndBrowserLists() {
        #expect(LinkOpener.arguments(environment: [:]).count == 1)
        #expect(LinkOpener.arguments(environment: ["BROWSER": "firefox -new-tab:chromium"]) == ["firefox", "-new-tab"])
        #expect(LinkOpener.arguments(environment: ["BROWSER": ""]) == LinkOpener.arguments(environment: [:]))
    }

    @Test func rReloadsTheLibraryAndQQuits() throws {
        let app = try app()
        try write("new.md", "---\ntitle: Fresh news\ndate: 2025-01-01\n---\nJust in.\n")
        // The library is read again as background work, here run inline: its answer is in the inbox
        // when the key has been handled.
        #expect(app.handle(.character("r"), size: size))
        #expect(app.state.articles.map(\.title) == ["Fresh news", "Storm closes schools", "An older story"])
        #expect(app.state.status?.text == "Library reloaded: 3 articles")
        #expect(app.handle(.resize, size: Size(width: 50, height: 10)))
        #expect(app.state.size == Size(width: 50, height: 10))
        #expect(!app.handle(.character("q"), size: size))
    }

    /// The same on a real background thread: the answer wakes the run loop, whose tick takes it in.
    @Test func aReloadOnABackgroundThreadWakesTheRunLoop() throws {
        let (index, _) = try Indexer.update(nil, root: folder, options: LoadOptions())
        let app = BrowserApp(root: folder, index: index, indexStore: nil, options: LoadOptions(), environment: [:],
                             executor: ThreadExecutor())
        let wakeUps = WakeUps()
        app.attach(wakeUp: wakeUps.post)
        try write("new.md", "---\ntitle: Fresh news\ndate: 2025-01-01\n---\nJust in.\n")
        #expect(app.handle(.character("r"), size: size))
        let reloaded = wakeUps.tick(until: { app.state.status?.text == "Library reloaded: 3 articles" }) { _ = app.tick() }
        #expect(reloaded)
        #expect(app.state.articles.map(\.title) == ["Fresh news", "Storm closes schools", "An older story"])
    }
}
