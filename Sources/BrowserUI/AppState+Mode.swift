import TerminalCanvas

extension AppState {
    /// Who takes the keys now.
    public var mode: Mode {
        input != nil ? .input : viewMode
    }

    /// The view on screen, whatever is being typed: the mouse acts on it even while typing.
    var viewMode: Mode {
        switch overlay {
        case .help: .help
        case .bookmarks: .bookmarks
        case .browse: .browse
        case .feeds: .feeds
        case nil: .panes
        }
    }

    /// A key in `mode`. Outside text inputs and the bookmarks view (which has keys of its own), the key
    /// map gives the command and the mode's `perform` carries it out.
    mutating func handleKey(_ key: KeyEvent, in mode: Mode) -> [Effect] {
        switch mode {
        case .input:
            return handleInput(key)
        case .bookmarks:
            return handleBookmarksKey(key)
        case .help, .browse, .feeds, .panes:
            let command = mode == .browse ? keyMap.browserCommand(for: key) : keyMap.command(for: key)
            if command == .close, overlay == nil, status != nil {
                status = nil  // Esc first dismisses the message, and only then anything else
            } else if let command {
                status = nil
                return perform(command)
            } else {
                status = keyMap.unboundMessage(for: key)
            }
            return []
        }
    }

    /// A mouse event on the view on screen.
    mutating func handleMouse(_ event: MouseEvent, in mode: Mode) -> [Effect] {
        switch mode {
        case .input: return handleMouse(event, in: viewMode)
        case .bookmarks: return handleBookmarksMouse(event)
        case .browse:
            if case .browse(let browser) = overlay { browserMouse(event, browser) }
        case .help:
            if case .help(let scroll) = overlay { helpMouse(event, scroll: scroll) }
        case .feeds, .panes:
            handlePanesMouse(event)
        }
        return []
    }

    /// The key hints of the status bar in `mode` (an input shows its text instead).
    func hints(in mode: Mode) -> [(keys: String, text: String)] {
        switch mode {
        case .input: []
        case .panes: keyMap.hints(for: focus)
        case .bookmarks: keyMap.bookmarksHints
        case .help, .browse, .feeds: keyMap.overlayHints
        }
    }
}
