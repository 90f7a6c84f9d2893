import Foundation
import Testing

/// The reading flow in the real `lede` in tmux: article after article with the next-unread key and
/// Space, the whole list marked read (and back), and the article read in a pager that gets the screen.
@Suite(.serialized, .enabled(if: TmuxSession.executable != nil, "tmux is not installed: end-to-end tests skipped"))
struct ReadingFlowEndToEndTests {
    /// Three articles newer than the harness's three, so that they head the list in this order.
    static let stories = [("Bài một", "2026-03-03", "Mở đầu của bài một."),
                          ("Bài hai", "2026-03-02", "Nội dung của bài hai."),
                          ("Bài ba", "2026-03-01", "Kết thúc của bài ba.")]

    /// lede on the harness's library and the three stories, its state and index in the test's folder.
    func start(_ lede: LedeInTmux, environment: String = "") throws {
        let folder = lede.session.folder
        try lede.start(environment: "LEDE_CACHE_DIR='\(folder)/cache' LEDE_STATE_DIR='\(folder)/state' \(environment)")
        try lede.session.waitFor(Self.stories[0].0)
        try lede.session.waitForFormat("#{pane_current_command}", toBe: "lede")
    }

    func library() throws -> LedeInTmux {
        let lede = try LedeInTmux()
        for (index, story) in Self.stories.enumerated() {
            try lede.write("story-\(index).md", "---\ntitle: \(story.0)\ndate: \(story.1)\n---\n\(story.2)\n")
        }
        return lede
    }

    @Test func threeArticlesInARowWithTheNextUnreadKey() throws {
        let lede = try library()
        defer { lede.session.kill() }
        try start(lede)
        try lede.session.waitFor("Articles (6) · 6 unread")
        // Each frame is waited for whole (count and body): tmux may be captured while one is half drawn.
        try lede.session.press("Enter")
        try lede.session.waitForScreen("the first story opened") {
            $0.contains("5 unread") && $0.contains("▸ Article") && $0.contains(Self.stories[0].2)
        }
        try lede.session.press("U")
        try lede.session.waitForScreen("the second story") { $0.contains("4 unread") && $0.contains(Self.stories[1].2) }
        try lede.session.press("U")
        try lede.session.waitForScreen("the third story") { $0.contains("3 unread") && $0.contains(Self.stories[2].2) }
        // The whole article is on screen: Space goes on to the next unread one.
        try lede.session.press("Space")
        try lede.session.waitFor("2 unread")
        try lede.session.press("q")
        #expect(try lede.waitForExit().status == 0)
    }

    @Test func markAllReadUndoItAndTheMarksSurviveARestart() throws {
        let lede = try library()
        defer { lede.session.kill() }
        try start(lede)
        try lede.session.waitFor("6 unread")
        try lede.session.press("A")
        try lede.session.waitForScreen("every mark gone") {
            $0.contains("6 articles marked read — A again undoes") && !$0.contains("●")
        }
        try lede.session.press("A")
        try lede.session.waitForScreen("the marks back") { $0.contains("6 articles marked unread again") && $0.contains("6 unread") }
        try lede.session.press("A")
        try lede.session.waitFor("marked read")
        try lede.session.press("q")
        #expect(try lede.waitForExit().status == 0)

        try start(lede)
        // The read marks are attached just after the first frame.
        try lede.session.waitForScreen("every article still read") {
            $0.contains("Articles (6)") && !$0.contains("unread") && !$0.contains("●")
        }
        try lede.session.press("q")
        #expect(try lede.waitForExit().status == 0)
    }

    /// `T` is remembered in the state folder: the next run starts in that theme, and its `T` goes on
    /// from there (default, then high-contrast, then light).
    @Test func theThemeChosenWithTIsTheNextRunsTheme() throws {
        let lede = try library()
        defer { lede.session.kill() }
        try start(lede)
        try lede.session.press("T")
        try lede.session.waitFor("Theme: high-contrast")
        try lede.session.press("q")
        #expect(try lede.waitForExit().status == 0)
        let saved = try String(contentsOfFile: lede.session.folder + "/state/theme", encoding: .utf8)
        #expect(saved == "high-contrast\n")
        try start(lede)
        try lede.session.press("T")
        try lede.session.waitFor("Theme: light")
        try lede.session.press("q")
        #expect(try lede.waitForExit().status == 0)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/less"), "less is not installed"))
    func pShowsTheArticleInThePagerAndComesBack() throws {
        let lede = try library()
        defer { lede.session.kill() }
        try start(lede, environment: "PAGER=less")
        try lede.session.press("p")
        // less runs in lede's process group, so tmux still names lede: less's own end marker shows it.
        let screen = try lede.session.waitForScreen("the article in less") {
            $0.contains("(END)") && $0.contains(Self.stories[0].0) && $0.contains(Self.stories[0].2)
        }
        #expect(!screen.contains("Articles (6)"), "lede left the screen to the pager:\n\(screen)")
        try lede.session.press("q")
        try lede.session.waitFor("Articles (6) · 6 unread")
        try lede.session.press("q")
        let exit = try lede.waitForExit()
        #expect(exit.status == 0 && exit.modesRestored)
    }
}
