import Foundation
import Testing

/// Themes on the real terminal: `T` changes the colours tmux holds for the running screen, and
/// `NO_COLOR` leaves only attributes.
@Suite(.serialized, .enabled(if: TmuxSession.executable != nil, "tmux is not installed: end-to-end tests skipped"))
struct ThemeEndToEndTests {
    /// A foreground or background colour: SGR 30-37, 40-47, 90-97, 100-107, or 38/48 with 5;n or 2;r;g;b.
    static let colorPattern = #"\x1B\[([0-9]*;)*(3[0-7]|4[0-7]|9[0-7]|10[0-7]|[34]8;5;[0-9]+|[34]8;2;[0-9;]+)m"#

    /// The SGR sequences on a screen captured with escapes.
    static func sequences(_ screen: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: #"\x1B\[[0-9;]*m"#)
        let range = NSRange(screen.startIndex..., in: screen)
        return Set(regex.matches(in: screen, range: range).map { String(screen[Range($0.range, in: screen)!]) })
    }

    func start(_ lede: LedeInTmux, environment: String = "") throws {
        try lede.start(environment: "LEDE_CACHE_DIR='\(lede.session.folder)/cache' \(environment)")
        try lede.session.waitFor(LedeInTmux.titles[0])
        try lede.session.waitForFormat("#{pane_current_command}", toBe: "lede")
    }

    @Test func tChangesTheColoursOfTheRunningScreen() throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        try start(lede)
        let first = try lede.session.screen(escapes: true)
        #expect(first.range(of: Self.colorPattern, options: .regularExpression) != nil)
        var previous = Self.sequences(first)
        for name in ["high-contrast", "light"] {
            try lede.session.press("T")
            try lede.session.waitFor("Theme: \(name)")
            let styled = try lede.session.screen(escapes: true)
            let now = Self.sequences(styled)
            #expect(now != previous, "the colours did not change for \(name)")
            #expect(styled.range(of: Self.colorPattern, options: .regularExpression) != nil)
            previous = now
        }
        try lede.session.press("q")
        #expect(try lede.waitForExit().status == 0)
    }

    @Test func noColorLeavesOnlyAttributes() throws {
        let lede = try LedeInTmux()
        defer { lede.session.kill() }
        try start(lede, environment: "NO_COLOR=1")
        let styled = try lede.session.screen(escapes: true)
        #expect(styled.range(of: Self.colorPattern, options: .regularExpression) == nil, "a colour with NO_COLOR:\n\(styled)")
        // Still styled: the selection is reversed, titles bold.
        #expect(!Self.sequences(styled).isEmpty)
        try lede.session.press("T")
        try lede.session.waitFor("Colours are off (NO_COLOR is set)")
        #expect(try lede.session.screen(escapes: true).range(of: Self.colorPattern, options: .regularExpression) == nil)
        try lede.session.press("q")
        #expect(try lede.waitForExit().status == 0)
    }
}
