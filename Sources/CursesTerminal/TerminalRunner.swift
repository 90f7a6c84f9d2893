import TerminalCanvas

/// Runs a `TerminalApp` on the real terminal: render, draw the changes, wait for an event or the tick
/// interval, handle it, repeat. A resize re-renders at once at the new size.
public enum TerminalRunner {
    /// How `run` ended: the app quit, or a termination signal arrived.
    public enum Outcome: Equatable, Sendable {
        case quit
        case signal(Int32)

        /// The process exit status lede should use: 0, or 128 + the signal number.
        public var exitStatus: Int32 {
            switch self {
            case .quit: return 0
            case .signal(let signo): return 128 + signo
            }
        }
    }

    /// Takes the terminal over, runs `app` until it quits or a termination signal arrives, calls
    /// `app.shutdown()` and gives the terminal back. Throws `TerminalError` when the terminal cannot
    /// be used (then nothing was changed and `app.shutdown()` is not called).
    public static func run(_ app: TerminalApp, terminal: CursesTerminal = CursesTerminal(),
                           tickInterval: Duration = .milliseconds(250)) throws -> Outcome {
        app.attach(wakeUp: { TerminalWakeup.post() })
        try terminal.start()
        defer { terminal.stop() }
        app.terminalStarted(colors: terminal.colorDepth)
        var needsDraw = true
        while true {
            if needsDraw {
                let size = terminal.size
                var grid = Grid(width: size.width, height: size.height)
                app.render(into: &grid)
                if app.takeFullRedraw() { terminal.resetColors() }
                terminal.setTitle(app.windowTitle)
                terminal.draw(grid)
                needsDraw = false
            }
            let event = terminal.nextEvent(timeout: tickInterval)
            if let signo = terminal.terminationSignal {
                app.shutdown()
                return .signal(signo)
            }
            if let event {
                guard handle(event, typedAhead: terminal, app: app) else {
                    app.shutdown()
                    return .quit
                }
                needsDraw = true
            }
            if app.tick() { needsDraw = true }
            if let job = app.takeTerminalJob() {
                terminal.runOutside(job)
                needsDraw = true
            }
        }
    }

    /// The most keys handled before a frame is drawn: a key held down still shows its progress.
    static let typeAheadLimit = 32

    /// Handles `event` and the keys already waiting behind it (typed fast, pasted) before the next frame:
    /// a frame for a keystroke that the next one supersedes (a search for "kh" while "o" waits) is
    /// never seen. False when the app quit.
    private static func handle(_ event: KeyEvent, typedAhead terminal: CursesTerminal, app: TerminalApp) -> Bool {
        var next: KeyEvent? = event
        var handled = 0
        while let event = next {
            guard app.handle(event, size: terminal.size) else { return false }
            handled += 1
            // A program that needs the terminal (a pager) gets the keys typed after the one that started it.
            if let job = app.takeTerminalJob() {
                terminal.runOutside(job)
                return true
            }
            guard handled < typeAheadLimit, terminal.terminationSignal == nil else { break }
            next = terminal.nextEvent(timeout: .zero)
        }
        return true
    }
}
