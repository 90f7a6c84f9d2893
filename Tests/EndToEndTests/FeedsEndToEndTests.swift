import Foundation
import Testing

/// `r` in the real browser on a library with a subscription: the feed is fetched from a loopback
/// server in the background, its article joins the list, and the analyser finds its quote.
@Suite(.serialized, .enabled(if: TmuxSession.executable != nil, "tmux is not installed: end-to-end tests skipped"),
       .enabled(if: StaticFileServer.python != nil, "python3 (the loopback feed server) is not installed"))
struct FeedsEndToEndTests {
    static let title = "Minister warns of floods"
    static let quote = "We will move everyone to safety before the river rises"

    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Loopback Times</title>
        <item><guid>flood-1</guid><title>\(title)</title><pubDate>Sat, 01 Mar 2031 08:00:00 GMT</pubDate>
        <description>&lt;p&gt;The minister spoke on Friday.&lt;/p&gt;&lt;p&gt;"\(quote)," Minister Jane Doe said.&lt;/p&gt;</description></item>
        </channel></rss>
        """

    @Test func rFetchesTheFeedAndItsArticleShowsItsQuote() throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        let site = lede.session.folder + "/site"
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        try Data(Self.feed.utf8).write(to: URL(fileURLWithPath: site + "/feed.xml"))
        let server = try StaticFileServer.start(serving: site, in: lede.session)
        try lede.write("feeds.opml", """
            <?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
            <outline text="Loopback" xmlUrl="\(server.url("/feed.xml"))"/></body></opml>
            """)
        let executable = try #require(LedeExecutable.path)
        try lede.session.type("LEDE_CACHE_DIR='\(lede.session.folder)/cache' '\(executable)' --state-dir '\(lede.session.folder)/state' '\(lede.library)'")
        try lede.session.waitFor(LedeInTmux.titles[0])
        try lede.session.press("r")
        // Generous: the whole test suite may be running beside it on two cores.
        try lede.session.waitFor("1 feed fetched: 1 new", timeout: .seconds(120))
        try lede.session.waitFor("Minister warns")  // the list cuts the title at its width
        #expect(FileManager.default.fileExists(atPath: lede.library + "/loopback-times/2031-03-01-minister-warns-of-floods.md"))
        // The newest article heads the list: open it, show the quote sidebar.
        try lede.session.press("g")
        try lede.session.press("Enter")
        try lede.session.waitFor("The minister spoke on Friday.")
        try lede.session.press("s")
        let screen = try lede.session.waitFor("Quotes (1)")
        #expect(screen.contains("Jane Doe"))
        try lede.session.press("q")
        try lede.session.press("q")
    }
}
