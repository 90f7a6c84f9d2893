import CNcursesw
import Dispatch
import Glibc
import Testing
@testable import CursesTerminal
import TerminalCanvas

/// The backend on a pseudo-terminal inside the test process: what `draw` leaves in curses' screen,
/// which bytes reach the terminal, and how typed bytes and signals come back from `nextEvent`.
/// Serialized: curses, the locale and signal handlers are process-wide.
@Suite(.serialized) struct CursesTerminalTests {
    let pty: PseudoTerminal
    let terminal: CursesTerminal

    init() throws {
        // start() takes the locale from the environment and refuses one that is not UTF-8.
        setenv("LC_ALL", "C.UTF-8", 1)
        pty = try PseudoTerminal(width: 20, height: 5)
        terminal = CursesTerminal(input: pty.slave, output: pty.slave, term: "xterm-256color")
        try terminal.start()
        _ = pty.output()
    }

    func text(_ x: Int, _ y: Int) -> String? { terminal.inspect(x: x, y: y)?.text }

    @Test func drawsOneGraphemePerCellAndLeavesWideCharactersWhole() {
        defer { terminal.stop() }
        var grid = Grid(width: 20, height: 5)
        grid.put("a中b", x: 0, y: 0)
        grid.put("Việt Nam", x: 0, y: 1)
        grid.put("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}", x: 0, y: 2)
        terminal.draw(grid)
        #expect(text(0, 0) == "a")
        #expect(text(1, 0) == "中")
        #expect(text(3, 0) == "b")
        #expect(text(2, 1) == "ệ")
        // Marks beyond what a curses cell holds were dropped, not spilled into the next cell.
        #expect(text(0, 2)?.unicodeScalars.count ?? 9 <= 5)
        #expect(text(1, 2) == " ")
        _ = pty.output()
    }

    @Test func brokenWidePairsAreDrawnAsSpaces() {
        defer { terminal.stop() }
        var grid = Grid(width: 20, height: 5)
        grid[19, 0] = Cell("z")
        grid[5, 1] = Cell("y")
        terminal.draw(grid)
        grid[19, 0] = Cell("中")  // no room for its right half
        grid[5, 1] = Cell("")     // a right half without its left
        grid[4, 1] = Cell("x")
        terminal.draw(grid)
        #expect(text(19, 0) == " ")
        #expect(text(4, 1) == "x")
        #expect(text(5, 1) == " ")
        _ = pty.output()
    }

    @Test func onlyChangedCellsAreSentUntilInvalidated() {
        defer { terminal.stop() }
        var grid = Grid(width: 20, height: 5)
        grid.put("hello", x: 0, y: 0)
        terminal.draw(grid)
        #expect(pty.output().contains("hello"))
        terminal.scribble("X", x: 1, y: 0)
        terminal.draw(grid)  // nothing changed in the grid: nothing sent, the scribble stays
        #expect(text(1, 0) == "X")
        grid.put("w", x: 10, y: 3)
        terminal.draw(grid)
        #expect(text(1, 0) == "X")
        #expect(text(10, 3) == "w")
        terminal.invalidate()
        terminal.draw(grid)
        #expect(text(1, 0) == "e")
        _ = pty.output()
    }

    @Test func stylesBecomeAttributesAndCachedColourPairs() {
        defer { terminal.stop() }
        let warning = Style(foreground: .red, background: .indexed(236), attributes: [.bold, .underline])
        var grid = Grid(width: 20, height: 5)
        grid.put("!", x: 0, y: 0, style: warning)
        grid.put("?", x: 1, y: 0, style: warning)
        grid.put("p", x: 2, y: 0)
        grid.put("r", x: 3, y: 0, style: Style(foreground: .rgb(255, 0, 0)))
        terminal.draw(grid)
        let styled = terminal.inspect(x: 0, y: 0)
        #expect(styled?.attributes == lede_a_bold() | lede_a_underline())
        #expect(styled?.pair != 0)
        #expect(terminal.inspect(x: 1, y: 0)?.pair == styled?.pair)
        if let pair = styled?.pair {
            #expect(terminal.colors(ofPair: pair) == (1, 236))
        }
        #expect(terminal.inspect(x: 2, y: 0)?.pair == 0)
        #expect(terminal.inspect(x: 2, y: 0)?.attributes == 0)
        if let pair = terminal.inspect(x: 3, y: 0)?.pair {
            #expect(terminal.colors(ofPair: pair) == (196, -1))  // true colour to the 256-colour cube
        }
        _ = pty.output()
    }

