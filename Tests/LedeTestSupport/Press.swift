import BrowserUI
import TerminalCanvas

/// Runs `keys` through the reducer, as the browser would; returns every effect they asked for.
@discardableResult
public func press(_ state: inout AppState, _ keys: KeyEvent...) -> [Effect] {
    keys.flatMap { reduce(&state, .key($0)) }
}

/// Types `text` into the reducer, one character key each; returns every effect asked for.
@discardableResult
public func type(_ state: inout AppState, _ text: String) -> [Effect] {
    text.flatMap { reduce(&state, .key(.character($0))) }
}

/// The key events of typing `text`, one character key each.
public func keys(_ text: String) -> [KeyEvent] {
    text.map { .character($0) }
}
