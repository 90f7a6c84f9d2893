import Foundation

/// The real `lede` in a tmux pane, on a small library written for the test, with the shell around it
/// used to check what lede leaves behind: its exit status, the terminal modes (`stty -g` before and
/// after), and tmux's view of the pane's modes.
final class LedeInTmux {
    let session: TmuxSession
    let library: String
    private let lede: String

    /// Short enough to show whole in the article list of an 80-column screen.
    static let titles = ["Storm hits", "Hà Nội 中文 😀", "␛]0;pwned␇"]

    init() throws {
        guard let lede = LedeExecutable.path else {
            throw SpawnError(message: "the lede executable was not found beside the tests; run `swift build` first")
        }
        self.lede = lede
        session = try TmuxSession()
        library = session.folder + "/library"
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        try write("storm.md", "---\ntitle: Storm hits\ndate: 2024-02-03\n---\nSchools across the coast closed on Friday.\n")
        try write("ha-noi.txt", "Hà Nội 中文 😀\n\nTuyến mới mở từ ngày 1/6/2024.\n")
        // An article whose title tries to set the window title (OSC 0) when printed raw.
        try write("hostile.txt", "\u{1B}]0;pwned\u{07}\n\nBody of 2/1/2020.\n")
        // No core files from the crash tests; a marker that shows when the shell's screen is back.
        try session.type("ulimit -c 0 2>/dev/null; echo SHELL-READY-$((40+2))")
        try session.waitFor("SHELL-READY-42")
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: library + "/" + name, atomically: true, encoding: .utf8)
    }

    /// Starts lede from the shell, recording the terminal modes first and lede's process id.
    func start(environment prefix: String = "") throws {
        try session.type("stty -g > modes-before; \(prefix) sh -c 'echo $$ > lede.pid; exec \"$0\" \"$1\"' '\(lede)' '\(library)'")
    }

    /// Starts lede and waits until its screen shows the first article's title.
    func startAndWait() throws {
        try start()
        try session.waitFor(Self.titles[0])
        try session.waitForFormat("#{pane_current_command}", toBe: "lede")
    }

    /// Starts lede and waits until the reading pane shows the first article ("Hà Nội", the newest): the
    /// preview loads off the run loop after the list is drawn, so a screen taken at the title alone may
    /// still change.
    func startAndWaitForThePreview() throws {
        try startAndWait()
        try session.waitFor("Tuyến mới mở")
    }

    var pid: pid_t {
        get throws {
            let text = try String(contentsOfFile: session.folder + "/lede.pid", encoding: .utf8)
            guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw SpawnError(message: "no lede.pid")
            }
            return pid
        }
    }

    /// What the shell sees once lede is gone.
    struct Exit {
        var status: Int
        var modesRestored: Bool
        var screen: String
    }

    /// Waits for lede to end, then asks the shell for `$?` and compares the terminal modes.
    func waitForExit() throws -> Exit {
        try session.waitForFormat("#{alternate_on}", toBe: "0")
        try session.waitForFormat("#{pane_current_command}", toBe: "sh")
        // $((…)) so that the typed command line itself never matches what is awaited.
        try session.type("echo EXIT=$?; stty -g > modes-after; cmp -s modes-before modes-after && echo MODES-SAME-$((1+1)) || echo MODES-DIFFER-$((1+1))")
        let screen = try session.waitForScreen("the exit status and the modes comparison") {
            $0.contains("MODES-SAME-2") || $0.contains("MODES-DIFFER-2")
        }
        let status = screen.split(separator: "\n").compactMap { line -> Int? in
            guard let range = line.range(of: #"EXIT=\d+"#, options: .regularExpression) else { return nil }
            return Int(line[range].dropFirst(5))
        }.last ?? -1
        return Exit(status: status, modesRestored: screen.contains("MODES-SAME-2"), screen: screen)
    }

    /// tmux's view of the modes lede turns on: all must be back to a shell's.
    func paneModes() throws -> String {
        try session.format("alternate=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag} keypad=#{keypad_cursor_flag}")
    }

    static let shellModes = "alternate=0 cursor=1 mouse=0 keypad=0"
}