    /// A new theme: pairs are defined afresh from 1 and every cell is repainted, also one whose style
    /// did not change, so no cell keeps a pair number that now means other colours.
    @Test func resetColorsRedefinesPairsAndRepaintsEveryCell() {
        defer { terminal.stop() }
        #expect(terminal.colorDepth == 256)
        var grid = Grid(width: 20, height: 5)
        grid.put("a", x: 0, y: 0, style: Style(foreground: .red))
        grid.put("b", x: 1, y: 0, style: Style(foreground: .green))
        terminal.draw(grid)
        #expect(terminal.inspect(x: 1, y: 0)?.pair == 2)
        terminal.scribble("X", x: 5, y: 2)
        grid.put("a", x: 0, y: 0, style: Style(foreground: .blue))
        terminal.resetColors()
        terminal.draw(grid)
        let pair = terminal.inspect(x: 0, y: 0)?.pair
        #expect(pair == 1)
        if let pair { #expect(terminal.colors(ofPair: pair) == (4, -1)) }
        #expect(terminal.inspect(x: 1, y: 0)?.pair == 2)
        if let pair = terminal.inspect(x: 1, y: 0)?.pair { #expect(terminal.colors(ofPair: pair) == (2, -1)) }
        #expect(text(5, 2) == " ")  // repainted although the grid did not change there
        _ = pty.output()
    }

    @Test func typedBytesBecomeKeyEvents() {
        defer { terminal.stop() }
        let cases: [(String, KeyEvent)] = [
            ("q", .character("q")), ("ạ", .character("ạ")), ("\r", .enter), ("\t", .tab),
            ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}[5~", .pageUp), ("\u{1B}[Z", .backTab),
            ("\u{13}", .control("s")),  // Ctrl-S: a key, not XOFF
            ("\u{7F}", .backspace), ("\u{1B}", .escape),
            ("\u{1B}[<0;5;3M", .mouse(MouseEvent(.press, x: 4, y: 2))),
            ("\u{1B}[<65;1;1M", .mouse(MouseEvent(.wheelDown, x: 0, y: 0))),
        ]
        for (bytes, expected) in cases {
            pty.type(bytes)
            var event: KeyEvent?
            // Skips the release report that follows a press.
            for _ in 0..<3 where event == nil { event = terminal.nextEvent(timeout: .seconds(5)) }
            #expect(event == expected, "typed \(bytes.debugDescription)")
        }
        #expect(terminal.nextEvent(timeout: .milliseconds(50)) == nil)
        _ = pty.output()
    }

    @Test func resizeAndTerminationSignalsArriveAsEvents() {
        defer { terminal.stop() }
        #expect(terminal.size == Size(width: 20, height: 5))
        pty.resize(width: 30, height: 7)
        raise(SIGWINCH)
        #expect(terminal.nextEvent(timeout: .seconds(5)) == .resize)
        #expect(terminal.size == Size(width: 30, height: 7))
        raise(SIGTERM)
        #expect(terminal.nextEvent(timeout: .seconds(5)) == nil)
        #expect(terminal.terminationSignal == SIGTERM)
        _ = pty.output()
    }

    @Test func aWakeUpFromAnotherThreadEndsTheWaitWithoutAnEvent() {
        defer { terminal.stop() }
        // Posted while nextEvent waits (the usual case: a search answer arrives) and before it waits.
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) { TerminalWakeup.post() }
        let started = ContinuousClock.now
        #expect(terminal.nextEvent(timeout: .seconds(60)) == nil)
        #expect(started.duration(to: .now) < .seconds(30))  // woken, not timed out
        TerminalWakeup.post()
        TerminalWakeup.post()
        let again = ContinuousClock.now
        #expect(terminal.nextEvent(timeout: .seconds(60)) == nil)
        #expect(again.duration(to: .now) < .seconds(30))
        #expect(terminal.terminationSignal == nil)
        // Two wake-ups were taken as one: the pipe is empty again, so the next wait runs its time out.
        let third = ContinuousClock.now
        #expect(terminal.nextEvent(timeout: .milliseconds(50)) == nil)
        #expect(third.duration(to: .now) >= .milliseconds(50))
        _ = pty.output()
    }

    /// A pager or terminal browser gets the terminal in the shell's modes; a Ctrl-C meant for it does not
    /// end lede; afterwards curses' modes are back and the next frame repaints every cell.
    @Test func runOutsideGivesTheTerminalBackAndTakesItAgain() {
        defer { terminal.stop() }
        terminal.stop()
        let shell = pty.modes
        try? terminal.start()
        var grid = Grid(width: 20, height: 5)
        grid.put("abc", x: 0, y: 0)
        terminal.draw(grid)
        _ = pty.output()
        var during: termios?
        terminal.runOutside {
            during = pty.modes
            raise(SIGINT)
        }
        #expect(during?.c_lflag == shell.c_lflag)
        #expect(terminal.nextEvent(timeout: .milliseconds(50)) == nil)
        #expect(terminal.terminationSignal == nil)
        #expect(pty.modes.c_lflag != shell.c_lflag)
        terminal.draw(grid)
        #expect(pty.output().contains("abc"))
    }

    @Test func stopRestoresTheModesAndTheTitle() {
        terminal.stop()
        let before = pty.modes
        try? terminal.start()
        #expect(pty.modes.c_lflag != before.c_lflag)  // curses: no echo, no canonical mode
        terminal.setTitle("lede \u{1B}]0;pwned\u{07}")
        var grid = Grid(width: 20, height: 5)
        grid.put("x", x: 0, y: 0)
        terminal.draw(grid)
        let drawn = pty.output()
        #expect(drawn.contains("\u{1B}[22;0t\u{1B}]2;lede ␛]0;pwned␇\u{07}"))
        terminal.stop()
        let after = pty.modes
        #expect(after.c_lflag == before.c_lflag)
        #expect(after.c_iflag == before.c_iflag)
        #expect(after.c_oflag == before.c_oflag)
        #expect(pty.output().hasSuffix("\u{1B}[23;0t"))
    }
}
