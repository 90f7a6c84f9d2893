import Foundation
import Testing

/// Bookmarks and read state through the real `lede` in tmux: made with keys, a Vietnamese note typed
/// as UTF-8, and found again by the next lede and by `lede bookmarks --json`.
@Suite(.serialized, .enabled(if: TmuxSession.executable != nil, "tmux is not installed: end-to-end tests skipped"))
struct BookmarksEndToEndTests {
    static let schoolTitle = "Trường mở lại"  // whole in the 80-column list
    static let quote = "Chúng tôi sẽ mở lại trường vào thứ Hai"
    static let note = "ghi chú: đọc lại"

    @Test func bookmarksAndAVietnameseNoteSurviveARestart() throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        // The newest article, so it heads the list; the analyser finds its quotation and speaker.
        try lede.write("school.md", "---\ntitle: \(Self.schoolTitle)\ndate: 2025-03-01\n---\n"
            + "\"\(Self.quote)\", ông Nguyễn Văn Nam nói với báo chí.\n")
        let state = lede.session.folder + "/state"
        try start(lede, stateFolder: state)

        try lede.session.press("b")
        try lede.session.waitFor("Bookmarked the article")
        try lede.session.press("a")
        try lede.session.waitFor("Note:")
        try lede.session.command(["send-keys", "-t", TmuxSession.name, "-l", Self.note])
        try lede.session.waitFor("Note: \(Self.note)")
        try lede.session.press("Enter")
        try lede.session.waitFor("Note saved")

        // Open it, show the quote sidebar (hidden below 100 columns), go there, select the quote, bookmark it.
        try lede.session.press("Enter")
        try lede.session.waitFor("thứ Hai")
        try lede.session.press("s")
        try lede.session.waitFor("Quotes (1)")
        try lede.session.press("Tab")
        try lede.session.press("j")
        try lede.session.press("b")
        try lede.session.waitFor("Bookmarked the quote")
        try lede.session.press("q")
        #expect(try lede.waitForExit().status == 0)

        // The next lede shows both in the B view, the note as typed.
        try start(lede, stateFolder: state)
        try lede.session.press("B")
        // Wait for the whole view, not its first line: tmux can be read while the view is half drawn.
        let screen = try lede.session.waitForScreen("the bookmarks view drawn") {
            $0.contains("Bookmarks (2)") && $0.contains("✎ \(Self.note)")
        }
        #expect(screen.contains("✎ \(Self.note)"))
        #expect(screen.contains("“\(Self.quote)”"))
        #expect(screen.components(separatedBy: Self.schoolTitle).count == 3, "both bookmarks name the article:\n\(screen)")
        try lede.session.press("q")  // closes the view
        try lede.session.waitForScreen("the view closed") { !$0.contains("Bookmarks (2)") }
        try lede.session.press("q")
        #expect(try lede.waitForExit().status == 0)

        // And the command line export has them too.
        let executable = try #require(LedeExecutable.path)
        let run = try ChildProcess.run(executable, ["bookmarks", "--json", "--state-dir", state, "--library", lede.library],
                                       environment: ["LEDE_CACHE_DIR": lede.session.folder + "/cache"],
                                       outputFile: lede.session.folder + "/export.json")
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let bookmarks = try #require(object["bookmarks"] as? [[String: Any]])
        #expect(bookmarks.count == 2)
        #expect(bookmarks.contains { $0["note"] as? String == Self.note && $0["quote"] == nil })
        #expect(bookmarks.contains { ($0["quote"] as? [String: Any])?["text"] as? String == Self.quote })
        #expect(bookmarks.allSatisfy { $0["title"] as? String == Self.schoolTitle })
        // Opening the article marked it read: the state file says so.
        let files = try FileManager.default.contentsOfDirectory(atPath: state).filter { $0.hasSuffix(".json") }
        #expect(files.count == 1)
        let saved = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: state + "/" + files[0])))
        let read = (saved as? [String: Any])?["read"] as? [[String: Any]] ?? []
        #expect(read.contains { $0["path"] as? String == "school.md" && $0["read"] as? Bool == true })
    }

    /// A bookmark made just before SIGTERM or SIGHUP (sooner than the half second after which a tick
    /// saves it) is saved on the way out.
    @Test(arguments: [SIGTERM, SIGHUP, SIGUSR1, SIGALRM, SIGPIPE])
    func aSignalRightAfterBookmarkingSavesIt(signal: Int32) throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        try lede.write("school.md", "---\ntitle: \(Self.schoolTitle)\ndate: 2025-03-01\n---\nKhông có trích dẫn.\n")
        let state = lede.session.folder + "/state"
        try start(lede, stateFolder: state)
        try lede.session.press("b")
        try lede.session.waitFor("Bookmarked the article")
        #expect(kill(try lede.pid, signal) == 0)
        try lede.session.waitForFormat("#{pane_current_command}", toBe: "sh")
        let executable = try #require(LedeExecutable.path)
        let run = try ChildProcess.run(executable, ["bookmarks", "--state-dir", state, "--library", lede.library],
                                       environment: ["LEDE_CACHE_DIR": lede.session.folder + "/cache"],
                                       outputFile: lede.session.folder + "/list.txt")
        #expect(run.status == 0)
        #expect(run.output.contains(Self.schoolTitle), "signal \(signal): \(run.output)")
    }

    /// Issue 18, item 14: quitting with changes that cannot be saved says so and exits 1, not 0. The
    /// state folder is under a file, which fails for root too.
    @Test func quittingWithUnsavableChangesExitsOne() throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        try Data().write(to: URL(fileURLWithPath: lede.session.folder + "/not-a-folder"))
        try lede.start(environment: "LEDE_STATE_DIR='\(lede.session.folder)/not-a-folder/state'")
        try lede.session.waitFor(LedeInTmux.titles[0])
        try lede.session.waitForFormat("#{pane_current_command}", toBe: "lede")
        try lede.session.press("b")
        try lede.session.waitFor("Bookmarked the article")
        try lede.session.press("q")
        let exit = try lede.waitForExit()
        #expect(exit.status == 1)
        #expect(exit.modesRestored)
        #expect(exit.screen.contains("these changes are lost"))
    }

    /// lede on the test library with its state and index in the session's folder, never the user's.
    func start(_ lede: LedeInTmux, stateFolder: String) throws {
        let executable = try #require(LedeExecutable.path)
        try lede.session.type("stty -g > modes-before; LEDE_CACHE_DIR='\(lede.session.folder)/cache' "
            + "sh -c 'echo $$ > lede.pid; exec \"$0\" \"$@\"' '\(executable)' --state-dir '\(stateFolder)' '\(lede.library)'")
        try lede.session.waitFor(Self.schoolTitle)
        try lede.session.waitForFormat("#{pane_current_command}", toBe: "lede")
    }
}
