/// A program that a terminal backend drives: it takes input events and draws frames into a grid.
/// The backend owns the terminal (and is the only code that touches curses); the program owns the state.
public protocol TerminalApp: AnyObject {
    /// Handles one event (a key, a mouse event, a resize). Returns false when the program wants to quit.
    func handle(_ event: KeyEvent, size: Size) -> Bool
    /// Called when no input arrived for a while, and after each event, so that background work
    /// (indexing, saves) can report. Returns true when the screen needs drawing again.
    func tick() -> Bool
    /// Draws the whole screen into `grid` (already sized to the terminal).
    func render(into grid: inout Grid)
    /// The terminal is about to be released (quit, SIGINT, SIGTERM, SIGHUP): save what must be saved.
    func shutdown()
    /// A text for the terminal window's title, or nil to leave it alone. Sanitised by the backend.
    var windowTitle: String? { get }
    /// The backend took the terminal over and it shows this many colours (256, 16, 8, or 0 for none).
    func terminalStarted(colors: Int)
    /// The backend hands over, before it starts, a closure that ends its wait for input at once; any
    /// thread may call it, so that work finished in the background is taken in by `tick` now rather
    /// than when the tick interval runs out.
    func attach(wakeUp: @escaping @Sendable () -> Void)
    /// True when this frame must be repainted whole (asked after `render`, before drawing): the app changed
    /// something the backend caches (a new theme changes every colour pair). Answers true once.
    func takeFullRedraw() -> Bool
    /// Work that needs the terminal to itself (a pager, a terminal browser), asked for after each event
    /// and tick: the backend leaves the screen, runs it, takes the screen back and draws. Answers once.
    func takeTerminalJob() -> (() -> Void)?
}

extension TerminalApp {
    public func terminalStarted(colors: Int) {}
    public func attach(wakeUp: @escaping @Sendable () -> Void) {}
    public func takeFullRedraw() -> Bool { false }
    public func takeTerminalJob() -> (() -> Void)? { nil }
}

/// A terminal size in cells.
public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
}
