import TerminalCanvas

/// One row of the key map: the keys, what they do, and the words that describe them in the help
/// overlay and (when `hint` is set) in the status bar.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [KeyEvent]
    /// How the keys are written for people: "j ↓".
    public var label: String
    public var command: Command
    public var help: String
    /// A one-word hint for the status bar, shown when one of `hintPanes` has focus.
    public var hint: String?
    public var hintPanes: Set<Pane>

    public init(_ keys: [KeyEvent], _ label: String, _ command: Command, _ help: String,
                hint: String? = nil, in hintPanes: Set<Pane> = Set(Pane.allCases)) {
        self.keys = keys
        self.label = label
        self.command = command
        self.help = help
        self.hint = hint
        self.hintPanes = hintPanes
    }
}
