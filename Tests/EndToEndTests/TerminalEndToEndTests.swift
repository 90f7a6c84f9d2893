import Foundation
import Testing

/// The real `lede` driven through tmux: what a user sees and what the terminal is left with.
/// Serialized: each test runs a tmux server and lede, and CI machines have two cores.
@Suite(.serialized, .enabled(if: TmuxSession.executable != nil, "tmux is not installed: end-to-end tests skipped"))
struct TerminalEndToEndTests {
    @Test func showsTheLibraryAndQuitsRestoringTheTerminal() throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        try lede.startAndWait()
        // Whole, settled frames: the list's footer is drawn after the rows above it (tmux may be captured
        // mid-frame), and the selected article's preview is read in the background, so a screen is taken
        // only once it shows that article's body.
        let screen = try lede.session.waitForScreen("the first frame") {
            $0.contains(LedeInTmux.titles[1]) && $0.contains(" 1/3 ") && $0.contains("Tuyến mới mở")
        }
        #expect(screen.contains(LedeInTmux.titles[2]))
        #expect(try lede.session.format("#{alternate_on}") == "1")
        // Colours reach the terminal: tmux reports a foreground or background colour (SGR 30-49,
        // 90-107 or 38/48;5;n) somewhere on the screen.
        let styled = try lede.session.screen(escapes: true)
        #expect(styled.range(of: #"\x1B\[[0-9;]*(3[0-7]|4[0-7]|9[0-7]|10[0-7]|[34]8;5;[0-9]+)m"#, options: .regularExpression) != nil)
        // Keys move the selection: j, and the arrow keys through curses' keypad decoding.
        try lede.session.press("j")
        let moved = try lede.session.waitForScreen("the screen to change after j") {
            $0 != screen && $0.contains(" 2/3 ") && $0.contains("Schools across")
        }
        try lede.session.press("Up")
        try lede.session.waitForScreen("Up to undo j") { $0 == screen }
        try lede.session.press("Down")
        try lede.session.waitForScreen("Down to redo j") { $0 == moved }

