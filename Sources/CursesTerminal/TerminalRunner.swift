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
                guard app.handle(event, size: terminal.size) else {
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
}