        try lede.session.press("q")
        let exit = try lede.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.modesRestored, "stty -g differs after lede:\n\(exit.screen)")
        #expect(try lede.paneModes() == LedeInTmux.shellModes)
        // The shell's own screen is back, with what it showed before lede started.
        #expect(exit.screen.contains("SHELL-READY-42"))
    }

    /// `?` opens the help and a lone Escape closes it (curses must tell it from the start of an escape
    /// sequence), bringing the screen back as it was.
    @Test func helpOpensWithQuestionMarkAndEscapeClosesIt() throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        try lede.startAndWaitForThePreview()
        let before = try lede.session.screen()
        try lede.session.press("?")
        try lede.session.waitForScreen("the help after ?") { $0 != before }
        try lede.session.press("Escape")
        try lede.session.waitForScreen("the screen before ? after Escape") { $0 == before }
        try lede.session.press("q")
        #expect(try lede.waitForExit().status == 0)
    }

    /// Mouse reports in the encoding tmux-256color's terminfo names (X10, `ESC [ M` + button, x, y,
    /// each offset by 32), typed into the pane as a terminal would send them.
    @Test func theMouseWheelMovesAndComesBack() throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        try lede.startAndWaitForThePreview()
        #expect(try lede.session.format("#{mouse_any_flag}") == "1")  // lede asked for mouse reports
        let before = try lede.session.screen()
        func mouse(button: Int, x: Int, y: Int) throws {
            let bytes = [0x1B, 0x5B, 0x4D, 32 + button, 33 + x, 33 + y].map { Character(Unicode.Scalar(UInt8($0))) }
            try lede.session.command(["send-keys", "-t", TmuxSession.name, "-l", String(bytes)])
        }
        try mouse(button: 65, x: 10, y: 2)  // wheel down
        try lede.session.waitForScreen("a change after the wheel turned down") { $0 != before }
        try mouse(button: 64, x: 10, y: 2)  // wheel up
        try lede.session.waitForScreen("the first screen after the wheel turned back up") { $0 == before }
        try lede.session.press("q")
        #expect(try lede.waitForExit().status == 0)
    }

    @Test func resizesToSixtyByTwentyAndBack() throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        try lede.startAndWait()
        for (width, height) in [(60, 20), (80, 24), (60, 20)] {
            try lede.session.resize(width: width, height: height)
            // Laid out again at the new size: the title is there and the bottom row (the status bar) is drawn.
            try lede.session.waitForScreen("a redraw at \(width)x\(height)") { screen in
                let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
                return screen.contains(LedeInTmux.titles[0]) && rows.count >= height
                    && !rows[height - 1].trimmingCharacters(in: .whitespaces).isEmpty
            }
            #expect(try lede.session.format("#{pane_width}x#{pane_height}") == "\(width)x\(height)")
            #expect(try lede.session.format("#{pane_current_command}") == "lede")
        }
        // Tiny terminals: whatever lede shows, it keeps running.
        for (width, height) in [(1, 1), (20, 6), (2, 30)] {
            try lede.session.resize(width: width, height: height)
            try lede.session.waitForFormat("#{pane_width}x#{pane_height}", toBe: "\(width)x\(height)")
            try lede.session.press("j")
            #expect(try lede.session.format("#{pane_current_command}") == "lede")
        }
        try lede.session.resize(width: 80, height: 24)
        try lede.session.waitFor(LedeInTmux.titles[0])
        try lede.session.press("q")
        let exit = try lede.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.modesRestored)
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        try lede.startAndWait()
        try lede.session.press("C-z")
        // Suspended: the shell has the normal screen and answers.
        try lede.session.waitForFormat("#{alternate_on}", toBe: "0")
        #expect(try lede.paneModes() == LedeInTmux.shellModes)
        try lede.session.type("echo STOPPED-$((3+4))")
        try lede.session.waitFor("STOPPED-7")

        try lede.session.type("fg")
        try lede.session.waitForFormat("#{alternate_on}", toBe: "1")
        let screen = try lede.session.waitForScreen("lede to redraw after fg") {
            $0.contains(LedeInTmux.titles[0]) && !$0.contains("STOPPED-7")
        }
        try lede.session.press("j")
        try lede.session.waitForScreen("lede to answer keys after fg") { $0 != screen }
        try lede.session.press("q")
        let exit = try lede.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.modesRestored)
    }

    /// SIGINT comes from the keyboard (Ctrl-C); SIGTERM, SIGHUP and every other signal whose default
    /// ends the process from kill(2) (issue 18, item 9: SIGUSR1, SIGALRM, SIGPIPE left the terminal raw).
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ])
    func terminationSignalExitsWith128PlusNAndRestores(signal: Int32) throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        try lede.startAndWait()
        if signal == SIGINT {
            try lede.session.press("C-c")
        } else {
            #expect(kill(try lede.pid, signal) == 0)
        }
        let exit = try lede.waitForExit()
        #expect(exit.status == 128 + Int(signal))
        #expect(exit.modesRestored, "stty -g differs after lede:\n\(exit.screen)")
        #expect(try lede.paneModes() == LedeInTmux.shellModes)
    }

    /// A crash restores the terminal at once: no 30-second backtrace prompt holding the screen (the
    /// wait below is shorter than that prompt), and lede dies of the signal, as the shell reports.
    @Test(arguments: [SIGSEGV, SIGILL, SIGABRT])
    func crashRestoresTheTerminal(signal: Int32) throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        try lede.startAndWait()
        #expect(kill(try lede.pid, signal) == 0)
        try lede.session.waitForFormat("#{alternate_on}", toBe: "0", timeout: .seconds(20))
        let exit = try lede.waitForExit()
        #expect(exit.status == 128 + Int(signal))
        #expect(exit.modesRestored, "stty -g differs after lede:\n\(exit.screen)")
        #expect(try lede.paneModes() == LedeInTmux.shellModes)
        #expect(exit.screen.contains("lede: crashed"))
        #expect(!exit.screen.contains("Press space"))
    }

    @Test func anArticleCannotSetTheWindowTitle() throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        try lede.session.command(["select-pane", "-t", TmuxSession.name, "-T", "e2e-title"])
        try lede.startAndWait()
        // The escape sequence is shown as text, never sent.
        try lede.session.waitFor("␛]0;pwned␇")
        let during = try lede.session.format("#{pane_title}")
        #expect(during != "pwned")
        #expect(!during.contains("pwned") || during.contains("␛"))
        try lede.session.press("q")
        let exit = try lede.waitForExit()
        #expect(exit.status == 0)
        #expect(try lede.session.format("#{pane_title}") == "e2e-title")
    }

    /// The harness itself: tmux servers are daemons, and one that outlived its test would keep lede
    /// and a shell running after the test run.
    @Test func killingTheSessionStopsTheServer() throws {
        let lede = try LedeInTmux()
        try lede.startAndWait()
        let server = lede.session.serverPID
        let ledePID = try lede.pid
        #expect(server > 0)
        #expect(lede.session.isServerRunning)
        lede.session.kill()
        #expect(!lede.session.neededForcedKill)
        #expect(!TmuxSession.isRunning(server))
        // lede got SIGHUP from the closing pane and ends by itself.
        let deadline = ContinuousClock.now + .seconds(30)
        while TmuxSession.isRunning(ledePID), ContinuousClock.now < deadline { usleep(20_000) }
        #expect(!TmuxSession.isRunning(ledePID))
    }

    @Test func aNonUTF8LocaleIsRefusedWithAMessage() throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        try lede.start(environment: "LANG=C LC_ALL=C")
        let exit = try lede.waitForExit()
        #expect(exit.status != 0)
        #expect(exit.screen.contains("UTF-8"))
        #expect(exit.modesRestored)
        #expect(!exit.screen.contains(LedeInTmux.titles[0]))
    }
}
